/**
 * How the indicator pages write figures and periods: numbers in Vietnamese
 * notation (`4.923,6`, `41,9%`), changes in words (`tăng 15,7%`), the
 * periods a table or a figure can be about (only periods already begun at
 * the product's today), and the curves of the detail chart. Pure.
 */
import {
  cumulative,
  expectedShare,
  type PeriodValue,
} from '../../shared/indicators/indicator-math';
import {
  calendarRange,
  formatPeriodRef,
  parsePeriodRef,
  periodLabel,
  type PeriodKind,
  type PeriodRef,
} from '../../shared/periods/periods';
import { formatNumber, formatPercent } from '../../shared/vi/number';
import type { Lang } from '../platform/i18n';
import type { Aggregation, Direction, Frequency, ValueView } from './api';

/** A figure in the indicator's unit, at most `decimals` places; a dash for null. */
export function formatFigure(n: number | null | undefined, lang: Lang, decimals = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return lang === 'vi'
    ? formatNumber(n, { decimals })
    : new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals }).format(n);
}

/** A percentage given in percent units (`41.86` → `41,9%`); a dash for null. */
export function formatPercentage(n: number | null | undefined, lang: Lang, decimals = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return lang === 'vi' ? formatPercent(n, { decimals }) : `${n.toFixed(decimals)}%`;
}

/** A change against last year in words: `tăng 15,7%`, `giảm 6,7%`, `bằng cùng kỳ`. */
export function formatChange(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const size = formatPercentage(Math.abs(n), lang);
  if (Math.abs(n) < 0.05) return lang === 'vi' ? 'bằng cùng kỳ' : 'same as last year';
  if (lang === 'vi') return `${n > 0 ? 'tăng' : 'giảm'} ${size}`;
  return `${n > 0 ? 'up' : 'down'} ${size}`;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How a period reads: `tháng 6/2023`, `quý II/2023` (English: `June 2023`, `Q2 2023`). */
export function labelOfPeriod(period: string | PeriodRef, lang: Lang): string {
  const p = typeof period === 'string' ? parsePeriodRef(period) : period;
  if (!p) return typeof period === 'string' ? period : '';
  if (lang === 'vi') return periodLabel(p);
  switch (p.kind) {
    case 'month':
      return `${EN_MONTHS[p.index - 1] ?? p.index} ${p.year}`;
    case 'quarter':
      return `Q${p.index} ${p.year}`;
    case 'half':
      return `${p.index === 1 ? 'First' : 'Second'} half of ${p.year}`;
    case 'nine_months':
      return `Nine months of ${p.year}`;
    case 'year':
      return `Year ${p.year}`;
  }
}

/** The kind of period each frequency reports in. */
export const FREQUENCY_KIND: Record<Frequency, PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  half_yearly: 'half',
  yearly: 'year',
};

const COUNTS: Record<PeriodKind, number> = {
  month: 12,
  quarter: 4,
  half: 2,
  nine_months: 1,
  year: 1,
};

/** Periods of a kind in a year, in order. */
function periodsOf(kind: PeriodKind, year: number): PeriodRef[] {
  return Array.from({ length: COUNTS[kind] }, (_, i) => ({ kind, year, index: i + 1 }));
}

/** The last month that has ended by `today` ('2023-07-10' → '2023-06'): the table's default. */
export function lastEndedMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Report periods of a year a table can show (begun by `today`), grouped by kind. */
export function reportPeriods(
  year: number,
  today: string,
): Array<{ kind: PeriodKind; periods: string[] }> {
  const kinds: PeriodKind[] = ['month', 'quarter', 'half', 'nine_months', 'year'];
  return kinds
    .map((kind) => ({
      kind,
      periods: periodsOf(kind, year)
        .filter((p) => calendarRange(p).from <= today)
        .map(formatPeriodRef),
    }))
    .filter((g) => g.periods.length > 0);
}

/**
 * The periods a figure can be entered for (this year's and last year's
 * periods of the indicator's kind already begun), newest first.
 */
export function entryPeriods(frequency: Frequency, today: string): string[] {
  const year = Number(today.slice(0, 4));
  const kind = FREQUENCY_KIND[frequency];
  return [...periodsOf(kind, year - 1), ...periodsOf(kind, year)]
    .filter((p) => calendarRange(p).from <= today)
    .map(formatPeriodRef)
    .reverse();
}

/** The period a figure is most likely entered for: the last one ended, else the current one. */
export function defaultEntryPeriod(frequency: Frequency, today: string): string | undefined {
  const options = entryPeriods(frequency, today);
  const ended = options.find((s) => {
    const p = parsePeriodRef(s);
    return p !== null && calendarRange(p).to < today;
  });
  return ended ?? options[0];
}

/** The counting figures of a year as PeriodValues (approved revisions only). */
export function countingValues(values: readonly ValueView[]): PeriodValue[] {
  return values
    .filter((v) => v.status === 'approved')
    .map((v) => ({
      index: parsePeriodRef(v.period)?.index ?? 0,
      value: v.value,
      ...(v.numerator !== null ? { numerator: v.numerator } : {}),
      ...(v.denominator !== null ? { denominator: v.denominator } : {}),
    }));
}

/** The three curves of the detail chart, one point per period of the year. */
export interface Curves {
  periods: PeriodRef[];
  thisYear: Array<number | null>;
  lastYear: Array<number | null>;
  target: Array<number | null>;
}

/**
 * Cumulative to each period this year and last year, and the target
 * pro-rated by last year's cumulative share (linear without a full last
 * year); levels (average, last value, ratio) are compared with the whole
 * target, as the server colours them.
 */
export function detailCurves(opts: {
  frequency: Frequency;
  aggregation: Aggregation;
  direction: Direction;
  year: number;
  thisYear: readonly PeriodValue[];
  lastYear: readonly PeriodValue[];
  annualTarget: number | null;
}): Curves {
  const kind = FREQUENCY_KIND[opts.frequency];
  const periods = periodsOf(kind, opts.year);
  const n = periods.length;
  const lastThis = Math.max(0, ...opts.thisYear.map((v) => v.index));
  const lastYearTotal = cumulative(opts.lastYear, opts.aggregation, n);
  const lastYearComplete = opts.lastYear.some((v) => v.index === n);
  const flow = opts.aggregation === 'sum';
  return {
    periods,
    thisYear: periods.map((p) =>
      p.index <= lastThis ? cumulative(opts.thisYear, opts.aggregation, p.index) : null,
    ),
    lastYear: periods.map((p) => cumulative(opts.lastYear, opts.aggregation, p.index)),
    target: periods.map((p) => {
      if (opts.annualTarget === null) return null;
      if (!flow) return opts.annualTarget;
      const share = expectedShare({
        index: p.index,
        periodsPerYear: n,
        ...(lastYearComplete
          ? {
              lastYearCumulative: cumulative(opts.lastYear, opts.aggregation, p.index),
              lastYearTotal,
            }
          : {}),
      });
      return opts.annualTarget * share;
    }),
  };
}
