import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR, type UserActor } from '../platform/actor';
import { setSetting } from '../platform/settings';
import { setIndicatorTarget } from './set-indicator-target';
import { enterIndicatorValue } from './enter-indicator-value';
import { indicatorTable, type IndicatorTableRow } from './indicator-table';
import { revenueBySource } from './revenue-by-source';
import { buildIndicator, enterSeries, userActor } from './testing/kit';

let ctx: TestContext;
let p: TestProvince;
let staff: UserActor;
const system = SYSTEM_ACTOR;
const ids: Record<string, number> = {};

async function target(
  name: string,
  kind: 'plan' | 'estimate_central' | 'estimate_council',
  value: number,
  unit?: number,
) {
  await setIndicatorTarget(ctx, {
    actor: system,
    input: { indicatorId: ids[name] ?? 0, year: 2023, kind, value, ...(unit ? { unit } : {}) },
  });
}

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
  staff = await userActor(ctx, {
    username: 'tc.cv',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  const stc = p.stc.id;
  const kh = p.skhdt.id;
  // Revenue: seasonal 2022 (a heavy January), weak 2023, a July estimate.
  ids.REV = (
    await buildIndicator(ctx, {
      code: 'REV',
      ownerUnit: stc,
      category: 'budget_revenue',
      colourTarget: 'estimate_council',
      sortOrder: 1,
    })
  ).id;
  await enterSeries(
    ctx,
    ids.REV,
    2022,
    [200, 80, 120, 100, 100, 100, 100, 100, 100, 100, 100, 100],
  );
  await enterSeries(ctx, ids.REV, 2023, [90, 70, 100, 90, 90, 80]);
  await enterIndicatorValue(ctx, {
    actor: system,
    input: { indicatorId: ids.REV, period: '2023-07', value: 95, estimate: true },
  });
  await target('REV', 'estimate_central', 1100);
  await target('REV', 'estimate_council', 1300);
  ids.LAND = (
    await buildIndicator(ctx, {
      code: 'LAND',
      ownerUnit: stc,
      category: 'budget_revenue',
      colourTarget: 'estimate_council',
      parent: ids.REV,
      sortOrder: 2,
    })
  ).id;
  await enterSeries(ctx, ids.LAND, 2022, [60, 20, 40, 30, 30, 20, 20, 20, 20, 20, 20, 20]);
  await enterSeries(ctx, ids.LAND, 2023, [10, 5, 10, 5, 10, 10]);
  await target('LAND', 'estimate_central', 300);
  await target('LAND', 'estimate_council', 400);

  // Road accidents: lower is better, a yearly ceiling pro-rated by last year's share.
  ids.ACC = (
    await buildIndicator(ctx, {
      code: 'ACC',
      ownerUnit: kh,
      category: 'social',
      unitOfMeasure: 'vụ',
      direction: 'lower_is_better',
      basis: 'nd09',
    })
  ).id;
  await enterSeries(ctx, ids.ACC, 2022, Array(12).fill(20) as number[]);
  await enterSeries(ctx, ids.ACC, 2023, [15, 18, 20, 22, 25, 26]);
  await target('ACC', 'plan', 240);

  // CPI: an average, lower is better, judged against the level (not pro-rated).
  ids.CPI = (
    await buildIndicator(ctx, {
      code: 'CPI',
      ownerUnit: kh,
      unitOfMeasure: '%',
      aggregation: 'average',
      direction: 'lower_is_better',
    })
  ).id;
  await enterSeries(ctx, ids.CPI, 2023, [3.8, 3.6, 3.4, 3.2, 3.0, 2.9]);
  await target('CPI', 'plan', 4.5);

  // On-time rate: Σ numerators ÷ Σ denominators, not the mean of monthly rates.
  ids.ONTIME = (
    await buildIndicator(ctx, {
      code: 'ONTIME',
      ownerUnit: kh,
      category: 'administration',
      unitOfMeasure: '%',
      aggregation: 'ratio',
    })
  ).id;
  for (const [period, numerator, denominator] of [
    ['2023-01', 180, 200],
    ['2023-02', 99, 100],
  ] as const)
    await enterIndicatorValue(ctx, {
      actor: system,
      input: { indicatorId: ids.ONTIME, period, numerator, denominator },
    });
  await target('ONTIME', 'plan', 98);

  // GRDP growth: quarterly, the latest cumulative figure.
  ids.GRDP = (
    await buildIndicator(ctx, {
      code: 'GRDP',
      ownerUnit: kh,
      unitOfMeasure: '%',
      frequency: 'quarterly',
      aggregation: 'last',
    })
  ).id;
  await enterSeries(ctx, ids.GRDP, 2022, [6.2, 6.0, 6.5, 6.8], { kind: 'quarter' });
  await enterSeries(ctx, ids.GRDP, 2023, [5.0, 5.4], { kind: 'quarter' });
  await target('GRDP', 'plan', 8.5);

  // A new source with only half of last year: the expected share falls back to linear.
  ids.NEW = (await buildIndicator(ctx, { code: 'NEW', ownerUnit: kh })).id;
  await enterSeries(ctx, ids.NEW, 2022, [
    null,
    null,
    null,
    null,
    null,
    null,
    50,
    50,
    50,
    50,
    50,
    50,
  ]);
  await enterSeries(ctx, ids.NEW, 2023, [80, 80, 80, 80, 90, 90]);
  await target('NEW', 'plan', 1200);

  ids.NOTARGET = (await buildIndicator(ctx, { code: 'NOTARGET', ownerUnit: kh })).id;
  await enterSeries(ctx, ids.NOTARGET, 2023, [1, 2, 3]);
  ids.POVERTY = (
    await buildIndicator(ctx, {
      code: 'POVERTY',
      ownerUnit: kh,
      category: 'social',
      unitOfMeasure: '%',
      frequency: 'yearly',
      aggregation: 'last',
      direction: 'lower_is_better',
    })
  ).id;
  await enterSeries(ctx, ids.POVERTY, 2022, [0.71], { kind: 'year' });
  await target('POVERTY', 'plan', 0.6);
});
afterAll(async () => ctx.cleanup());

