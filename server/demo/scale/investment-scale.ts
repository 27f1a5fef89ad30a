/**
 * Synthetic public investment of one province for the dashboard benchmark
 * (bench/investment-dashboard.bench.ts) and its smoke test: projects spread
 * over the given investor units, for each plan year one capital-plan line per
 * project on a standard capital source (every fifth project a second line on
 * a national target programme, some of it recurrent funds), an adjustment of
 * every seventh line, and one disbursement per line and month — an advance in
 * February recovered by the August payment, a slow first half, January of
 * the next year as period month 13 for the years before the last.
 * Deterministic; written with multi-row inserts, not through the use cases
 * (the setup is not what is measured).
 */
import { sql, type Insertable } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import type {
  CapitalPlanAdjustmentsTable,
  CapitalPlansTable,
  DisbursementsTable,
  InvestmentProjectsTable,
} from '../../investment/tables';
import { viFold, viSortKey } from '../../../shared/vi/text';
import { insertChunked } from './bulk';

/** One thousand million VND. */
const TY = 1_000_000_000;

/** Share of the year's line disbursed in each period month 1–13 (sums to 0.93). */
const MONTH_SHARE = [0.02, 0.03, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12, 0.14, 0.1];

export interface InvestmentScaleOptions {
  provinceUnitId: number;
  investorUnitIds: readonly number[];
  projects: number;
  /** Plan years, oldest first; the last gets months 1–12 only (its January is not over). */
  years: readonly number[];
  onProgress?: (rowsWritten: number) => void;
}

/** What the generator wrote. */
export interface InvestmentScaleSummary {
  projects: number;
  planLines: number;
  adjustments: number;
  disbursements: number;
}

interface Leaf {
  id: number;
  code: string;
}

/** The national leaf sources: standard ones (NSĐP, NSTW) and the programmes' investment and recurrent leaves. */
async function leafSources(tx: Tx): Promise<{ standard: Leaf[]; programme: Leaf[] }> {
  const rows = await tx
    .selectFrom('capital_sources as s')
    .select(['s.id', 's.code'])
    .where('s.province_unit_id', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('capital_sources as c').select('c.id').whereRef('c.parent_id', '=', 's.id'),
        ),
      ),
    )
    .orderBy('s.code')
    .execute();
  const leaves = rows.map((r) => ({ id: Number(r.id), code: r.code }));
  return {
    standard: leaves.filter((l) => !l.code.startsWith('CTMTQG')),
    programme: leaves.filter((l) => l.code.startsWith('CTMTQG')),
  };
}

