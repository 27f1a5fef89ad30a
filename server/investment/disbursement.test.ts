import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { adjustCapitalPlan } from './adjust-capital-plan';
import { investmentDashboard } from './investment-dashboard';
import { disbursementRates } from './disbursement-rates';
import { showProject } from './show-project';
import { browseProjects } from './browse-projects';
import { setDisbursementTarget } from './set-disbursement-target';
import { assignCapitalPlan } from './assign-capital-plan';
import { buildPlan, buildProject, pay, TY } from './testing/investment-factories';

let ctx: TestContext;
const system = SYSTEM_ACTOR;
const err = (e: unknown) =>
  isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);
const dashboard = (
  province: string,
  at: string,
  extra: { year?: number; denominator?: 'pm' | 'local' } = {},
) => investmentDashboard(ctx, { actor: system, input: { province, at, ...extra } });

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
});
afterAll(async () => ctx.cleanup());

describe('rates on both denominators', () => {
  let a: TestProvince;
  let projectId: number;
  beforeAll(async () => {
    a = await buildProvince(ctx, 'A');
    projectId = (await buildProject(ctx, { province: 'A', investor: a.skhdt.code })).id;
    await buildPlan(ctx, { projectId, year: 2023, pm: 100 * TY, local: 120 * TY });
    await pay(ctx, { projectId, paidOn: '2023-02-10', amount: 30 * TY, kind: 'advance' });
    await pay(ctx, { projectId, paidOn: '2023-04-15', amount: 50 * TY, recovered: 30 * TY });
  });

  it('counts an advance once: when paid, and not again when a payment recovers it', async () => {
    const march = await dashboard('A', '2023-03-31');
    expect(march.provincial.disbursed).toBe(30 * TY);
    expect(march.provincial.outstandingAdvances).toBe(30 * TY);
    expect(march.provincial.ratePm).toBeCloseTo(30);
    expect(march.provincial.rateLocal).toBeCloseTo(25);

    const april = await dashboard('A', '2023-04-30');
    // 30 (advance) + 50 (payment) − 30 (recovered) — not 80.
    expect(april.provincial.disbursed).toBe(50 * TY);
    expect(april.provincial.outstandingAdvances).toBe(0);
    expect(april.provincial.planPm).toBe(100 * TY);
    expect(april.provincial.planLocal).toBe(120 * TY);
    expect(april.provincial.ratePm).toBeCloseTo(50);
    expect(april.provincial.rateLocal).toBeCloseTo((50 / 120) * 100);
  });

  it('shows the same figures on the project and in the project list', async () => {
    const detail = await showProject(ctx, {
      actor: system,
      input: { projectId, at: '2023-07-10' },
    });
    expect(detail.figures.disbursed).toBe(50 * TY);
    expect(detail.disbursements.map((d) => d.netAmount)).toEqual([30 * TY, 20 * TY]);
    expect(detail.plans[0]?.current).toEqual({ pmAmount: 100 * TY, localAmount: 120 * TY });
    const list = await browseProjects(ctx, { actor: system, input: { province: 'A' } });
    expect(list.items.find((p) => p.id === projectId)?.figures.ratePm).toBeCloseTo(50);
  });

  it('uses the default denominator setting for the headline rate, overridable per request', async () => {
    expect((await dashboard('A', '2023-04-30')).provincial.rate).toBeCloseTo(50);
    const local = await dashboard('A', '2023-04-30', { denominator: 'local' });
    expect(local.denominator).toBe('local');
    expect(local.provincial.rate).toBeCloseTo((50 / 120) * 100);
  });
});

