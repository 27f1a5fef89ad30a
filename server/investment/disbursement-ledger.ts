/**
 * The checks every disbursement entry passes, over the plan lines it touches
 * (loaded once for a whole batch, so an import or the demo checks thousands of
 * entries in a few queries): the payment date inside the plan year's period,
 * a plan line assigned by then, recovered advances within the outstanding
 * ones, the line's cumulative disbursement within its plan, a voucher entered
 * once per project. Entries are checked in order, each seeing the ones before.
 */
import type { Insertable } from 'kysely';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { authorize } from '../access/policy';
import { formatShortDate } from '../../shared/vi/date';
import { formatMoney } from '../../shared/vi/number';
import { projectResource, type ProjectScope } from './investment-scope';
import { disbursementPeriod, periodMonth } from './period-rules';
import { resolveSource, type SourceNode, type SourceTree } from './source-tree';
import type { DisbursementKind, DisbursementsTable } from './tables';

/** One entry as the use case received it. */
export interface DisbursementEntry {
  source: string;
  planYear?: number | undefined;
  kind: DisbursementKind;
  amount: number;
  recoveredAdvance: number;
  paidOn: string;
  voucher: string | null;
  note: string | null;
}

interface LedgerLine {
  assignedOn: string;
  pm: number;
  local: number;
  adjustments: Array<{ on: string; pm: number; local: number }>;
  disbursed: number;
  outstanding: number;
}

/** What an accepted entry writes and what its line looks like afterwards. */
export interface AcceptedEntry {
  row: Omit<Insertable<DisbursementsTable>, 'created_at'>;
  source: SourceNode;
  year: number;
  month: number;
  plan: { pm: number; local: number };
  line: { disbursed: number; outstandingAdvances: number };
}

const lineKey = (projectId: number, sourceId: number, year: number) =>
  `${projectId}:${sourceId}:${year}`;

/** The plan lines, totals and vouchers of some projects, checked against entry by entry. */
export class DisbursementLedger {
  private constructor(
    private readonly lines: Map<string, LedgerLine>,
    private readonly vouchers: Map<string, string>,
  ) {}

  /** Loads what the entries of these projects and plan years will be checked against. */
  static async load(
    tx: Tx,
    projectIds: readonly number[],
    years: readonly number[],
  ): Promise<DisbursementLedger> {
    const lines = new Map<string, LedgerLine>();
    const vouchers = new Map<string, string>();
    const ids = [...new Set(projectIds)];
    const yearList = [...new Set(years)];
    for (let i = 0; i < ids.length && yearList.length > 0; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const plans = await tx
        .selectFrom('capital_plans')
        .select([
          'id',
          'project_id',
          'source_id',
          'plan_year',
          'pm_amount',
          'local_amount',
          'assigned_on',
        ])
        .where('project_id', 'in', chunk)
        .where('plan_year', 'in', yearList)
        .execute();
      const byPlan = new Map<number, LedgerLine>();
      for (const p of plans) {
        const line: LedgerLine = {
          assignedOn: p.assigned_on,
          pm: Number(p.pm_amount),
          local: Number(p.local_amount),
          adjustments: [],
          disbursed: 0,
          outstanding: 0,
        };
        lines.set(lineKey(p.project_id, p.source_id, p.plan_year), line);
        byPlan.set(p.id, line);
      }
      if (plans.length > 0) {
        const adjustments = await tx
          .selectFrom('capital_plan_adjustments')
          .select(['plan_id', 'adjusted_on', 'pm_delta', 'local_delta'])
          .where('plan_id', 'in', [...byPlan.keys()])
          .orderBy('adjusted_on')
          .execute();
        for (const a of adjustments)
          byPlan.get(a.plan_id)?.adjustments.push({
            on: a.adjusted_on,
            pm: Number(a.pm_delta),
            local: Number(a.local_delta),
          });
      }
      const totals = await tx
        .selectFrom('disbursements')
        .select((eb) => [
          'project_id',
          'source_id',
          'plan_year',
          eb.fn.sum<number>('amount').as('amount'),
          eb.fn.sum<number>('recovered_advance').as('recovered'),
          eb.fn
            .sum<number>(
              eb.case().when('kind', '=', 'advance').then(eb.ref('amount')).else(0).end(),
            )
            .as('advances'),
        ])
        .where('project_id', 'in', chunk)
        .where('plan_year', 'in', yearList)
        .groupBy(['project_id', 'source_id', 'plan_year'])
        .execute();
      for (const t of totals) {
        const line = lines.get(lineKey(t.project_id, t.source_id, t.plan_year));
        if (!line) continue;
        line.disbursed = Number(t.amount) - Number(t.recovered);
        line.outstanding = Number(t.advances) - Number(t.recovered);
      }
      const stored = await tx
        .selectFrom('disbursements')
        .select(['project_id', 'voucher_ref', 'paid_on'])
        .where('project_id', 'in', chunk)
        .where('voucher_ref', 'is not', null)
        .execute();
      for (const v of stored) vouchers.set(`${v.project_id}|${v.voucher_ref}`, v.paid_on);
    }
    return new DisbursementLedger(lines, vouchers);
  }

