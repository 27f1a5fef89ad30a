/**
 * Rolling disbursement figures up (pure): from (project, source) cells to any
 * grouping, each group's rates on both denominators, rankings on the default
 * one, the monthly curve and the year-end projection. The arithmetic itself
 * lives in shared/investment/disbursement.ts.
 */
import type { LocalDate } from '../../shared/dates/local-date';
import {
  disbursementRate,
  projectYearEnd,
  rankByRate,
  requiredMonthlyPace,
} from '../../shared/investment/disbursement';
import { lastCompleteMonth, PERIOD_MONTHS, periodMonthEnd, periodMonthStart } from './period-rules';
import type { PlanBasis } from './tables';

/** Plan (both denominators) and disbursed amount of one (project, source) line on a date. */
export interface Cell {
  projectId: number;
  sourceId: number;
  planPm: number;
  planLocal: number;
  /** Advances + payments − recovered advances (never counted twice). */
  disbursed: number;
  /** Advances not yet recovered by payments. */
  outstandingAdvances: number;
}

/** Totals of a group with its rates on both denominators (percent, null without a plan). */
export interface Figures {
  planPm: number;
  planLocal: number;
  disbursed: number;
  outstandingAdvances: number;
  ratePm: number | null;
  rateLocal: number | null;
}

/** Σ plan and Σ disbursed over the cells, and the pooled rates (Σ disbursed ÷ Σ plan). */
export function sumFigures(cells: Iterable<Omit<Cell, 'projectId' | 'sourceId'>>): Figures {
  let planPm = 0;
  let planLocal = 0;
  let disbursed = 0;
  let outstandingAdvances = 0;
  for (const c of cells) {
    planPm += c.planPm;
    planLocal += c.planLocal;
    disbursed += c.disbursed;
    outstandingAdvances += c.outstandingAdvances;
  }
  return {
    planPm,
    planLocal,
    disbursed,
    outstandingAdvances,
    ratePm: disbursementRate(disbursed, planPm),
    rateLocal: disbursementRate(disbursed, planLocal),
  };
}

/** The plan on a denominator. */
export function planOn(f: Pick<Figures, 'planPm' | 'planLocal'>, basis: PlanBasis): number {
  return basis === 'pm' ? f.planPm : f.planLocal;
}

/** The rate on a denominator. */
export function rateOn(f: Pick<Figures, 'ratePm' | 'rateLocal'>, basis: PlanBasis): number | null {
  return basis === 'pm' ? f.ratePm : f.rateLocal;
}

/** Groups cells by a key (a cell may belong to several groups, e.g. every ancestor source). */
export function groupCells<K>(
  cells: readonly Cell[],
  keysOf: (c: Cell) => readonly K[],
): Map<K, Figures> {
  const groups = new Map<K, Cell[]>();
  for (const c of cells)
    for (const k of keysOf(c)) {
      const list = groups.get(k);
      if (list) list.push(c);
      else groups.set(k, [c]);
    }
  return new Map([...groups].map(([k, list]) => [k, sumFigures(list)]));
}

/**
 * Rows ranked by their rate on `basis`, highest first (ties: the larger plan
 * first); rows without a plan on that basis come last, unranked.
 */
export function rankOn<T extends Figures>(
  rows: readonly T[],
  basis: PlanBasis,
): Array<T & { rank: number | null }> {
  const ranked = rankByRate(
    rows.map((r) => ({ row: r, disbursed: r.disbursed, plan: planOn(r, basis) || null })),
  );
  return ranked.map((x) => ({ ...x.row, rank: x.rank }));
}

/**
 * Rows whose rate on `basis` is below the pooled average, lowest first, with
 * the gap in percentage points.
 */
export function belowAverage<T extends Figures>(
  rows: readonly T[],
  average: number | null,
  basis: PlanBasis,
): Array<T & { gap: number }> {
  if (average === null) return [];
  return rows
    .filter((r) => {
      const rate = rateOn(r, basis);
      return rate !== null && rate < average;
    })
    .map((r) => ({ ...r, gap: (rateOn(r, basis) ?? 0) - average }))
    .sort((a, b) => a.gap - b.gap);
}

/** One month of the cumulative curve of a plan year. */
export interface CurvePoint {
  /** 1–12, 13 = January of the next year. */
  month: number;
  /** The last day counted: the month's end, or the report date inside the current month. */
  through: LocalDate;
  /** False for a month that has not ended on the report date. */
  complete: boolean;
  /** Disbursed during the month (to `through`). */
  amount: number;
  cumulative: number;
  planPm: number;
  planLocal: number;
  ratePm: number | null;
  rateLocal: number | null;
}

/** The plan totals in effect on a date. */
export type PlanAt = (date: LocalDate) => { pm: number; local: number };

/**
 * The cumulative monthly curve of plan year N on the report date `at`:
 * months not begun are left out; each point's rates use the plan in effect
 * on its last day.
 */
