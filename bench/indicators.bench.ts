/**
 * Benchmark of the indicator table (server/indicators/indicator-table.ts) at
 * province scale — 60 monthly indicators × 24 months of approved figures
 * (2022 and 2023), with targets — and at ×10 (600 indicators), on SQLite and
 * PostgreSQL, against the same figures as one hand-written SQL query. Not run
 * by CI. The public-investment half of the dashboard (1,500 projects ×
 * 12 months) is bench/investment-dashboard.bench.ts.
 *
 *   npx tsx bench/indicators.bench.ts
 *   BENCH_DATABASE_URL=postgres://…/dieuhanh_bench npx tsx bench/indicators.bench.ts
 *
 * Measured side by side (each round calls all three once, the order rotated):
 *   table    indicatorTable for December 2023: catalogue, targets and the approved figures
 *            of 2022–2023 in four queries, then cumulative, % of target, year-on-year,
 *            seasonal share, colour and a 12-point sparkline per indicator in memory;
 *   raw      one GROUP BY query giving each indicator's cumulative of 2023 and of 2022, its
 *            colouring target and % of target (rawIndicatorFigures below);
 *   revenue  revenueBySource at June 2023 (a quarter of the indicators), no raw counterpart.
 * Checks that the table's cumulative, last year's cumulative and target equal the raw
 * query's before timing. PostgreSQL runs in a throwaway schema of BENCH_DATABASE_URL (a
 * dedicated database, never the test database); without it only SQLite is measured.
 * Results: bench/RESULTS.md.
 */
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../server/platform/actor';
import type { Tx } from '../server/platform/db/database';
import { createTestContext, type TestContext } from '../server/testing/test-context';
import { buildProvince } from '../server/testing/factories';
import { indicatorTable } from '../server/indicators/indicator-table';
import { revenueBySource } from '../server/indicators/revenue-by-source';
import { timeSideBySide } from './timing';

const RUNS = 15;
const WARMUP = 3;
const SCALES = [
  { name: 'province', indicators: 60 },
  { name: 'x10', indicators: 600 },
] as const;