describe('provincial average, ranking and the investors below it', () => {
  let b: TestProvince;
  let district: { id: number; code: string };
  beforeAll(async () => {
    b = await buildProvince(ctx, 'B');
    district = await buildUnit(ctx, {
      code: 'B.HUYEN',
      kind: 'district_committee',
      parent: b.ubnd.id,
      name: 'UBND huyện Thử',
    });
    const rows: Array<[string, number, number, number]> = [
      [b.skhdt.code, 100, 100, 90],
      [b.stc.code, 1000, 1000, 10],
      ['B.HUYEN', 200, 250, 100],
    ];
    for (const [investor, pm, local, paid] of rows) {
      const p = await buildProject(ctx, { province: 'B', investor });
      await buildPlan(ctx, { projectId: p.id, year: 2023, pm: pm * TY, local: local * TY });
      await pay(ctx, { projectId: p.id, paidOn: '2023-05-05', amount: paid * TY });
    }
  });

  it('pools Σ disbursed ÷ Σ plan instead of averaging the rates', async () => {
    const d = await dashboard('B', '2023-07-10');
    expect(d.investors.average).toBeCloseTo((200 / 1300) * 100); // 15,38 %, not (90 + 1 + 50) / 3
    expect(d.provincial.ratePm).toBeCloseTo((200 / 1300) * 100);
    expect(d.provincial.rateLocal).toBeCloseTo((200 / 1350) * 100);
  });

  it('ranks investors on the default denominator and lists those below the average', async () => {
    const d = await dashboard('B', '2023-07-10');
    expect(d.investors.rows.map((r) => [r.investor.code, r.rank, r.belowAverage])).toEqual([
      [b.skhdt.code, 1, false],
      ['B.HUYEN', 2, false],
      [b.stc.code, 3, true],
    ]);
    expect(d.investors.belowAverage.map((r) => r.investor.id)).toEqual([b.stc.id]);
    expect(d.investors.belowAverage[0]?.gap).toBeCloseTo(1 - (200 / 1300) * 100);
    const byInvestor = await disbursementRates(ctx, {
      actor: system,
      input: { province: 'B', by: 'investor', at: '2023-07-10', denominator: 'local' },
    });
    const huyen = byInvestor.rows.find((r) => 'investor' in r && r.investor.id === district.id);
    expect(huyen?.ratePm).toBeCloseTo(50);
    expect(huyen?.rateLocal).toBeCloseTo(40);
    expect(huyen?.rate).toBeCloseTo(40);
  });
});

describe('a plan of year N is disbursed until 31/01/N+1', () => {
  let projectId: number;
  beforeAll(async () => {
    const c = await buildProvince(ctx, 'C');
    projectId = (await buildProject(ctx, { province: 'C', investor: c.skhdt.code })).id;
    await buildPlan(ctx, { projectId, year: 2023, pm: 100 * TY, local: 100 * TY });
    await buildPlan(ctx, { projectId, year: 2024, pm: 50 * TY, local: 50 * TY });
    await pay(ctx, { projectId, paidOn: '2023-12-20', amount: 40 * TY });
    await pay(ctx, { projectId, paidOn: '2024-01-20', amount: 20 * TY, planYear: 2023 });
    await pay(ctx, { projectId, paidOn: '2024-01-25', amount: 10 * TY });
  });

  it('counts a January N+1 payment for plan year N, as its 13th month', async () => {
    const y2023 = await dashboard('C', '2024-01-31', { year: 2023 });
    expect(y2023.provincial.disbursed).toBe(60 * TY);
    expect(y2023.curve.current.points.at(-1)).toMatchObject({
      month: 13,
      amount: 20 * TY,
      cumulative: 60 * TY,
      complete: true,
    });
    expect((await dashboard('C', '2023-12-31', { year: 2023 })).provincial.disbursed).toBe(40 * TY);
    expect((await dashboard('C', '2024-01-31', { year: 2024 })).provincial.disbursed).toBe(10 * TY);
  });

  it('refuses a payment outside 01/01/N – 31/01/N+1', async () => {
    const late = await pay(ctx, {
      projectId,
      paidOn: '2024-02-01',
      amount: TY,
      planYear: 2023,
    }).catch(err);
    expect(late).toBe('DISBURSEMENT_OUTSIDE_PLAN_PERIOD:paidOn');
    const early = await pay(ctx, {
      projectId,
      paidOn: '2022-12-31',
      amount: TY,
      planYear: 2023,
    }).catch(err);
    expect(early).toBe('DISBURSEMENT_OUTSIDE_PLAN_PERIOD:paidOn');
  });
});