async function nextIdOf(tx: Tx, table: 'investment_projects' | 'capital_plans'): Promise<number> {
  const row = await tx
    .selectFrom(table)
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Writes the province's synthetic projects, plans and disbursements. */
export async function createInvestmentScale(
  ctx: AppContext,
  opts: InvestmentScaleOptions,
): Promise<InvestmentScaleSummary> {
  const { provinceUnitId, investorUnitIds, projects, years } = opts;
  if (investorUnitIds.length === 0) throw new Error('investment scale: no investor unit');
  const lastYear = years.at(-1) ?? 0;
  const now = '2024-01-05T01:00:00.000Z';
  return ctx.db.write(async (tx) => {
    const { standard, programme } = await leafSources(tx);
    if (standard.length === 0 || programme.length === 0)
      throw new Error('investment scale: the national capital sources are missing');
    const firstProject = await nextIdOf(tx, 'investment_projects');
    let planId = await nextIdOf(tx, 'capital_plans');
    const summary: InvestmentScaleSummary = {
      projects,
      planLines: 0,
      adjustments: 0,
      disbursements: 0,
    };

    const projectRows: Array<Insertable<InvestmentProjectsTable>> = [];
    for (let i = 0; i < projects; i += 1) {
      const code = `BDA.${String(i).padStart(6, '0')}`;
      const name = `Dự án đầu tư số ${i + 1}`;
      projectRows.push({
        id: firstProject + i,
        province_unit_id: provinceUnitId,
        investor_unit_id: investorUnitIds[i % investorUnitIds.length] ?? 0,
        code,
        name,
        key_project: i % 50 === 0 ? 1 : 0,
        location: null,
        location_unit_id: null,
        group_class: i % 10 === 0 ? 'B' : 'C',
        total_investment: (40 + (i % 60)) * TY,
        start_year: years[0] ?? null,
        end_year: lastYear + 1,
        sort_key: viSortKey(name),
        search_text: viFold(`${code} ${name}`),
        created_at: now,
        updated_at: now,
      });
    }
    await insertChunked(tx, 'investment_projects', projectRows);
    let written = projects;
    opts.onProgress?.(written);

    for (const year of years) {
      const plans: Array<Insertable<CapitalPlansTable>> = [];
      const adjustments: Array<Insertable<CapitalPlanAdjustmentsTable>> = [];
      const paid: Array<Insertable<DisbursementsTable>> = [];
      const months = year === lastYear ? 12 : 13;
      for (let i = 0; i < projects; i += 1) {
        const projectId = firstProject + i;
        const lines: Array<{ source: Leaf; pm: number }> = [
          {
            source: standard[(i + year) % standard.length] as Leaf,
            pm: (5 + ((i * 7 + year) % 45)) * TY,
          },
        ];
        if (i % 5 === 0)
          lines.push({
            source: programme[(i / 5 + year) % programme.length] as Leaf,
            pm: (2 + (i % 9)) * TY,
          });
        for (const [n, line] of lines.entries()) {
          const id = planId;
          planId += 1;
          // The province allocates more than the Prime Minister's plan on its own sources.
          const local = line.pm + (i % 3 === 0 ? TY : 0);
          plans.push({
            id,
            project_id: projectId,
            province_unit_id: provinceUnitId,
            source_id: line.source.id,
            plan_year: year,
            pm_amount: line.pm,
            local_amount: local,
            assigned_on: `${year - 1}-12-20`,
            decision_ref: null,
            created_at: now,
            updated_at: now,
          });
          let pm = line.pm;
          if (i % 7 === 0 && n === 0) {
            adjustments.push({
              plan_id: id,
              adjusted_on: `${year}-06-30`,
              pm_delta: -TY,
              local_delta: -TY,
              pm_after: line.pm - TY,
              local_after: local - TY,
              reason: 'Điều chỉnh giảm kế hoạch',
              decision_ref: null,
              created_at: now,
            });
            pm -= TY;
          }
          // The second line (a programme) pays quarterly; the first every month.
          for (let m = 1; m <= months; m += 1) {
            if (n > 0 && m % 3 !== 0) continue;
            const share = (MONTH_SHARE[m - 1] ?? 0) * (n > 0 ? 3 : 1);
            const amount = Math.round((pm * share) / 1_000_000) * 1_000_000;
            const advance = n === 0 && m === 2;
            paid.push({
              project_id: projectId,
              province_unit_id: provinceUnitId,
              source_id: line.source.id,
              plan_year: year,
              kind: advance ? 'advance' : 'payment',
              amount,
              // The August payment recovers the February advance.
              recovered_advance:
                n === 0 && m === 8 ? Math.round((pm * (MONTH_SHARE[1] ?? 0)) / 1e6) * 1e6 : 0,
              paid_on: m === 13 ? `${year + 1}-01-20` : `${year}-${pad2(m)}-15`,
              period_month: m,
              voucher_ref: null,
              note: null,
              entered_by_user_id: null,
              created_at: now,
            });
          }
        }
      }
      await insertChunked(tx, 'capital_plans', plans);
      await insertChunked(tx, 'capital_plan_adjustments', adjustments);
      await insertChunked(tx, 'disbursements', paid);
      summary.planLines += plans.length;
      summary.adjustments += adjustments.length;
      summary.disbursements += paid.length;
      written += plans.length + adjustments.length + paid.length;
      opts.onProgress?.(written);
    }
    if (ctx.db.engine === 'postgres')
      for (const t of ['investment_projects', 'capital_plans'] as const)
        await sql`select setval(pg_get_serial_sequence(${t}, 'id'), (select coalesce(max(id), 1) from ${sql.table(t)}))`.execute(
          tx,
        );
    return summary;
  });
}
