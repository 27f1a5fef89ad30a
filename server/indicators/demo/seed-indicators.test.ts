import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../../testing/test-context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { setSetting } from '../../platform/settings';
import { seedOrganisation } from '../../demo/binh-phuoc/organisation';
import { seedPeople } from '../../demo/binh-phuoc/people';
import { createRng } from '../../demo/binh-phuoc/random';
import { DEMO_SEED } from '../../demo/binh-phuoc/seed';
import { revenueBySource, type RevenueRow } from '../revenue-by-source';
import { indicatorTable, type IndicatorTableRow } from '../indicator-table';
import { browseExplanations } from '../browse-explanations';
import { browseIndicatorValues } from '../browse-indicator-values';
import { enterIndicatorValue } from '../enter-indicator-value';
import { refusal } from '../testing/kit';
import { demoFigures } from './demo-figures';
import { DEMO_INDICATORS, seedIndicators } from './seed-indicators';

let ctx: TestContext;
let summary: Record<string, number>;
const system = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  summary = await ctx.db.write(async (tx) => {
    await setSetting(tx, 'defaultProvinceCode', 'BP', ctx.clock.now());
    await seedOrganisation(ctx);
    await seedPeople(ctx, createRng(DEMO_SEED).fork('people'));
    return seedIndicators(ctx, () => undefined);
  });
}, 300_000);
afterAll(async () => ctx.cleanup());

function revenueRow(rows: RevenueRow[], code: string): RevenueRow {
  const r = rows.find((x) => x.source.code === code);
  if (!r) throw new Error(`no source ${code}`);
  return r;
}
function tableRow(rows: IndicatorTableRow[], code: string): IndicatorTableRow {
  const r = rows.find((x) => x.indicator.code === code);
  if (!r) throw new Error(`no row ${code}`);
  return r;
}

describe(`the demo's indicators (${TEST_ENGINE})`, () => {
  it('creates about sixty indicators with their 2023 targets and two years of figures', () => {
    expect(summary).toMatchObject({
      indicators: 60,
      indicatorLocks: 4,
      indicatorExplanations: 2,
    });
    // 2022 and 2023 periods of every indicator, plus the 16 June revenue estimates later revised.
    expect(summary.indicatorValues).toBe(890);
    expect(new Set(DEMO_INDICATORS.map((i) => i.code)).size).toBe(60);
    // Deterministic: the figures are a pure function of the catalogue.
    expect(demoFigures(DEMO_INDICATORS)).toEqual(demoFigures(DEMO_INDICATORS));
  });

  it('keeps each parent’s estimates equal to the sum of its parts’', () => {
    for (const parent of DEMO_INDICATORS.filter((i) => i.figures.kind === 'sum')) {
      const parts = DEMO_INDICATORS.filter((i) => i.parent === parent.code);
      for (const kind of ['estimate_central', 'estimate_council', 'plan'] as const) {
        const own = parent.targets[kind];
        if (own === undefined || parts.some((p) => p.targets[kind] === undefined)) continue;
        expect(
          parts.reduce((s, p) => s + (p.targets[kind] ?? 0), 0),
          `${parent.code} ${kind}`,
        ).toBe(own);
      }
    }
  });

  it('shows revenue low at end-June 2023, land-use fees and auctions far lower, down on 2022', async () => {
    const r = await revenueBySource(ctx, { actor: system, input: { period: '2023-06' } });
    const total = revenueRow(r.rows, 'NS.TONG');
    expect(total.percentOfEstimateCouncil).toBeGreaterThan(38);
    expect(total.percentOfEstimateCouncil).toBeLessThan(45);
    expect(total.percentOfEstimateCentral).toBeGreaterThan(38);
    expect(total.percentOfEstimateCentral).toBeLessThan(45);
    expect(total.yoyChange).toBeLessThan(-20);
    expect(total.colour).toBe('red');
    const land = revenueRow(r.rows, 'NS.TSDD');
    expect(land.percentOfEstimateCouncil).toBeLessThan(25);
    const auction = revenueRow(r.rows, 'NS.TSDD.DAUGIA');
    expect(auction.percentOfEstimateCouncil).toBeLessThan(10);
    expect(auction.estimateCentral).toBeNull();
    expect(revenueRow(r.rows, 'NS.XSKT').percentOfEstimateCouncil).toBeGreaterThan(50);
    // The parts add up to the total (rounded to 0,1 tỷ đồng).
    const domestic = revenueRow(r.rows, 'NS.NOIDIA').actual ?? 0;
    const customs = revenueRow(r.rows, 'NS.XNK').actual ?? 0;
    expect(Math.abs(domestic + customs - (total.actual ?? 0))).toBeLessThan(0.05);
    // July carries the estimate (ước).
    const july = await revenueBySource(ctx, { actor: system, input: { period: '2023-07' } });
    expect(revenueRow(july.rows, 'NS.TONG').includesEstimate).toBe(true);
  });

  it('shows exports falling, FDI attracted, and a mix of colours', async () => {
    const t = await indicatorTable(ctx, { actor: system, input: { period: '2023-06' } });
    expect(t.rows).toHaveLength(60);
    const exports = tableRow(t.rows, 'XK.TONG');
    expect(exports.yoyChange).toBeLessThan(0);
    expect(exports.colour).toBe('red');
    expect(exports.sparkline.filter((s) => s.value !== null)).toHaveLength(7);
    expect(tableRow(t.rows, 'DT.FDI.VON').cumulative).toBeGreaterThan(150);
    expect(tableRow(t.rows, 'DT.FDI.DUAN').cumulative).toBeGreaterThan(10);
    expect(tableRow(t.rows, 'XH.NGHEO')).toMatchObject({
      colour: 'amber',
      cumulative: 0.64,
      includesEstimate: true,
    });
    expect(tableRow(t.rows, 'KT.CPI').colour).toBe('green');
    expect(tableRow(t.rows, 'XH.TIEMCHUNG').cumulative).toBeGreaterThan(90);
    expect(t.counts.red).toBeGreaterThan(3);
    expect(t.counts.green).toBeGreaterThan(3);
    expect(t.counts.amber).toBeGreaterThan(3);
  });

  it('asks for two explanations, one answered by the Sở Tài chính, and keeps the revised June figures', async () => {
    const e = await browseExplanations(ctx, { actor: system, input: {} });
    expect(e.items.map((x) => [x.indicator.code, x.status, x.answeringUnit.code])).toEqual([
      ['XK.TONG', 'requested', 'BP.SCT'],
      ['NS.TSDD.DAUGIA', 'answered', 'BP.STC'],
    ]);
    expect(e.items[1]?.messages.map((m) => m.kind)).toEqual(['request', 'draft', 'answer']);
    const history = await browseIndicatorValues(ctx, {
      actor: system,
      input: { year: 2023, history: true, status: ['superseded'] },
    });
    expect(history.items.length).toBe(16);
    expect(history.items.every((v) => v.estimate && v.period === '2023-06')).toBe(true);
    expect(
      await refusal(
        enterIndicatorValue(ctx, {
          actor: system,
          input: {
            indicatorId: e.items[1]?.indicator.id ?? 0,
            period: '2023-05',
            value: 1,
          },
        }),
      ),
    ).toBe('INDICATOR_PERIOD_LOCKED:period');
  });
});
