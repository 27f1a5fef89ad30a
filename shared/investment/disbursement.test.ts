import { describe, expect, it } from 'vitest';
import {
  disbursedAmount,
  disbursementRate,
  pooledRate,
  projectYearEnd,
  rankByRate,
  requiredMonthlyPace,
} from './disbursement';

const B = 1_000_000_000;

describe('disbursement', () => {
  it('never counts an advance and the payment that recovers it twice', () => {
    expect(
      disbursedAmount([
        { kind: 'advance', amount: 30 * B },
        { kind: 'payment', amount: 100 * B, recoversAdvance: 30 * B },
      ]),
    ).toBe(100 * B);
    expect(disbursedAmount([{ kind: 'advance', amount: 30 * B }])).toBe(30 * B);
    expect(
      disbursedAmount([
        { kind: 'advance', amount: 30 * B },
        { kind: 'payment', amount: 20 * B, recoversAdvance: 20 * B },
      ]),
    ).toBe(30 * B);
    expect(disbursedAmount([])).toBe(0);
  });

  it('computes the rate against either denominator', () => {
    const disbursed = 1_200 * B;
    expect(disbursementRate(disbursed, 4_000 * B)).toBeCloseTo(30); // kế hoạch Thủ tướng giao
    expect(disbursementRate(disbursed, 4_800 * B)).toBeCloseTo(25); // kế hoạch địa phương giao
    expect(disbursementRate(disbursed, null)).toBeNull();
    expect(disbursementRate(disbursed, 0)).toBeNull();
  });

  it('pools the provincial average instead of averaging rates', () => {
    const rows = [
      { disbursed: 90 * B, plan: 100 * B }, // 90 %
      { disbursed: 10 * B, plan: 1000 * B }, // 1 %
      { disbursed: 5 * B, plan: null },
    ];
    expect(pooledRate(rows)).toBeCloseTo((100 / 1100) * 100);
    expect(pooledRate([{ disbursed: 1, plan: null }])).toBeNull();
  });

  it("projects the year end from the previous years' shares at the same month", () => {
    const p = projectYearEnd({
      cumulativeToMonth: 1_000 * B,
      history: [
        { cumulativeToMonth: 300 * B, finalAmount: 1_000 * B },
        { cumulativeToMonth: 250 * B, finalAmount: 1_000 * B },
        { cumulativeToMonth: 350 * B, finalAmount: 1_000 * B },
      ],
    });
    expect(p?.meanShare).toBeCloseTo(0.3);
    expect(p?.projected).toBeCloseTo((1_000 * B) / 0.3);
    expect(projectYearEnd({ cumulativeToMonth: 1, history: [] })).toBeNull();
  });

  it('gives the monthly pace needed for 95% by 31/01 of the next year', () => {
    expect(requiredMonthlyPace({ plan: 1_000 * B, cumulative: 300 * B, month: 6 })).toBeCloseTo(
      (650 * B) / 7,
    );
    expect(requiredMonthlyPace({ plan: 1_000 * B, cumulative: 960 * B, month: 11 })).toBe(0);
    expect(requiredMonthlyPace({ plan: 1_000 * B, cumulative: 900 * B, month: 13 })).toBeCloseTo(
      50 * B,
    );
  });

  it('ranks by rate with ties on plan size', () => {
    const r = rankByRate([
      { id: 'a', disbursed: 50, plan: 100 },
      { id: 'b', disbursed: 100, plan: 200 },
      { id: 'c', disbursed: 90, plan: 100 },
      { id: 'd', disbursed: 5, plan: null },
    ]);
    expect(r.map((x) => [x.id, x.rank])).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', 3],
      ['d', null],
    ]);
  });
});
