/**
 * Reporting periods (kỳ báo cáo): months, quarters, halves, nine months and
 * years, on two bases.
 *
 * - `calendar`: the calendar period (tháng 5 = 1/5–31/5).
 * - `nd09`: the data window (thời gian chốt số liệu) of Nghị định 09/2019/NĐ-CP:
 *   from the 15th of the month before the period to the 14th of its last
 *   month, so "năm 2023" covers 15/12/2022–14/12/2023. The annual formula is
 *   confirmed by ND 70/2023/NĐ-CP and Khánh Hòa QĐ 01/2023/QĐ-UBND Điều 4; the
 *   second-half window 15/6–14/12 is only "commonly" used [U], hence
 *   {@link PeriodOptions.nd09SecondHalf}. See domain GUIDE §4.
 *
 * Pure: no I/O, usable in the browser.
 */
import {
  addMonths,
  daysInMonth,
  isLocalDate,
  localDate,
  ymd,
  type LocalDate,
} from '../dates/local-date';

/** Kind of reporting period: hằng tháng, hằng quý, 6 tháng, 9 tháng, hằng năm. */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine_months' | 'year';

/** Whether a period means its calendar dates or its ND 09/2019 data window. */
export type PeriodBasis = 'calendar' | 'nd09';

/** One reporting period: index is the month 1–12, quarter 1–4, half 1–2, or 1 for nine_months and year. */
export interface PeriodRef {
  kind: PeriodKind;
  year: number;
  index: number;
}

/** A run of dates, both ends included. */
export interface DateRange {
  from: LocalDate;
  to: LocalDate;
}

/** Choices where the ND 09 windows are not settled. */
export interface PeriodOptions {
  /** Second-half window: 15/6→14/12 (`nd09`, default, [U] in the guide) or 15/6→31/12 (`calendar_end`). */
  nd09SecondHalf?: 'nd09' | 'calendar_end';
}

// Four-digit years keep the machine form ('2023-Q1') fixed-width and sortable.
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const PERIODS_PER_YEAR: Readonly<Record<PeriodKind, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  nine_months: 1,
  year: 1,
};

const KIND_NAMES: Readonly<Record<PeriodKind, string>> = {
  month: 'a month',
  quarter: 'a quarter',
  half: 'a half-year',
  nine_months: 'nine months',
  year: 'a year',
};

/** Null when `p` names a real period, else a reason naming the bad part (kind, year or index). */
export function validatePeriodRef(p: PeriodRef): string | null {
  if (typeof p !== 'object' || p === null)
    return 'period must be an object with kind, year and index';
  if (typeof p.kind !== 'string' || !Object.hasOwn(PERIODS_PER_YEAR, p.kind)) {
    return `kind must be one of ${Object.keys(PERIODS_PER_YEAR).join(', ')} (got ${JSON.stringify(p.kind)})`;
  }
  if (!Number.isInteger(p.year) || p.year < MIN_YEAR || p.year > MAX_YEAR) {
    return `year must be an integer from ${MIN_YEAR} to ${MAX_YEAR} (got ${String(p.year)})`;
  }
  const count = PERIODS_PER_YEAR[p.kind];
  if (!Number.isInteger(p.index) || p.index < 1 || p.index > count) {
    const allowed = count === 1 ? 'must be 1' : `must be 1–${count}`;
    return `index for ${KIND_NAMES[p.kind]} ${allowed} (got ${String(p.index)})`;
  }
  return null;
}

function assertValid(p: PeriodRef): void {
  const reason = validatePeriodRef(p);
  if (reason !== null) throw new RangeError(`Invalid period: ${reason}`);
}

/** First and last calendar month (1–12) a valid period spans. */
function monthSpan(p: PeriodRef): { first: number; last: number } {
  switch (p.kind) {
    case 'month':
      return { first: p.index, last: p.index };
    case 'quarter':
      return { first: 3 * p.index - 2, last: 3 * p.index };
    case 'half':
      return { first: 6 * p.index - 5, last: 6 * p.index };
    case 'nine_months':
      return { first: 1, last: 9 };
    case 'year':
      return { first: 1, last: 12 };
  }
}

/** Calendar dates of a period: month 1st–last day, Q1 1/1–31/3, H1 1/1–30/6, nine months 1/1–30/9, year 1/1–31/12. */
export function calendarRange(p: PeriodRef): DateRange {
  assertValid(p);
  const { first, last } = monthSpan(p);
  return {
    from: localDate(p.year, first, 1),
    to: localDate(p.year, last, daysInMonth(p.year, last)),
  };
}

/**
 * ND 09/2019 data window: 15th of the month before the period → 14th of its
 * last month (month 1/2023: 15/12/2022–14/01/2023; Q1: 15/12/N-1–14/3/N; year:
 * 15/12/N-1–14/12/N). H2 ends 14/12 unless `nd09SecondHalf` is `calendar_end`.
 */
export function nd09Range(p: PeriodRef, opts: PeriodOptions = {}): DateRange {
  assertValid(p);
  const secondHalf = opts.nd09SecondHalf ?? 'nd09';
  if (secondHalf !== 'nd09' && secondHalf !== 'calendar_end') {
    throw new RangeError(
      `nd09SecondHalf must be 'nd09' or 'calendar_end' (got ${String(secondHalf)})`,
    );
  }
  const { first, last } = monthSpan(p);
  const from = addMonths(localDate(p.year, first, 15), -1);
  if (p.kind === 'half' && p.index === 2 && secondHalf === 'calendar_end') {
    return { from, to: localDate(p.year, 12, 31) };
  }
  return { from, to: localDate(p.year, last, 14) };
}

