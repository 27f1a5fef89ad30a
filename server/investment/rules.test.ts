import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextReportingDates } from './reporting-rules';
import { lastCompleteMonth, periodMonth, periodMonthEnd } from './period-rules';
import { belowAverage, buildCurve, rankOn, sumFigures } from './rollup-rules';

describe('ND 40/2020 reporting dates', () => {
  it('on 10/7/2023 the Q2 and half-year reports are due that day, the monthly one on the 15th', () => {
    const dates = nextReportingDates('2023-07-10');
    expect(dates.map((d) => [d.kind, d.dueOn, d.daysLeft])).toEqual([
      ['quarterly', '2023-07-10', 0],
      ['half_year', '2023-07-10', 0],
      ['monthly', '2023-07-15', 5],
      ['year', '2024-02-28', 233],
    ]);
    expect(dates[0]?.covers).toEqual({ from: '2023-04-01', to: '2023-06-30' });
    expect(dates[0]?.title).toContain('quý II/2023');
    expect(dates[1]?.covers).toEqual({ from: '2023-01-01', to: '2023-06-30' });
    expect(dates[2]?.covers).toEqual({ from: '2023-06-01', to: '2023-06-30' });
    expect(dates[3]).toMatchObject({
      planYear: 2023,
      covers: { from: '2023-01-01', to: '2024-01-31' },
    });
  });

  it('moves on once a date has passed, across the year end', () => {
    expect(nextReportingDates('2023-07-16').map((d) => [d.kind, d.dueOn])).toEqual([
      ['monthly', '2023-08-15'],
      ['quarterly', '2023-10-10'],
      ['year', '2024-02-28'],
      ['half_year', '2024-07-10'],
    ]);
    const december = nextReportingDates('2023-12-20');
    expect(december.find((d) => d.kind === 'quarterly')).toMatchObject({
      dueOn: '2024-01-10',
      planYear: 2023,
      covers: { from: '2023-10-01', to: '2023-12-31' },
    });
    expect(december.find((d) => d.kind === 'monthly')).toMatchObject({
      dueOn: '2024-01-15',
      covers: { from: '2023-12-01', to: '2023-12-31' },
    });
    expect(nextReportingDates('2024-02-28').find((d) => d.kind === 'year')?.planYear).toBe(2023);
    expect(nextReportingDates('2024-02-29').find((d) => d.kind === 'year')).toMatchObject({
      planYear: 2024,
      dueOn: '2025-02-28',
    });
  });
});

describe('the plan period', () => {
  it('runs from 01/01/N to 31/01/N+1, January N+1 being month 13', () => {
    expect(periodMonth(2023, '2023-01-01')).toBe(1);
    expect(periodMonth(2023, '2023-12-31')).toBe(12);
    expect(periodMonth(2023, '2024-01-31')).toBe(13);
    expect(periodMonth(2023, '2024-02-01')).toBeNull();
    expect(periodMonth(2023, '2022-12-31')).toBeNull();
    expect(periodMonthEnd(2024, 2)).toBe('2024-02-29');
  });

  it('knows the last complete month of a report date', () => {
    expect(lastCompleteMonth(2023, '2023-01-30')).toBe(0);
    expect(lastCompleteMonth(2023, '2023-01-31')).toBe(1);
    expect(lastCompleteMonth(2023, '2023-07-10')).toBe(6);
    expect(lastCompleteMonth(2023, '2023-06-30')).toBe(6);
    expect(lastCompleteMonth(2023, '2024-01-30')).toBe(12);
    expect(lastCompleteMonth(2023, '2025-05-01')).toBe(13);
  });
});

describe('roll-ups', () => {
  const f = (planPm: number, disbursed: number, planLocal = planPm) => ({
    ...sumFigures([{ planPm, planLocal, disbursed, outstandingAdvances: 0 }]),
  });

  it('the pooled rate of groups lies between the lowest and the highest group rate', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            plan: fc.integer({ min: 1, max: 1e12 }),
            share: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (groups) => {
          const rows = groups.map((g) => f(g.plan, Math.round(g.plan * g.share)));
          const total = sumFigures(rows.map((r) => ({ ...r, outstandingAdvances: 0 })));
          const rates = rows.map((r) => r.ratePm ?? 0);
          expect(total.ratePm ?? 0).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-9);
          expect(total.ratePm ?? 0).toBeLessThanOrEqual(Math.max(...rates) + 1e-9);
        },
      ),
    );
  });

  it('ranks on the chosen denominator and flags the rows below the average', () => {
    const rows = [
      { name: 'a', ...f(100, 50, 200) }, // 50 % / 25 %
      { name: 'b', ...f(100, 40, 100) }, // 40 % / 40 %
      { name: 'c', ...f(0, 0, 0) },
    ];
    expect(rankOn(rows, 'pm').map((r) => [r.name, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', null],
    ]);
    expect(rankOn(rows, 'local').map((r) => [r.name, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', null],
    ]);
    expect(belowAverage(rows, 45, 'pm').map((r) => [r.name, r.gap])).toEqual([['b', -5]]);
    expect(belowAverage(rows, null, 'pm')).toEqual([]);
  });

  it('leaves months not begun out of the curve and uses the plan of each month’s last day', () => {
    const points = buildCurve({
      year: 2023,
      at: '2023-03-05',
      monthly: new Map([
        [1, 10],
        [3, 5],
      ]),
      planAt: (d) => (d < '2023-02-15' ? { pm: 100, local: 100 } : { pm: 50, local: 100 }),
    });
    expect(points.map((p) => [p.month, p.cumulative, p.complete, p.ratePm])).toEqual([
      [1, 10, true, 10],
      [2, 10, true, 20],
      [3, 15, false, 30],
    ]);
  });
});
