/**
 * Benchmark of the public-investment dashboard (server/investment/investment-dashboard.ts)
 * at province scale — 1 500 projects with 12 months of disbursements in the plan year
 * (and the three years before it, which the year-end projection reads) — and at ×10
 * (15 000 projects), on SQLite (a file) and PostgreSQL, against the same main figures as
 * hand-written SQL. Not run by CI (its smoke run at 60 projects is
 * server/demo/scale/investment-scale.test.ts).
 *
 *   npx tsx bench/investment-dashboard.bench.ts [--scale province|x10] [--runs 15]
 *   BENCH_DATABASE_URL=postgres://…/dieuhanh_bench npx tsx bench/investment-dashboard.bench.ts
 *
 * Data (server/demo/scale/investment-scale.ts): one province, 40 investor units, plan years
 * 2020–2023; per project and year one plan line on a standard source, every fifth project a
 * second line on a national target programme (some of it recurrent funds), every seventh
 * line adjusted on 30/6, one disbursement per line and month (an advance in February
 * recovered in August; programme lines quarterly; January of the next year as month 13 for
 * 2020–2022). Report date 31/12/2023, plan year 2023.
 *
 * Measured side by side (each round calls all three once, the order rotated, so a burst of
 * load from other processes falls on all alike):
 *   useCase  investmentDashboard as the system: rates on both denominators by province,
 *            investor, source, programme and key project, rankings, the monthly curves of
 *            2023 and 2022, the projection from 2020–2022, the pace, the ND 40 dates;
 *   http     GET /api/v1/investment/dashboard through app.inject, signed in as an
 *            administrator of the province (authentication, scope, response schema);
 *   raw      two hand-written queries (server/demo/scale/raw-investment.ts): Σ plan (both
 *            denominators) and Σ net disbursement by investor, and the net disbursement by
 *            plan year and month of 2020–2023 — a subset of what the dashboard computes.
 * Checks that the dashboard's investor figures and totals equal the raw query's before
 * timing. PostgreSQL runs in a throwaway schema of BENCH_DATABASE_URL (a dedicated database,
 * never the test database). Results: bench/RESULTS.md.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../server/platform/actor';
import { createTestContext } from '../server/testing/test-context';
import { buildProvince, buildUnit } from '../server/testing/factories';
import { buildUser, call, signIn } from '../server/testing/http';
import { buildApp } from '../server/http/build-app';
import {
  investmentDashboard,
  type InvestmentDashboard,
} from '../server/investment/investment-dashboard';
import { createInvestmentScale } from '../server/demo/scale/investment-scale';
import { rawInvestorFigures, rawMonthlyDisbursed } from '../server/demo/scale/raw-investment';
import { timeSideBySide } from './timing';

const AT = '2023-12-31';
const YEAR = 2023;
const YEARS = [2020, 2021, 2022, 2023];
const INVESTORS = 40;
const SCALES = { province: 1_500, x10: 15_000 } as const;

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string' },
    runs: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const pgUrl = process.env.BENCH_DATABASE_URL;
const engines: Array<'sqlite' | 'postgres'> = ['sqlite'];
if (pgUrl) {
  // createTestContext makes its throwaway schema in this database.
  process.env.TEST_DATABASE_URL = pgUrl;
  engines.push('postgres');
}
const scales = (Object.keys(SCALES) as Array<keyof typeof SCALES>).filter(
  (s) => args.scale === undefined || s === args.scale,
);
if (scales.length === 0) throw new Error(`--scale: province or x10, not "${args.scale}"`);

const r1 = (n: number) => n.toFixed(1);
const r2 = (n: number) => Math.round(n * 100) / 100;
process.stdout.write(
  `Investment dashboard, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ms\n` +
    '| Engine | Scale | Projects | Disbursements (2023 / all) | Setup s | Use case median | Use case p95 | HTTP median | Raw SQL median | Use case / raw | HTTP / use case | Load (1 min) |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|\n',
);
for (const engine of engines) {
  for (const scale of scales) {
    const projects = SCALES[scale];
    const ctx = await createTestContext({ engine, now: '2024-01-10T08:00:00+07:00' });
    try {
      const t0 = performance.now();
      const p = await buildProvince(ctx, 'B');
      const investors = [p.skhdt.id, p.stc.id];
      while (investors.length < INVESTORS) {
        const n = investors.length;
        investors.push(
          (
            await buildUnit(ctx, {
              code: `B.CDT${n}`,
              kind: n % 4 === 0 ? 'district_committee' : 'agency',
              parent: n % 4 === 0 ? p.province.id : p.ubnd.id,
              name: `Chủ đầu tư ${n}`,
            })
          ).id,
        );
      }
      const volume = await createInvestmentScale(ctx, {
        provinceUnitId: p.province.id,
        investorUnitIds: investors,
        projects,
        years: YEARS,
      });
      if (engine === 'postgres') await sql`analyze`.execute(ctx.db.q);
      const setupSeconds = (performance.now() - t0) / 1000;
      const { rows: counted } = await sql<{ n: number | string }>`
        select count(*) as n from disbursements where plan_year = ${YEAR}`.execute(ctx.db.q);

      const app = await buildApp(ctx, { webRoot: null });
      await buildUser(ctx, { username: 'bench.admin', role: 'admin', scope: 'B' });
      const session = await signIn(app, 'bench.admin');
      const provinceUnitId = p.province.id;

      const useCase = () =>
        investmentDashboard(ctx, {
          actor: SYSTEM_ACTOR,
          input: { province: provinceUnitId, at: AT, year: YEAR },
        });
      const http = async () => {
        const res = await call(app, session, {
          method: 'GET',
          url: `/api/v1/investment/dashboard?province=B&at=${AT}&year=${YEAR}`,
        });
        if (res.statusCode !== 200)
          throw new Error(`dashboard: HTTP ${res.statusCode} ${res.body}`);
        return res.json<InvestmentDashboard>();
      };
      const raw = async () => ({
        investors: await rawInvestorFigures(ctx.db.q, { provinceUnitId, year: YEAR, at: AT }),
        monthly: await rawMonthlyDisbursed(ctx.db.q, { provinceUnitId, years: YEARS, at: AT }),
      });

      // Correctness first: the dashboard's investors and totals equal the raw figures.
      const d = await useCase();
      const viaHttp = await http();
      const expected = (await raw()).investors;
      const got = d.investors.rows
        .map((r) => [r.investor.id, r.planPm, r.planLocal, r.disbursed])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
      const same =
        JSON.stringify(got) ===
          JSON.stringify(
            expected.map((r) => [r.investorUnitId, r.planPm, r.planLocal, r.disbursed]),
          ) &&
        d.provincial.disbursed === expected.reduce((s, r) => s + r.disbursed, 0) &&
        viaHttp.provincial.disbursed === d.provincial.disbursed &&
        d.projection !== null;
      if (!same) throw new Error(`${engine} ${scale}: the dashboard differs from the raw SQL`);

      const runs = Number(args.runs ?? 15);
      const fns = { useCase, http, raw };
      await timeSideBySide(Math.min(3, runs), fns);
      const loadBefore = loadavg()[0] ?? 0;
      const t = await timeSideBySide(runs, fns);
      const loadAfter = loadavg()[0] ?? 0;
      await app.close();
      const in2023 = Number(counted[0]?.n ?? 0);
      if (args.json)
        process.stdout.write(
          `${JSON.stringify({
            date: new Date().toISOString().slice(0, 10),
            engine,
            scale,
            investors: INVESTORS,
            ...volume,
            disbursements2023: in2023,
            setupSeconds: r2(setupSeconds),
            runs,
            load: [r2(loadBefore), r2(loadAfter)],
            ms: Object.fromEntries(
              Object.entries(t).map(([k, v]) => [k, { median: r2(v.median), p95: r2(v.p95) }]),
            ),
            ratio: {
              useCaseOverRaw: r2(t.useCase.median / t.raw.median),
              httpOverUseCase: r2(t.http.median / t.useCase.median),
            },
          })}\n`,
        );
      process.stdout.write(
        `| ${engine} | ${scale} | ${projects} | ${in2023} / ${volume.disbursements} | ${r1(setupSeconds)} | ${r1(t.useCase.median)} | ${r1(t.useCase.p95)} | ${r1(t.http.median)} | ${r1(t.raw.median)} | ${(t.useCase.median / t.raw.median).toFixed(2)} | ${(t.http.median / t.useCase.median).toFixed(2)} | ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} |\n`,
      );
    } finally {
      await ctx.cleanup();
    }
  }
}
