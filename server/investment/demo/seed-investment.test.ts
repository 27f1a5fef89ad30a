import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { seedOrganisation } from '../../demo/binh-phuoc/organisation';
import { investmentDashboard } from '../investment-dashboard';
import { seedInvestment } from './seed-investment';

/** The investment demo writes thousands of rows through the use cases. */
const SEED_TIMEOUT = 300_000;

let ctx: TestContext;
let summary: Record<string, number | string>;
const messages: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  summary = await ctx.db.write(async () => {
    await seedOrganisation(ctx);
    return seedInvestment(ctx, (m) => messages.push(m));
  });
}, SEED_TIMEOUT);
afterAll(async () => ctx.cleanup());

const dashboard = (at: string) =>
  investmentDashboard(ctx, { actor: SYSTEM_ACTOR, input: { province: 'BP', at } });

describe('the Bình Phước 2023 investment demo', () => {
  it('creates about 300 projects with their 2023 plans and reports its end-June rates', () => {
    expect(summary.investmentProjects).toBeGreaterThanOrEqual(280);
    expect(summary.investmentProjects).toBeLessThanOrEqual(320);
    expect(summary.planAdjustments).toBe(6);
    expect(messages.length).toBeGreaterThan(0);
  });

  it('has a low first half: 25–35 % of the Prime Minister’s plan at 30/6, less on the province’s own plan', async () => {
    const d = await dashboard('2023-06-30');
    expect(d.provincial.ratePm).toBeGreaterThan(25);
    expect(d.provincial.ratePm).toBeLessThan(35);
    expect(d.provincial.rateLocal ?? 100).toBeLessThan(d.provincial.ratePm ?? 0);
    expect(d.provincial.planLocal).toBeGreaterThan(d.provincial.planPm);
    expect(summary.disbursementRatePmAt30June).toMatch(/^\d{2},\d{2}%$/);
    expect(d.keyProjects.length).toBe(6);
  });

  it('has the 3 national target programmes very low, under 10 %', async () => {
    const d = await dashboard('2023-06-30');
    expect(d.programmes.total.ratePm ?? 100).toBeLessThan(10);
    for (const p of d.programmes.rows) {
      expect(p.planPm).toBeGreaterThan(0);
      expect(p.ratePm ?? 100).toBeLessThan(10);
      expect(p.recurrent.planPm).toBeGreaterThan(0);
    }
  });

  it('records the 2023 target of 95 %, ranks investors and lists those below the average', async () => {
    const d = await dashboard('2023-07-10');
    expect(d.target).toMatchObject({ year: 2023, rate: 95, basis: 'pm', recorded: true });
    expect(d.investors.rows.length).toBeGreaterThan(20);
    expect(d.investors.belowAverage.length).toBeGreaterThan(3);
    expect(d.investors.belowAverage.length).toBeLessThan(d.investors.rows.length);
  });

  it('projects the year end from 2020–2022 (with their January tails) and gives the pace to 95 %', async () => {
    const d = await dashboard('2023-07-10');
    expect(d.projection?.basisMonth).toBe(6);
    expect(d.projection?.history.map((h) => h.year)).toEqual([2022, 2021, 2020]);
    for (const h of d.projection?.history ?? []) {
      expect(h.share ?? 0).toBeGreaterThan(0.25);
      expect(h.share ?? 1).toBeLessThan(0.36);
    }
    expect(d.projection?.projectedRatePm ?? 0).toBeGreaterThan(70);
    expect(d.projection?.projectedRatePm ?? 100).toBeLessThan(95);
    expect(d.pace.perMonth).toBeGreaterThan(0);
    // Better than the same period last year ("khởi sắc so với cùng kỳ"), but still low.
    const june = d.curve.current.points[5]?.ratePm ?? 0;
    const lastJune = d.curve.lastYear.points[5]?.ratePm ?? 100;
    expect(june).toBeGreaterThan(lastJune);
    expect(d.curve.lastYear.points).toHaveLength(13);
  });

  it(
    'is deterministic: the same amounts on every run',
    async () => {
      const total = await ctx.db.q
        .selectFrom('disbursements')
        .select((eb) => [
          eb.fn.sum<number>('amount').as('amount'),
          eb.fn.countAll<number>().as('n'),
        ])
        .executeTakeFirstOrThrow();
      const again = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
      try {
        await again.db.write(async () => {
          await seedOrganisation(again);
          await seedInvestment(again, () => undefined);
        });
        const other = await again.db.q
          .selectFrom('disbursements')
          .select((eb) => [
            eb.fn.sum<number>('amount').as('amount'),
            eb.fn.countAll<number>().as('n'),
          ])
          .executeTakeFirstOrThrow();
        expect([Number(other.amount), Number(other.n)]).toEqual([
          Number(total.amount),
          Number(total.n),
        ]);
      } finally {
        await again.cleanup();
      }
    },
    SEED_TIMEOUT,
  );
});