const close = (n: number | null, digits = 6) => (n === null ? null : Number(n.toFixed(digits)));

function row(rows: IndicatorTableRow[], code: string): IndicatorTableRow {
  const r = rows.find((x) => x.indicator.code === code);
  if (!r) throw new Error(`no row ${code}`);
  return r;
}

describe(`indicator table (${TEST_ENGINE})`, () => {
  it('computes cumulative, % of target, year-on-year and the colour against the seasonally pro-rated target', async () => {
    const t = await indicatorTable(ctx, { actor: system, input: { period: '2023-06' } });
    expect(t).toMatchObject({
      period: '2023-06',
      periodLabel: 'tháng 6/2023',
      province: { code: 'T' },
      thresholds: { green: 1, amber: 0.9 },
    });
    const rev = row(t.rows, 'REV');
    expect({
      cumulative: rev.cumulative,
      lastYear: rev.lastYearCumulative,
      target: rev.target,
      targetKind: rev.targetKind,
      percent: close(rev.percentOfTarget, 4),
      yoy: close(rev.yoyChange, 4),
      share: close(rev.expectedShare),
      prorated: close(rev.proratedTarget, 4),
      ratio: close(rev.ratio),
      colour: rev.colour,
      estimate: rev.includesEstimate,
    }).toEqual({
      cumulative: 520,
      lastYear: 700,
      target: 1300,
      targetKind: 'estimate_council',
      percent: 40,
      yoy: -25.7143,
      // Last year 700 of 1 300 had come in by June.
      share: close(700 / 1300),
      prorated: 700,
      ratio: close(520 / 700),
      colour: 'red',
      estimate: false,
    });
    expect(rev.targets).toEqual({ plan: null, estimateCentral: 1100, estimateCouncil: 1300 });
    expect(rev.sparkline.map((s) => s.value)).toEqual([
      90,
      70,
      100,
      90,
      90,
      80,
      95,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rev.sparkline[6]).toEqual({ period: '2023-07', value: 95, estimate: true });

    const acc = row(t.rows, 'ACC');
    // Lower is better: r = pro-rated ceiling ÷ actual = 120 ÷ 126.
    expect([acc.cumulative, close(acc.proratedTarget), close(acc.ratio), acc.colour]).toEqual([
      126,
      120,
      close(120 / 126),
      'amber',
    ]);
    expect(close(acc.yoyChange, 2)).toBe(5);
    const cpi = row(t.rows, 'CPI');
    expect([close(cpi.cumulative), cpi.proratedTarget, cpi.colour, cpi.yoyChange]).toEqual([
      close(19.9 / 6),
      4.5,
      'green',
      null,
    ]);
    const ontime = row(t.rows, 'ONTIME');
    expect([close(ontime.cumulative), close(ontime.ratio), ontime.colour]).toEqual([
      93,
      close(93 / 98),
      'amber',
    ]);
    expect(ontime.sparkline.slice(0, 2).map((s) => s.value)).toEqual([90, 99]);
    const grdp = row(t.rows, 'GRDP');
    expect([
      grdp.period,
      grdp.periodLabel,
      grdp.cumulative,
      close(grdp.yoyChange),
      grdp.colour,
    ]).toEqual(['2023-Q2', 'quý II/2023', 5.4, -10, 'red']);
    expect(grdp.sparkline.map((s) => s.period)).toEqual([
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
    ]);
    const fresh = row(t.rows, 'NEW');
    expect([fresh.expectedShare, fresh.proratedTarget, close(fresh.ratio), fresh.colour]).toEqual([
      0.5,
      600,
      close(500 / 600),
      'red',
    ]);
    expect(row(t.rows, 'NOTARGET')).toMatchObject({ cumulative: 6, colour: 'grey', ratio: null });
    // A yearly indicator has no figure of its own yet in June.
    expect(row(t.rows, 'POVERTY')).toMatchObject({
      period: null,
      cumulative: null,
      colour: 'grey',
    });
    expect(t.counts).toEqual({ green: 1, amber: 2, red: 4, grey: 2 });
  });

  it('moves with the report period: May has one quarter of GRDP; July counts the estimate; the year shows the yearly figure', async () => {
    const may = await indicatorTable(ctx, { actor: system, input: { period: '2023-05' } });
    expect(row(may.rows, 'GRDP')).toMatchObject({ period: '2023-Q1', cumulative: 5 });
    expect(row(may.rows, 'REV').cumulative).toBe(440);
    const july = await indicatorTable(ctx, { actor: system, input: { period: '2023-07' } });
    expect(row(july.rows, 'REV')).toMatchObject({ cumulative: 615, includesEstimate: true });
    const h1 = await indicatorTable(ctx, { actor: system, input: { period: '2023-H1' } });
    expect(row(h1.rows, 'REV').cumulative).toBe(520);
    const year2022 = await indicatorTable(ctx, { actor: system, input: { period: '2022' } });
    expect(row(year2022.rows, 'POVERTY')).toMatchObject({ period: '2022', cumulative: 0.71 });
    // By default: the last month ended before the product's today (10/7/2023).
    expect((await indicatorTable(ctx, { actor: system, input: {} })).period).toBe('2023-06');
  });

  it('takes the colour thresholds from the settings', async () => {
    await ctx.db.write((tx) =>
      setSetting(tx, 'indicatorColourThresholds', { green: 1, amber: 0.96 }, ctx.clock.now()),
    );
    const t = await indicatorTable(ctx, { actor: system, input: { period: '2023-06' } });
    expect(row(t.rows, 'ACC').colour).toBe('red');
    expect(t.thresholds).toEqual({ green: 1, amber: 0.96 });
    await ctx.db.write((tx) =>
      setSetting(tx, 'indicatorColourThresholds', { green: 1, amber: 0.9 }, ctx.clock.now()),
    );
  });

  it('shows a unit’s own figures against its own target, and only the indicators in the actor’s scope', async () => {
    const district = await buildUnit(ctx, {
      code: 'T.HUYEN',
      kind: 'district_committee',
      parent: p.province.id,
      name: 'UBND huyện Thử',
    });
    await enterSeries(ctx, ids.REV ?? 0, 2023, [10, 10, 10, 10, 10, 10], { unit: district.id });
    await target('REV', 'estimate_council', 100, district.id);
    const t = await indicatorTable(ctx, {
      actor: system,
      input: { period: '2023-06', unit: 'T.HUYEN' },
    });
    expect(t.unit.code).toBe('T.HUYEN');
    // No 2022 figures for the district: linear share, 50 of 100 by June.
    expect(row(t.rows, 'REV')).toMatchObject({ cumulative: 60, target: 100, colour: 'green' });
    const mine = await indicatorTable(ctx, { actor: staff, input: { period: '2023-06' } });
    expect(mine.rows.map((r) => r.indicator.code)).toEqual(['REV', 'LAND']);
  });

  it('gives revenue against both estimates by source', async () => {
    const r = await revenueBySource(ctx, { actor: staff, input: { period: '2023-06' } });
    expect(r.periodLabel).toBe('tháng 6/2023');
    expect(
      r.rows.map((x) => ({
        code: x.source.code,
        depth: x.source.depth,
        central: x.estimateCentral,
        council: x.estimateCouncil,
        actual: x.actual,
        pc: close(x.percentOfEstimateCentral, 2),
        ph: close(x.percentOfEstimateCouncil, 2),
        yoy: close(x.yoyChange, 2),
        colour: x.colour,
      })),
    ).toEqual([
      {
        code: 'REV',
        depth: 0,
        central: 1100,
        council: 1300,
        actual: 520,
        pc: 47.27,
        ph: 40,
        yoy: -25.71,
        colour: 'red',
      },
      {
        code: 'LAND',
        depth: 1,
        central: 300,
        council: 400,
        actual: 50,
        pc: 16.67,
        ph: 12.5,
        yoy: -75,
        colour: 'red',
      },
    ]);
  });
});