export function buildCurve(opts: {
  year: number;
  at: LocalDate;
  monthly: ReadonlyMap<number, number>;
  planAt: PlanAt;
}): CurvePoint[] {
  const points: CurvePoint[] = [];
  let cumulative = 0;
  for (let m = 1; m <= PERIOD_MONTHS; m += 1) {
    if (periodMonthStart(opts.year, m) > opts.at) break;
    const end = periodMonthEnd(opts.year, m);
    const complete = end <= opts.at;
    const through = complete ? end : opts.at;
    const amount = opts.monthly.get(m) ?? 0;
    cumulative += amount;
    const plan = opts.planAt(through);
    points.push({
      month: m,
      through,
      complete,
      amount,
      cumulative,
      planPm: plan.pm,
      planLocal: plan.local,
      ratePm: disbursementRate(cumulative, plan.pm),
      rateLocal: disbursementRate(cumulative, plan.local),
    });
  }
  return points;
}

/** Cumulative amount through period month m (0 before January). */
export function cumulativeTo(monthly: ReadonlyMap<number, number>, m: number): number {
  let total = 0;
  for (let i = 1; i <= m; i += 1) total += monthly.get(i) ?? 0;
  return total;
}

/** One earlier year the projection learns from. */
export interface ProjectionHistory {
  year: number;
  cumulativeToMonth: number;
  /** Disbursed by 31/01 of the following year. */
  finalAmount: number;
  share: number | null;
}

/** The year-end projection of plan year N (null before January ends or without history). */
export interface Projection {
  /** The last complete period month the projection stands on. */
  basisMonth: number;
  cumulativeToMonth: number;
  history: ProjectionHistory[];
  meanShare: number;
  projected: number;
  projectedRatePm: number | null;
  projectedRateLocal: number | null;
}

/**
 * Projects the amount disbursed by 31/01/N+1: the cumulative amount to the
 * last complete month m divided by the mean, over the previous `years`
 * years that have data, of (cumulative to month m ÷ the total at 31/01 of
 * their next year).
 */
export function projectYear(opts: {
  year: number;
  at: LocalDate;
  monthlyByYear: ReadonlyMap<number, ReadonlyMap<number, number>>;
  plan: { pm: number; local: number };
  years?: number;
}): Projection | null {
  const m = lastCompleteMonth(opts.year, opts.at);
  if (m === 0) return null;
  const current = opts.monthlyByYear.get(opts.year) ?? new Map<number, number>();
  const cumulativeToMonth = cumulativeTo(current, m);
  const history: ProjectionHistory[] = [];
  for (let y = opts.year - 1; y >= opts.year - (opts.years ?? 3); y -= 1) {
    const monthly = opts.monthlyByYear.get(y) ?? new Map<number, number>();
    const finalAmount = cumulativeTo(monthly, PERIOD_MONTHS);
    const upTo = cumulativeTo(monthly, m);
    history.push({
      year: y,
      cumulativeToMonth: upTo,
      finalAmount,
      share: finalAmount > 0 ? upTo / finalAmount : null,
    });
  }
  const p = projectYearEnd({
    cumulativeToMonth,
    history: history.map((h) => ({
      cumulativeToMonth: h.cumulativeToMonth,
      finalAmount: h.finalAmount,
    })),
  });
  if (!p) return null;
  const projected = Math.round(p.projected);
  return {
    basisMonth: m,
    cumulativeToMonth,
    history,
    meanShare: p.meanShare,
    projected,
    projectedRatePm: disbursementRate(projected, opts.plan.pm),
    projectedRateLocal: disbursementRate(projected, opts.plan.local),
  };
}

/** What is still needed per month to reach the target by 31/01/N+1. */
export interface Pace {
  basis: PlanBasis;
  targetRate: number;
  plan: number;
  targetAmount: number;
  cumulative: number;
  remaining: number;
  /** Period months left after the last complete one (January N+1 included). */
  monthsLeft: number;
  perMonth: number;
  deadline: LocalDate;
}

/** The monthly pace needed to reach `targetRate` % of the plan on `basis` by 31/01/N+1. */
export function paceToTarget(opts: {
  year: number;
  at: LocalDate;
  plan: number;
  cumulative: number;
  targetRate: number;
  basis: PlanBasis;
}): Pace {
  const month = lastCompleteMonth(opts.year, opts.at);
  const targetAmount = Math.round((opts.plan * opts.targetRate) / 100);
  return {
    basis: opts.basis,
    targetRate: opts.targetRate,
    plan: opts.plan,
    targetAmount,
    cumulative: opts.cumulative,
    remaining: Math.max(0, targetAmount - opts.cumulative),
    monthsLeft: Math.max(0, PERIOD_MONTHS - month),
    perMonth: Math.round(
      requiredMonthlyPace({
        plan: opts.plan,
        cumulative: opts.cumulative,
        month,
        targetRate: opts.targetRate,
      }),
    ),
    deadline: periodMonthEnd(opts.year, PERIOD_MONTHS),
  };
}
