import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../../testing/test-context';
import { buildProvince, buildUnit } from '../../testing/factories';
import { buildUser, call, signIn } from '../../testing/http';
import { buildApp } from '../../http/build-app';
import { SYSTEM_ACTOR } from '../../platform/actor';
import type { Tx } from '../../platform/db/database';
import {
  investmentDashboard,
  type InvestmentDashboard,
} from '../../investment/investment-dashboard';
import { createInvestmentScale, type InvestmentScaleSummary } from './investment-scale';
import { rawInvestorFigures, rawMonthlyDisbursed } from './raw-investment';

/**
 * Smoke run of the dashboard benchmark's generator at a scale CI can afford
 * (60 projects over 5 investors, plan years 2020–2023): the application's
 * dashboard equals the hand-written SQL, the generator is deterministic.
 * The timed runs: bench/investment-dashboard.bench.ts, bench/RESULTS.md.
 */
const PROJECTS = 60;
const YEARS = [2020, 2021, 2022, 2023];
const AT = '2023-12-31';

let ctx: TestContext;
let app: FastifyInstance;
let provinceId: number;
let summary: InvestmentScaleSummary;

async function world(
  c: TestContext,
): Promise<{ provinceId: number; summary: InvestmentScaleSummary }> {
  const p = await buildProvince(c, 'B');
  const investors = [p.skhdt.id, p.stc.id];
  for (let i = 0; i < 3; i += 1)
    investors.push(
      (await buildUnit(c, { code: `B.BQL${i}`, parent: p.ubnd.id, name: `Ban quản lý ${i}` })).id,
    );
  const s = await createInvestmentScale(c, {
    provinceUnitId: p.province.id,
    investorUnitIds: investors,
    projects: PROJECTS,
    years: YEARS,
  });
  return { provinceId: p.province.id, summary: s };
}

/** The generated rows, without ids, in a stable order. */
async function rows(q: Tx) {
  const projects = await q
    .selectFrom('investment_projects')
    .select(['code', 'name', 'key_project', 'total_investment'])
    .orderBy('code')
    .execute();
  const plans = await q
    .selectFrom('capital_plans as cp')
    .innerJoin('investment_projects as p', 'p.id', 'cp.project_id')
    .innerJoin('capital_sources as s', 's.id', 'cp.source_id')
    .select(['p.code', 's.code as source', 'cp.plan_year', 'cp.pm_amount', 'cp.local_amount'])
    .orderBy('p.code')
    .orderBy('cp.plan_year')
    .orderBy('s.code')
    .execute();
  const paid = await q
    .selectFrom('disbursements as d')
    .innerJoin('investment_projects as p', 'p.id', 'd.project_id')
    .innerJoin('capital_sources as s', 's.id', 'd.source_id')
    .select([
      'p.code',
      's.code as source',
      'd.plan_year',
      'd.period_month',
      'd.kind',
      'd.amount',
      'd.recovered_advance',
      'd.paid_on',
    ])
    .orderBy('p.code')
    .orderBy('d.plan_year')
    .orderBy('s.code')
    .orderBy('d.period_month')
    .execute();
  return {
    projects,
    plans: plans.map((r) => ({
      ...r,
      pm_amount: Number(r.pm_amount),
      local_amount: Number(r.local_amount),
    })),
    paid: paid.map((r) => ({
      ...r,
      amount: Number(r.amount),
      recovered_advance: Number(r.recovered_advance),
    })),
  };
}

beforeAll(async () => {
  ctx = await createTestContext({ now: '2024-01-10T08:00:00+07:00' });
  ({ provinceId, summary } = await world(ctx));
  app = await buildApp(ctx, { webRoot: null });
  await buildUser(ctx, { username: 'bench.admin', role: 'admin', scope: 'B' });
}, 120_000);
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

describe(`synthetic public investment for the dashboard benchmark (${TEST_ENGINE})`, () => {
  it('writes the planned volume', () => {
    // Every fifth project has a second (programme) line, paid quarterly.
    expect(summary).toEqual({
      projects: 60,
      planLines: 4 * 72,
      adjustments: 4 * 9,
      // First lines monthly: 13 months in 2020–2022, 12 in 2023; second lines quarterly: 4.
      disbursements: 60 * (13 * 3 + 12) + 12 * 4 * 4,
    });
  });

  it("gives the dashboard's investor figures, totals and monthly curve as the raw SQL does", async () => {
    const d: InvestmentDashboard = await investmentDashboard(ctx, {
      actor: SYSTEM_ACTOR,
      input: { province: provinceId, at: AT, year: 2023 },
    });
    const raw = await rawInvestorFigures(ctx.db.q, {
      provinceUnitId: provinceId,
      year: 2023,
      at: AT,
    });
    expect(raw).toHaveLength(5);
    expect(
      d.investors.rows
        .map((r) => ({
          investorUnitId: r.investor.id,
          planPm: r.planPm,
          planLocal: r.planLocal,
          disbursed: r.disbursed,
        }))
        .sort((a, b) => a.investorUnitId - b.investorUnitId),
    ).toEqual(raw);
    const sum = (k: 'planPm' | 'planLocal' | 'disbursed') => raw.reduce((s, r) => s + r[k], 0);
    expect(d.provincial).toMatchObject({
      planPm: sum('planPm'),
      planLocal: sum('planLocal'),
      disbursed: sum('disbursed'),
    });
    // Recurrent funds of the programmes are not public-investment disbursement.
    expect(d.programmes.total.planPm).toBeLessThan(
      d.programmes.rows.reduce(
        (s, r) => s + r.central.planPm + r.local.planPm + r.recurrent.planPm,
        0,
      ),
    );
    const monthly = await rawMonthlyDisbursed(ctx.db.q, {
      provinceUnitId: provinceId,
      years: [2023, 2022],
      at: AT,
    });
    const of = (year: number) => monthly.filter((m) => m.year === year).map((m) => m.amount);
    expect(d.curve.current.points.filter((p) => p.complete).map((p) => p.amount)).toEqual(of(2023));
    expect(d.curve.lastYear.points.map((p) => p.amount)).toEqual(of(2022));
    // Three earlier years with their January: the year-end projection works.
    expect(d.projection?.history.map((h) => h.year)).toEqual([2022, 2021, 2020]);
    expect(d.keyProjects).toHaveLength(2);

    const session = await signIn(app, 'bench.admin');
    const res = await call(app, session, {
      method: 'GET',
      url: `/api/v1/investment/dashboard?province=B&at=${AT}&year=2023`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<InvestmentDashboard>().provincial.disbursed).toBe(d.provincial.disbursed);
  });

  it('writes the same rows on a fresh database', async () => {
    // Always SQLite for the second copy: comparing across engines is the stronger check.
    const other = await createTestContext({ now: '2024-01-10T08:00:00+07:00', engine: 'sqlite' });
    try {
      await world(other);
      const [a, b] = await Promise.all([rows(ctx.db.q), rows(other.db.q)]);
      expect(b.paid).toHaveLength(summary.disbursements);
      expect(b).toEqual(a);
    } finally {
      await other.cleanup();
    }
  });
});