/** The period's range on the chosen basis. */
export function periodRange(p: PeriodRef, basis: PeriodBasis, opts: PeriodOptions = {}): DateRange {
  switch (basis) {
    case 'calendar':
      return calendarRange(p);
    case 'nd09':
      return nd09Range(p, opts);
    default: {
      const unknown: never = basis;
      throw new RangeError(`basis must be 'calendar' or 'nd09' (got ${String(unknown)})`);
    }
  }
}

/**
 * The period of `kind` whose range on `basis` contains `d` (nd09: 20/12/2022 is
 * in month 1/2023, quarter 1/2023 and year 2023). Where windows overlap
 * (H2 with `calendar_end` against next year's H1) the one that ends first wins.
 * Throws RangeError when no period contains `d`: nine-month windows stop at
 * 30/9 (calendar) or 14/9 (nd09).
 */
export function periodContaining(
  d: LocalDate,
  kind: PeriodKind,
  basis: PeriodBasis,
  opts: PeriodOptions = {},
): PeriodRef {
  if (typeof d !== 'string' || !isLocalDate(d)) {
    throw new RangeError(`Not a valid YYYY-MM-DD date: ${String(d)}`);
  }
  if (typeof kind !== 'string' || !Object.hasOwn(PERIODS_PER_YEAR, kind)) {
    throw new RangeError(`Invalid period kind: ${String(kind)}`);
  }
  const { year } = ymd(d);
  // A date in year Y can only fall in a period of year Y or, through a window
  // opening on 15/12, of year Y + 1. Candidates are scanned in end-date order.
  for (const candidateYear of [year, year + 1]) {
    if (candidateYear < MIN_YEAR || candidateYear > MAX_YEAR) continue;
    for (let index = 1; index <= PERIODS_PER_YEAR[kind]; index++) {
      const p: PeriodRef = { kind, year: candidateYear, index };
      const range = periodRange(p, basis, opts);
      if (range.from <= d && d <= range.to) return p;
    }
  }
  throw new RangeError(`${d} falls in no ${kind} period on the ${basis} basis`);
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** Roman numeral for a quarter, as in "quý III/2023". */
function quarterRoman(index: number): string {
  const roman = ROMAN_QUARTERS[index - 1];
  if (roman === undefined) throw new RangeError(`Quarter must be 1–4: ${index}`);
  return roman;
}

/**
 * Vietnamese label: 'tháng 5/2023', 'quý I/2023', '6 tháng đầu năm 2023',
 * '6 tháng cuối năm 2023', '9 tháng năm 2023', 'năm 2023'. Months 1 and 2 are
 * zero-padded ('tháng 01/2023'), following the date rule of ND 30/2020
 * Phụ lục I Phần I.II.4.b that the seed report also uses in short dates.
 */
export function periodLabel(p: PeriodRef): string {
  assertValid(p);
  switch (p.kind) {
    case 'month':
      return `tháng ${p.index <= 2 ? `0${p.index}` : p.index}/${p.year}`;
    case 'quarter':
      return `quý ${quarterRoman(p.index)}/${p.year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'nine_months':
      return `9 tháng năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
  }
}

/**
 * The period a report of `p` announces its priorities for ("nhiệm vụ trọng
 * tâm …"): the next month, quarter or half; after nine months, the fourth
 * quarter; after a year, the next year.
 */
export function followingPeriod(p: PeriodRef): PeriodRef {
  assertValid(p);
  if (p.kind === 'nine_months') return { kind: 'quarter', year: p.year, index: 4 };
  const count = PERIODS_PER_YEAR[p.kind];
  return p.index < count
    ? { kind: p.kind, year: p.year, index: p.index + 1 }
    : { kind: p.kind, year: p.year + 1, index: 1 };
}

const MACHINE_FORM = /^(\d{4})(?:-(?:(\d{2})|Q(\d)|H(\d)|(9M)))?$/;

/** Parses the machine form '2023-05', '2023-Q1', '2023-H1', '2023-9M' or '2023'; null when malformed or out of range. */
export function parsePeriodRef(s: string): PeriodRef | null {
  if (typeof s !== 'string') return null;
  const m = MACHINE_FORM.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  let p: PeriodRef;
  if (m[2] !== undefined) p = { kind: 'month', year, index: Number(m[2]) };
  else if (m[3] !== undefined) p = { kind: 'quarter', year, index: Number(m[3]) };
  else if (m[4] !== undefined) p = { kind: 'half', year, index: Number(m[4]) };
  else if (m[5] !== undefined) p = { kind: 'nine_months', year, index: 1 };
  else p = { kind: 'year', year, index: 1 };
  return validatePeriodRef(p) === null ? p : null;
}

/** The machine form of a period, the inverse of {@link parsePeriodRef}. */
export function formatPeriodRef(p: PeriodRef): string {
  assertValid(p);
  switch (p.kind) {
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'half':
      return `${p.year}-H${p.index}`;
    case 'nine_months':
      return `${p.year}-9M`;
    case 'year':
      return `${p.year}`;
  }
}