describe('the monthly curve against last year', () => {
  beforeAll(async () => {
    const d = await buildProvince(ctx, 'D');
    const p = await buildProject(ctx, { province: 'D', investor: d.skhdt.code });
    await buildPlan(ctx, { projectId: p.id, year: 2022, pm: 100 * TY, local: 100 * TY });
    await buildPlan(ctx, { projectId: p.id, year: 2023, pm: 200 * TY, local: 250 * TY });
    for (const [paidOn, amount, planYear] of [
      ['2022-03-10', 10, 2022],
      ['2022-06-10', 20, 2022],
      ['2022-12-10', 50, 2022],
      ['2023-01-15', 15, 2022],
      ['2023-02-10', 30, 2023],
      ['2023-06-10', 40, 2023],
      ['2023-07-05', 10, 2023],
    ] as const)
      await pay(ctx, { projectId: p.id, paidOn, amount: amount * TY, planYear });
  });

  it('gives the cumulative months of the year so far and the whole of last year', async () => {
    const d = await dashboard('D', '2023-07-10');
    const current = d.curve.current.points;
    expect(current.map((p) => p.cumulative / TY)).toEqual([0, 30, 30, 30, 30, 70, 80]);
    expect(current.at(-1)).toMatchObject({ month: 7, complete: false, through: '2023-07-10' });
    expect(current[5]?.ratePm).toBeCloseTo(35);
    expect(current[5]?.rateLocal).toBeCloseTo(28);
    const last = d.curve.lastYear.points;
    expect(d.curve.lastYear.year).toBe(2022);
    expect(last).toHaveLength(13);
    expect(last.map((p) => p.cumulative / TY)).toEqual([
      0, 0, 10, 10, 10, 30, 30, 30, 30, 30, 30, 80, 95,
    ]);
    // Same period last year: 30 % at end-June 2022 against 35 % now.
    expect(last[5]?.ratePm).toBeCloseTo(30);
    expect(last[12]?.ratePm).toBeCloseTo(95);
  });
});

describe('year-end projection and the pace to reach the target', () => {
  beforeAll(async () => {
    const e = await buildProvince(ctx, 'E');
    const p = await buildProject(ctx, { province: 'E', investor: e.skhdt.code });
    // Shares of the final amount disbursed by end-June: 30 %, 25 %, 35 % (mean 30 %).
    for (const [year, june] of [
      [2020, 300],
      [2021, 250],
      [2022, 350],
    ] as const) {
      await buildPlan(ctx, { projectId: p.id, year, pm: 1000 * TY, local: 1000 * TY });
      await pay(ctx, { projectId: p.id, paidOn: `${year}-06-15`, amount: june * TY });
      await pay(ctx, { projectId: p.id, paidOn: `${year}-12-15`, amount: (900 - june) * TY });
      await pay(ctx, {
        projectId: p.id,
        paidOn: `${year + 1}-01-20`,
        amount: 100 * TY,
        planYear: year,
      });
    }
    await buildPlan(ctx, { projectId: p.id, year: 2023, pm: 1000 * TY, local: 1200 * TY });
    await pay(ctx, { projectId: p.id, paidOn: '2023-03-15', amount: 100 * TY });
    await pay(ctx, { projectId: p.id, paidOn: '2023-06-20', amount: 170 * TY });
    await pay(ctx, { projectId: p.id, paidOn: '2023-07-05', amount: 30 * TY });
  });

  it('divides the cumulative to the last complete month by the mean share of the previous 3 years', async () => {
    const d = await dashboard('E', '2023-07-10');
    expect(d.projection?.basisMonth).toBe(6);
    expect(d.projection?.cumulativeToMonth).toBe(270 * TY);
    expect(d.projection?.history.map((h) => [h.year, h.share])).toEqual([
      [2022, 0.35],
      [2021, 0.25],
      [2020, 0.3],
    ]);
    expect(d.projection?.meanShare).toBeCloseTo(0.3);
    expect(d.projection?.projected).toBe(900 * TY);
    expect(d.projection?.projectedRatePm).toBeCloseTo(90);
    expect(d.projection?.projectedRateLocal).toBeCloseTo(75);
  });

  it('gives the monthly pace needed for the target by 31/01 of the next year', async () => {
    const before = await dashboard('E', '2023-07-10');
    expect(before.target).toMatchObject({ rate: 95, basis: 'pm', recorded: false });
    await setDisbursementTarget(ctx, {
      actor: system,
      input: {
        province: 'E',
        year: 2023,
        rate: 95,
        sourceText: 'phấn đấu tỷ lệ giải ngân năm 2023 đạt tối thiểu 95% kế hoạch',
      },
    });
    const d = await dashboard('E', '2023-07-10');
    expect(d.target).toMatchObject({ rate: 95, recorded: true });
    expect(d.target.sourceText).toContain('tối thiểu 95%');
    expect(d.target.gap).toBeCloseTo(30 - 95);
    expect(d.pace).toMatchObject({
      basis: 'pm',
      plan: 1000 * TY,
      targetAmount: 950 * TY,
      cumulative: 300 * TY,
      remaining: 650 * TY,
      monthsLeft: 7,
      deadline: '2024-01-31',
    });
    expect(d.pace.perMonth).toBe(Math.round((650 * TY) / 7));
  });

  it('has no projection before January ends', async () => {
    expect((await dashboard('E', '2023-01-20')).projection).toBeNull();
  });
});