  /**
   * Checks one entry against the ledger (and the entries accepted before it)
   * and records it there; throws the AppError naming the field otherwise.
   */
  accept(
    actor: Actor,
    entry: DisbursementEntry,
    scope: ProjectScope,
    tree: SourceTree,
  ): AcceptedEntry {
    authorize(actor, 'investment.disburse', projectResource(scope));
    const source = resolveSource(tree, entry.source, { field: 'source', leaf: true });
    const year = entry.planYear ?? Number(entry.paidOn.slice(0, 4));
    const month = periodMonth(year, entry.paidOn);
    if (month === null) {
      const period = disbursementPeriod(year);
      throw new AppError('DISBURSEMENT_OUTSIDE_PLAN_PERIOD', {
        field: 'paidOn',
        params: {
          date: formatShortDate(entry.paidOn),
          year,
          from: formatShortDate(period.from),
          to: formatShortDate(period.to),
        },
      });
    }
    if (entry.kind === 'advance' && entry.recoveredAdvance > 0)
      throw new AppError('FIELD_INVALID', {
        field: 'recoveredAdvance',
        params: { reason: 'khoản tạm ứng không thu hồi tạm ứng' },
      });
    const line = this.lines.get(lineKey(scope.id, source.id, year));
    const plan = line ? planOn(line, entry.paidOn) : { pm: 0, local: 0 };
    if (!line || (plan.pm === 0 && plan.local === 0))
      throw new AppError('DISBURSEMENT_NO_PLAN', {
        field: 'source',
        params: {
          project: scope.code,
          year,
          source: source.code,
          date: formatShortDate(entry.paidOn),
        },
      });
    if (entry.recoveredAdvance > entry.amount || entry.recoveredAdvance > line.outstanding)
      throw new AppError('DISBURSEMENT_RECOVERY_EXCEEDS', {
        field: 'recoveredAdvance',
        params: {
          recovered: formatMoney(entry.recoveredAdvance, 'dong'),
          outstanding: formatMoney(line.outstanding, 'dong'),
        },
      });
    const net = entry.amount - entry.recoveredAdvance;
    const capacity = Math.max(plan.pm, plan.local);
    if (line.disbursed + net > capacity)
      throw new AppError('DISBURSEMENT_EXCEEDS_PLAN', {
        field: 'amount',
        params: {
          total: formatMoney(line.disbursed + net, 'dong'),
          plan: formatMoney(capacity, 'dong'),
          project: scope.code,
          year,
          source: source.code,
        },
      });
    if (entry.voucher) {
      const key = `${scope.id}|${entry.voucher}`;
      const seen = this.vouchers.get(key);
      if (seen !== undefined)
        throw new AppError('DISBURSEMENT_DUPLICATE_VOUCHER', {
          field: 'voucher',
          params: { voucher: entry.voucher, project: scope.code, date: formatShortDate(seen) },
        });
      this.vouchers.set(key, entry.paidOn);
    }
    line.disbursed += net;
    line.outstanding += (entry.kind === 'advance' ? entry.amount : 0) - entry.recoveredAdvance;
    return {
      row: {
        project_id: scope.id,
        province_unit_id: scope.provinceUnitId,
        source_id: source.id,
        plan_year: year,
        kind: entry.kind,
        amount: entry.amount,
        recovered_advance: entry.recoveredAdvance,
        paid_on: entry.paidOn,
        period_month: month,
        voucher_ref: entry.voucher,
        note: entry.note,
        entered_by_user_id: actor.kind === 'user' ? actor.userId : null,
      },
      source,
      year,
      month,
      plan,
      line: { disbursed: line.disbursed, outstandingAdvances: line.outstanding },
    };
  }
}

/** A line's plan in effect on a date: as assigned (once assigned) plus the adjustments by then. */
function planOn(line: LedgerLine, date: string): { pm: number; local: number } {
  if (line.assignedOn > date) return { pm: 0, local: 0 };
  let pm = line.pm;
  let local = line.local;
  for (const a of line.adjustments) {
    if (a.on > date) break;
    pm += a.pm;
    local += a.local;
  }
  return { pm, local };
}
