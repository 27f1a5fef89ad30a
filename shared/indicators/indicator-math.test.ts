import { describe, expect, it } from 'vitest';
import {
  cumulative,
  expectedShare,
  indicatorColour,
  percentOfTarget,
  yearOnYearChange,
} from './indicator-math';

describe('indicator arithmetic', () => {
  const months = [
    { index: 1, value: 100, numerator: 10, denominator: 100 },
    { index: 2, value: 200, numerator: 30, denominator: 100 },
    { index: 3, value: 300, numerator: 60, denominator: 200 },
  ];
  it.each([
    ['sum', 3, 600],
    ['sum', 2, 300],
    ['average', 3, 200],
    ['last', 2, 200],
    ['ratio', 3, 100 / 400],
  ] as const)('cumulative %s up to %i', (agg, upTo, expected) => {
    expect(cumulative(months, agg, upTo)).toBeCloseTo(expected);
  });
  it('has no cumulative before the first value', () => {
    expect(cumulative(months, 'sum', 0)).toBeNull();
    expect(
      cumulative([{ index: 1, value: 1, numerator: 0, denominator: 0 }], 'ratio', 1),
    ).toBeNull();
  });
  it('gives the share of target and the year-on-year change', () => {
    expect(percentOfTarget(4500, 12000)).toBeCloseTo(37.5);
    expect(percentOfTarget(10, 0)).toBeNull();
    expect(yearOnYearChange(900, 1000)).toBeCloseTo(-10);
    expect(yearOnYearChange(1100, 1000)).toBeCloseTo(10);
    expect(yearOnYearChange(5, 0)).toBeNull();
  });
  it("uses last year's seasonality for the expected share, else linear", () => {
    expect(
      expectedShare({
        index: 6,
        periodsPerYear: 12,
        lastYearCumulative: 4000,
        lastYearTotal: 10000,
      }),
    ).toBeCloseTo(0.4);
    expect(expectedShare({ index: 6, periodsPerYear: 12 })).toBeCloseTo(0.5);
    expect(
      expectedShare({ index: 6, periodsPerYear: 12, lastYearCumulative: 4000, lastYearTotal: 0 }),
    ).toBeCloseTo(0.5);
  });
  it.each([
    // actual, target, share, direction, colour
    [500, 1000, 0.5, 'higher_is_better', 'green'],
    [450, 1000, 0.5, 'higher_is_better', 'amber'],
    [449, 1000, 0.5, 'higher_is_better', 'red'],
    [500, 1000, 0.5, 'lower_is_better', 'green'],
    [555, 1000, 0.5, 'lower_is_better', 'amber'],
    [560, 1000, 0.5, 'lower_is_better', 'red'],
    [null, 1000, 0.5, 'higher_is_better', 'grey'],
    [500, null, 0.5, 'higher_is_better', 'grey'],
  ] as const)(
    'colour of %s against %s × %s (%s) is %s',
    (actual, target, share, direction, colour) => {
      expect(
        indicatorColour({
          actual,
          annualTarget: target,
          expectedShare: share,
          direction,
          aggregation: 'sum',
        }).colour,
      ).toBe(colour);
    },
  );
  it('does not pro-rate levels and honours thresholds', () => {
    expect(
      indicatorColour({
        actual: 95,
        annualTarget: 100,
        expectedShare: 0.5,
        direction: 'higher_is_better',
        aggregation: 'last',
      }).colour,
    ).toBe('amber');
    expect(
      indicatorColour({
        actual: 95,
        annualTarget: 100,
        expectedShare: 0.5,
        direction: 'higher_is_better',
        aggregation: 'last',
        thresholds: { green: 0.95, amber: 0.8 },
      }).colour,
    ).toBe('green');
  });
});