describe('plan adjustments and the checks on a payment', () => {
  let projectId: number;
  let planId: number;
  beforeAll(async () => {
    const f = await buildProvince(ctx, 'F');
    projectId = (await buildProject(ctx, { province: 'F', investor: f.skhdt.code })).id;
    planId = await buildPlan(ctx, { projectId, year: 2023, pm: 100 * TY, local: 100 * TY });
    await pay(ctx, { projectId, paidOn: '2023-03-01', amount: 40 * TY });
  });

  it('applies an adjustment from its date only', async () => {
    const adjusted = await adjustCapitalPlan(ctx, {
      actor: system,
      input: {
        planId,
        adjustedOn: '2023-05-15',
        pmAmount: 80 * TY,
        localAmount: 90 * TY,
        reason: 'Điều chuyển vốn cho dự án giải ngân tốt',
        decision: '900/QĐ-UBND',
      },
    });
    expect(adjusted.current).toEqual({ pmAmount: 80 * TY, localAmount: 90 * TY });
    expect(adjusted.adjustments[0]).toMatchObject({ pmDelta: -20 * TY, localDelta: -10 * TY });
    expect((await dashboard('F', '2023-05-14')).provincial.planPm).toBe(100 * TY);
    expect((await dashboard('F', '2023-05-15')).provincial.planPm).toBe(80 * TY);
    expect((await dashboard('F', '2023-05-15')).provincial.ratePm).toBeCloseTo(50);
  });

  it('refuses an adjustment out of date order or below what was disbursed', async () => {
    const adjust = (adjustedOn: string, amount: number) =>
      adjustCapitalPlan(ctx, {
        actor: system,
        input: { planId, adjustedOn, pmAmount: amount, localAmount: amount, reason: 'Giảm vốn' },
      }).catch(err);
    expect(await adjust('2023-05-10', 70 * TY)).toBe('CAPITAL_PLAN_ADJUSTMENT_ORDER:adjustedOn');
    expect(await adjust('2023-06-01', 30 * TY)).toBe('CAPITAL_PLAN_BELOW_DISBURSED:localAmount');
  });

  it('refuses a payment over the plan, a recovery without advances, a missing or group source', async () => {
    expect(await pay(ctx, { projectId, paidOn: '2023-06-10', amount: 60 * TY }).catch(err)).toBe(
      'DISBURSEMENT_EXCEEDS_PLAN:amount',
    );
    expect(
      await pay(ctx, { projectId, paidOn: '2023-06-10', amount: 10 * TY, recovered: 5 * TY }).catch(
        err,
      ),
    ).toBe('DISBURSEMENT_RECOVERY_EXCEEDS:recoveredAdvance');
    expect(
      await pay(ctx, { projectId, paidOn: '2023-06-10', amount: TY, source: 'NSDP.TSDD' }).catch(
        err,
      ),
    ).toBe('DISBURSEMENT_NO_PLAN:source');
    expect(
      await pay(ctx, { projectId, paidOn: '2023-06-10', amount: TY, source: 'NSDP' }).catch(err),
    ).toBe('CAPITAL_SOURCE_NOT_LEAF:source');
    expect(
      await pay(ctx, { projectId, paidOn: '2023-06-10', amount: TY, source: 'KHONG.CO' }).catch(
        err,
      ),
    ).toBe('CAPITAL_SOURCE_UNKNOWN:source');
    expect(await pay(ctx, { projectId, paidOn: '2023-06-10', amount: -TY }).catch(err)).toBe(
      'FIELD_INVALID:amount',
    );
  });

  it('refuses a second assignment of the same line and a payment before the line was assigned', async () => {
    const again = await buildPlan(ctx, { projectId, year: 2023, pm: TY, local: TY }).catch(err);
    expect(again).toBe('CAPITAL_PLAN_EXISTS:source');
    await buildPlan(ctx, {
      projectId,
      year: 2023,
      source: 'NSDP.XSKT',
      pm: 10 * TY,
      local: 10 * TY,
      assignedOn: '2023-03-01',
    });
    expect(
      await pay(ctx, { projectId, paidOn: '2023-02-01', amount: TY, source: 'NSDP.XSKT' }).catch(
        err,
      ),
    ).toBe('DISBURSEMENT_NO_PLAN:source');
    const outside = await assignCapitalPlan(ctx, {
      actor: system,
      input: {
        projectId,
        year: 2023,
        source: 'NSDP.BOICHI',
        pmAmount: TY,
        localAmount: TY,
        assignedOn: '2024-02-01',
      },
    }).catch(err);
    expect(outside).toBe('CAPITAL_PLAN_DATE_OUTSIDE:assignedOn');
  });
});

