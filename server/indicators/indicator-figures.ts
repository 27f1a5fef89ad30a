/**
 * The derived figures of one indicator at one report period — cumulative to
 * date, the target it is judged against, % of target, change against the
 * same period last year, the expected share and the colour — from its
 * approved period values. Pure: the arithmetic is shared/indicators.
 */
import {
  cumulative,
  expectedShare,
  indicatorColour,
  percentOfTarget,
  yearOnYearChange,
  type Aggregation,
  type Colour,
  type ColourThresholds,
  type Direction,
  type PeriodValue,
} from '../../shared/indicators/indicator-math';
import type { TargetKind } from './tables';

/** Ratio indicators are percentages: 100 × Σ numerators ÷ Σ denominators. */
export const RATIO_SCALE = 100;

/** What the figures of one indicator need. */
export interface FigureInput {
  aggregation: Aggregation;
  direction: Direction;
  periodsPerYear: number;
  colourTarget: TargetKind;
  /** How many of the indicator's periods the report period includes (0: none yet). */
  upTo: number;
  /** Approved values of the year, and of the year before. */
  values: readonly (PeriodValue & { estimate: boolean })[];
  lastYear: readonly PeriodValue[];
  /** Yearly targets by kind (absent when not set). */
  targets: Partial<Record<TargetKind, number>>;
  thresholds: ColourThresholds;
}

/** The derived figures (null where there is nothing to compute from). */
export interface Figures {
  cumulative: number | null;
  lastYearCumulative: number | null;
  target: number | null;
  percentOfTarget: number | null;
  yoyChange: number | null;
  expectedShare: number | null;
  proratedTarget: number | null;
  ratio: number | null;
  colour: Colour;
  /** True when an estimate (ước) is among the values counted. */
  includesEstimate: boolean;
}

/** Cumulative to `upTo`, scaled to percent for ratio indicators. */
export function cumulativeOf(
  values: readonly PeriodValue[],
  aggregation: Aggregation,
  upTo: number,
): number | null {
  if (upTo < 1) return null;
  const c = cumulative(values, aggregation, upTo);
  return c === null ? null : aggregation === 'ratio' ? c * RATIO_SCALE : c;
}

/** The figures of one indicator (see {@link FigureInput}). */
export function indicatorFigures(input: FigureInput): Figures {
  const { aggregation, upTo } = input;
  const actual = cumulativeOf(input.values, aggregation, upTo);
  const lastYearCumulative = cumulativeOf(input.lastYear, aggregation, upTo);
  const target = input.targets[input.colourTarget] ?? null;
  // Last year's seasonal share is used only when last year is complete; a partial year would
  // claim its cumulative was the whole.
  const lastYearComplete = new Set(input.lastYear.map((v) => v.index)).size >= input.periodsPerYear;
  const lastYearTotal = lastYearComplete
    ? cumulativeOf(input.lastYear, aggregation, input.periodsPerYear)
    : null;
  const share =
    upTo < 1
      ? null
      : expectedShare({
          index: upTo,
          periodsPerYear: input.periodsPerYear,
          lastYearCumulative: lastYearComplete ? lastYearCumulative : null,
          lastYearTotal,
        });
  const light = indicatorColour({
    actual,
    annualTarget: target,
    expectedShare: share ?? 0,
    direction: input.direction,
    aggregation,
    thresholds: input.thresholds,
  });
  return {
    cumulative: actual,
    lastYearCumulative,
    target,
    percentOfTarget: percentOfTarget(actual, target),
    yoyChange: yearOnYearChange(actual, lastYearCumulative),
    expectedShare: share,
    proratedTarget: light.proratedTarget,
    ratio: light.ratio === null || Number.isFinite(light.ratio) ? light.ratio : null,
    colour: light.colour,
    includesEstimate: input.values.some((v) => v.index <= upTo && v.estimate),
  };
}
