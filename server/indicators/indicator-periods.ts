/**
 * Periods of indicators: which kind of period each frequency takes, how far a
 * report period reaches into an indicator's own periods, and the Vietnamese
 * spellings of a period an Excel sheet may use ("Tháng 5", "Quý II",
 * "6 tháng đầu năm", "Năm"). Pure.
 */
import {
  formatPeriodRef,
  parsePeriodRef,
  periodLabel,
  type PeriodKind,
  type PeriodRef,
} from '../../shared/periods/periods';
import { viFold } from '../../shared/vi/text';
import type { Frequency } from './tables';

/** The period kind an indicator of this frequency is entered for. */
export const FREQUENCY_KIND: Readonly<Record<Frequency, PeriodKind>> = {
  monthly: 'month',
  quarterly: 'quarter',
  half_yearly: 'half',
  yearly: 'year',
};

/** Periods per year of each frequency. */
export const PERIODS_PER_YEAR: Readonly<Record<Frequency, number>> = {
  monthly: 12,
  quarterly: 4,
  half_yearly: 2,
  yearly: 1,
};

/** "theo tháng", "theo quý"… for messages, in both languages. */
export const FREQUENCY_WORDS: Readonly<Record<Frequency, { vi: string; en: string }>> = {
  monthly: { vi: 'tháng', en: 'month' },
  quarterly: { vi: 'quý', en: 'quarter' },
  half_yearly: { vi: '6 tháng', en: 'half-year' },
  yearly: { vi: 'năm', en: 'year' },
};

/** The last calendar month (1–12) a report period covers: June for '2023-06', '2023-Q2' and '2023-H1'. */
export function lastMonthOf(p: PeriodRef): number {
  switch (p.kind) {
    case 'month':
      return p.index;
    case 'quarter':
      return 3 * p.index;
    case 'half':
      return 6 * p.index;
    case 'nine_months':
      return 9;
    case 'year':
      return 12;
  }
}

/**
 * How many of an indicator's own periods a report period reaching month
 * `lastMonth` includes: to June, a monthly indicator has 6, a quarterly 2, a
 * half-yearly 1 and a yearly one 0.
 */
export function periodsUpTo(frequency: Frequency, lastMonth: number): number {
  return Math.floor((lastMonth * PERIODS_PER_YEAR[frequency]) / 12);
}

/** An indicator's own period by index (`{ kind: 'quarter', year: 2023, index: 2 }`). */
export function indicatorPeriod(frequency: Frequency, year: number, index: number): PeriodRef {
  return { kind: FREQUENCY_KIND[frequency], year, index };
}

/** The period's machine form and Vietnamese label. */
export function describePeriod(p: PeriodRef): { period: string; label: string } {
  return { period: formatPeriodRef(p), label: periodLabel(p) };
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Reads the "Kỳ" of an import row for year `year`: a bare number means the
 * indicator's own kind (5 → tháng 5 of a monthly indicator); otherwise
 * "Tháng 5", "T5", "Quý II", "Q2", "6 tháng đầu năm", "6 tháng cuối năm",
 * "H1", "Năm", "Cả năm", or a machine form '2023-05'. Empty means the year
 * for yearly indicators. Null when it names no period.
 */
export function parsePeriodCell(
  text: string | number | null,
  year: number,
  frequency: Frequency,
): PeriodRef | null {
  const kind = FREQUENCY_KIND[frequency];
  const valid = (p: PeriodRef): PeriodRef | null => {
    const max = p.kind === 'month' ? 12 : p.kind === 'quarter' ? 4 : p.kind === 'half' ? 2 : 1;
    return Number.isInteger(p.index) && p.index >= 1 && p.index <= max ? p : null;
  };
  if (text === null || (typeof text === 'string' && text.trim() === '')) {
    return kind === 'year' ? { kind: 'year', year, index: 1 } : null;
  }
  if (typeof text === 'number') return valid({ kind, year, index: text });
  const machine = parsePeriodRef(text.trim());
  if (machine) return machine;
  const f = viFold(text).replace(/\s+/g, ' ').trim();
  let m: RegExpExecArray | null;
  if (/^\d{1,2}$/.test(f)) return valid({ kind, year, index: Number(f) });
  if ((m = /^(?:thang|t) ?(\d{1,2})$/.exec(f)))
    return valid({ kind: 'month', year, index: Number(m[1]) });
  if ((m = /^(?:quy|q) ?(\d|i{1,3}|iv)$/.exec(f)))
    return valid({ kind: 'quarter', year, index: ROMAN[m[1] ?? ''] ?? Number(m[1]) });
  if (/^6 thang dau nam$|^h1$/.test(f)) return { kind: 'half', year, index: 1 };
  if (/^6 thang cuoi nam$|^h2$/.test(f)) return { kind: 'half', year, index: 2 };
  if (/^9 thang$/.test(f)) return { kind: 'nine_months', year, index: 1 };
  if (/^(?:ca )?nam$/.test(f)) return { kind: 'year', year, index: 1 };
  return null;
}