describe('national target programmes: investment capital apart from recurrent funds', () => {
  beforeAll(async () => {
    const g = await buildProvince(ctx, 'G');
    await buildUnit(ctx, {
      code: 'G.HUYEN',
      kind: 'district_committee',
      parent: g.ubnd.id,
      name: 'UBND huyện Nông Thôn',
    });
    const ntm = await buildProject(ctx, { province: 'G', investor: 'G.HUYEN' });
    const road = await buildProject(ctx, { province: 'G', investor: g.skhdt.code });
    const lines: Array<[number, string, number, number, number]> = [
      [ntm.id, 'CTMTQG.NTM.DTPT.NSTW', 100, 100, 5],
      [ntm.id, 'CTMTQG.NTM.DTPT.NSDP', 20, 30, 0],
      [ntm.id, 'CTMTQG.NTM.SN', 50, 50, 40],
      [road.id, 'NSDP.CANDOI', 500, 500, 200],
    ];
    for (const [projectId, source, pm, local, paid] of lines) {
      await buildPlan(ctx, { projectId, year: 2023, source, pm: pm * TY, local: local * TY });
      if (paid > 0) await pay(ctx, { projectId, source, paidOn: '2023-06-01', amount: paid * TY });
    }
  });

  it('counts only investment capital in the provincial figures', async () => {
    const d = await dashboard('G', '2023-07-10');
    expect(d.provincial.planPm).toBe(620 * TY);
    expect(d.provincial.disbursed).toBe(205 * TY);
  });

  it('reports the programmes’ investment capital apart, with recurrent funds beside it', async () => {
    const d = await dashboard('G', '2023-07-10');
    expect(d.programmes.total).toMatchObject({ planPm: 120 * TY, disbursed: 5 * TY });
    const ntm = d.programmes.rows.find((r) => r.programme === 'nong_thon_moi');
    expect(ntm?.central).toMatchObject({ planPm: 100 * TY, disbursed: 5 * TY });
    expect(ntm?.local).toMatchObject({ planPm: 20 * TY, planLocal: 30 * TY, disbursed: 0 });
    expect(ntm?.recurrent).toMatchObject({ planPm: 50 * TY, disbursed: 40 * TY });
    expect(ntm?.ratePm).toBeCloseTo((5 / 120) * 100);
    const root = d.sources.find((s) => s.code === 'CTMTQG');
    expect(root?.planPm).toBe(120 * TY);
    expect(d.sources.find((s) => s.code === 'CTMTQG.NTM.SN')).toBeUndefined();
    expect(d.sources.find((s) => s.code === 'NSDP')?.disbursed).toBe(200 * TY);
  });
});
