/**
 * Indicator arithmetic: aggregating period values, cumulative to date, share of
 * the annual target, change against the same period last year, and the
 * traffic-light colour. Pure; amounts are plain numbers in the indicator's unit.
 */

/** How values of successive periods combine into a cumulative figure. */
export type Aggregation = 'sum' | 'average' | 'last' | 'ratio';

/** Whether a higher value is good (revenue, exports) or a lower one (poverty rate). */
export type Direction = 'higher_is_better' | 'lower_is_better';

/** A period's value: `numerator`/`denominator` are used by ratio indicators. */
export interface PeriodValue {
  /** Order of the period within the year (month 1–12, quarter 1–4…). */
  index: number;
  value: number;
  numerator?: number;
  denominator?: number;
}

/**
 * The cumulative figure up to and including period `upTo`: the sum, the mean,
 * the last value, or — for ratios — Σ numerators ÷ Σ denominators (never the
 * mean of the ratios). Null when no period has a value.
 */
export function cumulative(
  values: readonly PeriodValue[],
  aggregation: Aggregation,
  upTo: number,
): number | null {
  const upToNow = values.filter((v) => v.index <= upTo).sort((a, b) => a.index - b.index);
  if (upToNow.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return upToNow.reduce((s, v) => s + v.value, 0);
    case 'average':
      return upToNow.reduce((s, v) => s + v.value, 0) / upToNow.length;
    case 'last':
      return upToNow[upToNow.length - 1]?.value ?? null;
    case 'ratio': {
      const num = upToNow.reduce((s, v) => s + (v.numerator ?? 0), 0);
      const den = upToNow.reduce((s, v) => s + (v.denominator ?? 0), 0);
      return den === 0 ? null : num / den;
    }
  }
}

/** Actual as a percentage of the target (đạt X% kế hoạch/dự toán); null without a positive target. */
export function percentOfTarget(actual: number | null, target: number | null): number | null {
  if (actual === null || target === null || target <= 0) return null;
  return (actual / target) * 100;
}

/** Change against the same period last year in percent (tăng/giảm X% so với cùng kỳ); null without a positive base. */
export function yearOnYearChange(current: number | null, lastYear: number | null): number | null {
  if (current === null || lastYear === null || lastYear === 0) return null;
  return ((current - lastYear) / Math.abs(lastYear)) * 100;
}

/**
 * The share of the annual target expected by a period: last year's cumulative
 * share at the same point when known (revenue is seasonal), else linear
 * (index ÷ periods in the year).
 */
export function expectedShare(opts: {
  index: number;
  periodsPerYear: number;
  lastYearCumulative?: number | null;
  lastYearTotal?: number | null;
}): number {
  const { lastYearCumulative, lastYearTotal } = opts;
  if (
    lastYearCumulative !== null &&
    lastYearCumulative !== undefined &&
    lastYearTotal &&
    lastYearTotal > 0
  ) {
    return Math.min(1, Math.max(0, lastYearCumulative / lastYearTotal));
  }
  return Math.min(1, Math.max(0, opts.index / opts.periodsPerYear));
}

export type Colour = 'green' | 'amber' | 'red' | 'grey';

/** Colour thresholds on r (settings; default green ≥ 1, amber ≥ 0,9). */
export interface ColourThresholds {
  green: number;
  amber: number;
}

export const DEFAULT_THRESHOLDS: ColourThresholds = { green: 1, amber: 0.9 };

/**
 * The traffic light: r = cumulative actual ÷ pro-rated target (target ×
 * expected share) for higher-is-better, the inverse for lower-is-better;
 * green r ≥ 1, amber 0,9 ≤ r < 1, red below; grey without a target or a value.
 * For `last`/`average`/`ratio` indicators (levels, not flows), the target is
 * not pro-rated.
 */
export function indicatorColour(opts: {
  actual: number | null;
  annualTarget: number | null;
  expectedShare: number;
  direction: Direction;
  aggregation: Aggregation;
  thresholds?: ColourThresholds;
}): { colour: Colour; ratio: number | null; proratedTarget: number | null } {
  const t = opts.thresholds ?? DEFAULT_THRESHOLDS;
  if (opts.actual === null || opts.annualTarget === null || opts.annualTarget <= 0) {
    return { colour: 'grey', ratio: null, proratedTarget: null };
  }
  const prorated =
    opts.aggregation === 'sum' ? opts.annualTarget * opts.expectedShare : opts.annualTarget;
  if (prorated <= 0) return { colour: 'grey', ratio: null, proratedTarget: prorated };
  let ratio: number;
  if (opts.direction === 'higher_is_better') ratio = opts.actual / prorated;
  else ratio = opts.actual <= 0 ? Number.POSITIVE_INFINITY : prorated / opts.actual;
  const colour: Colour = ratio >= t.green ? 'green' : ratio >= t.amber ? 'amber' : 'red';
  return { colour, ratio, proratedTarget: prorated };
}