/** Catalogue, targets and 24 months of approved figures, written directly (the setup is not measured). */
async function seed(ctx: TestContext, indicators: number): Promise<number> {
  const p = await buildProvince(ctx, 'B');
  const now = '2024-01-10T01:00:00.000Z';
  await ctx.db.write(async (tx) => {
    for (let i = 0; i < indicators; i += 1) {
      const category = i % 4 === 0 ? 'budget_revenue' : 'economy';
      const { id } = await tx
        .insertInto('indicators')
        .values({
          province_unit_id: p.province.id,
          code: `B.${String(i).padStart(4, '0')}`,
          name_vi: `Chỉ tiêu ${i}`,
          name_en: `Indicator ${i}`,
          category,
          unit_of_measure: 'tỷ đồng',
          frequency: 'monthly',
          basis: 'calendar',
          aggregation: i % 10 === 9 ? 'average' : 'sum',
          direction: i % 7 === 6 ? 'lower_is_better' : 'higher_is_better',
          owner_unit_id: i % 2 === 0 ? p.stc.id : p.skhdt.id,
          data_source: null,
          parent_id: null,
          colour_target: 'estimate_council',
          sort_order: i,
          search_text: `chi tieu ${i}`,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('indicator_targets')
        .values(
          (['estimate_central', 'estimate_council'] as const).map((kind, k) => ({
            indicator_id: id,
            unit_id: p.province.id,
            year: 2023,
            kind,
            value: 1200 + 100 * k + i,
            basis_document: null,
            set_by_name: 'bench',
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      const rows = [];
      for (const year of [2022, 2023])
        for (let m = 1; m <= 12; m += 1)
          rows.push({
            indicator_id: id,
            unit_id: p.province.id,
            year,
            period_kind: 'month' as const,
            period_index: m,
            period_from: `${year}-${String(m).padStart(2, '0')}-01`,
            period_to: `${year}-${String(m).padStart(2, '0')}-28`,
            value: 100 + ((i * 31 + m * 7 + year) % 40),
            numerator: null,
            denominator: null,
            is_estimate: 0,
            note: null,
            source: 'import' as const,
            source_ref: 'bench',
            status: 'approved' as const,
            revision: 1,
            superseded_by_id: null,
            entered_on: `${year}-${String(m).padStart(2, '0')}-28`,
            entered_at: now,
            entered_by_user_id: null,
            entered_by_name: 'bench',
            decided_by_user_id: null,
            decided_by_name: 'bench',
            decided_at: now,
            decision_note: null,
          });
      await tx.insertInto('indicator_values').values(rows).execute();
    }
  });
  return p.province.id;
}

/** One indicator's figures as the raw query gives them. */
interface RawFigures {
  id: number;
  cumulative: number | null;
  lastYearCumulative: number | null;
  target: number | null;
  percentOfTarget: number | null;
}

/**
 * The cumulative figures of December 2023 as one hand-written query: approved
 * monthly values of 2023 and 2022 summed (or averaged) per indicator, with the
 * target the indicator is coloured against. Covers the aggregations the seed
 * uses (sum and average).
 */
async function rawIndicatorFigures(q: Tx, provinceId: number): Promise<RawFigures[]> {
  const { rows } = await sql<{
    id: number;
    cumulative: number | null;
    last_year: number | null;
    target: number | null;
  }>`
    select f.id, f.cumulative, f.last_year, t.value as target
    from (
      select i.id, i.sort_order, i.code, i.colour_target,
        case when i.aggregation = 'average'
          then avg(case when v.year = 2023 then v.value end)
          else sum(case when v.year = 2023 then v.value end) end as cumulative,
        case when i.aggregation = 'average'
          then avg(case when v.year = 2022 then v.value end)
          else sum(case when v.year = 2022 then v.value end) end as last_year
      from indicators i
      left join indicator_values v on v.indicator_id = i.id and v.unit_id = ${provinceId}
        and v.year in (2022, 2023) and v.period_kind = 'month' and v.period_index <= 12
        and v.status = 'approved'
      where i.province_unit_id = ${provinceId} and i.active = 1
      group by i.id, i.sort_order, i.code, i.colour_target, i.aggregation
    ) f
    left join indicator_targets t on t.indicator_id = f.id and t.unit_id = ${provinceId}
      and t.year = 2023 and t.kind = f.colour_target
    order by f.sort_order, f.code`.execute(q);
  return rows.map((r) => {
    const n = (x: number | null) => (x === null ? null : Number(x));
    const cumulative = n(r.cumulative);
    const target = n(r.target);
    return {
      id: Number(r.id),
      cumulative,
      lastYearCumulative: n(r.last_year),
      target,
      percentOfTarget:
        cumulative === null || target === null || target <= 0 ? null : (100 * cumulative) / target,
    };
  });
}

/** Whether two figures agree (averages may differ in the last bits between engines). */
function near(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

const pgUrl = process.env.BENCH_DATABASE_URL;
const engines: Array<'sqlite' | 'postgres'> = ['sqlite'];
if (pgUrl) {
  // createTestContext makes its throwaway schema in this database.
  process.env.TEST_DATABASE_URL = pgUrl;
  engines.push('postgres');
}

process.stdout.write(
  `Indicator table, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${RUNS} rounds after ${WARMUP}; ms\n` +
    '| Engine | Scale | Monthly figures | Rows | Table median | Table p95 | Raw SQL median | Table / raw | Revenue median | Load (1 min) |\n' +
    '|---|---|---|---|---|---|---|---|---|---|\n',
);
for (const engine of engines) {
  for (const scale of SCALES) {
    const ctx = await createTestContext({ engine, now: '2024-01-10T08:00:00+07:00' });
    try {
      const provinceId = await seed(ctx, scale.indicators);
      if (engine === 'postgres') await sql`analyze`.execute(ctx.db.q);
      const table = () =>
        indicatorTable(ctx, { actor: SYSTEM_ACTOR, input: { period: '2023-12' } });
      const raw = () => rawIndicatorFigures(ctx.db.q, provinceId);
      const revenue = () =>
        revenueBySource(ctx, { actor: SYSTEM_ACTOR, input: { period: '2023-06' } });

      const rows = (await table()).rows;
      const expected = new Map((await raw()).map((r) => [r.id, r]));
      const agree =
        rows.length === expected.size &&
        rows.every((r) => {
          const x = expected.get(r.indicator.id);
          return (
            x !== undefined &&
            near(r.cumulative, x.cumulative) &&
            near(r.lastYearCumulative, x.lastYearCumulative) &&
            near(r.target, x.target) &&
            near(r.percentOfTarget, x.percentOfTarget)
          );
        });
      if (!agree) throw new Error(`${engine} ${scale.name}: the table differs from the raw query`);

      const fns = { table, raw, revenue };
      await timeSideBySide(WARMUP, fns);
      const load = loadavg()[0] ?? 0;
      const t = await timeSideBySide(RUNS, fns);
      const f = (n: number) => n.toFixed(1);
      process.stdout.write(
        `| ${engine} | ${scale.name} | ${scale.indicators} × 24 = ${scale.indicators * 24} | ${rows.length} | ${f(t.table.median)} | ${f(t.table.p95)} | ${f(t.raw.median)} | ${(t.table.median / t.raw.median).toFixed(2)} | ${f(t.revenue.median)} | ${load.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} |\n`,
      );
    } finally {
      await ctx.cleanup();
    }
  }
}
