/**
 * The calendar of a yearly capital plan (pure). Luật Đầu tư công 2019 Điều 68
 * khoản 2: the plan of year N is executed and disbursed until 31/01/N+1, so a
 * disbursement dated in January N+1 counts for plan year N — the 13th month
 * of its plan period.
 */
import { daysInMonth, localDate, type LocalDate } from '../../shared/dates/local-date';

/** Months of a plan period: 1–12 of year N, then 13 = January of N+1. */
export const PERIOD_MONTHS = 13;

/** The disbursement period of plan year N: 01/01/N – 31/01/N+1. */
export function disbursementPeriod(year: number): { from: LocalDate; to: LocalDate } {
  return { from: localDate(year, 1, 1), to: localDate(year + 1, 1, 31) };
}

/**
 * When a plan line of year N may be assigned or adjusted: from 01/01/N-1 (plans
 * are allocated before 31/12 of N-1, ND 40/2020 Điều 44) to the end of its
 * disbursement period.
 */
export function planAssignmentWindow(year: number): { from: LocalDate; to: LocalDate } {
  return { from: localDate(year - 1, 1, 1), to: disbursementPeriod(year).to };
}

/** The period month (1–13) of a payment date for plan year N, or null outside the period. */
export function periodMonth(year: number, paidOn: LocalDate): number | null {
  const { from, to } = disbursementPeriod(year);
  if (paidOn < from || paidOn > to) return null;
  const y = Number(paidOn.slice(0, 4));
  const m = Number(paidOn.slice(5, 7));
  return y === year ? m : 13;
}

/** First day of period month m (1–13) of plan year N. */
export function periodMonthStart(year: number, month: number): LocalDate {
  return month === 13 ? localDate(year + 1, 1, 1) : localDate(year, month, 1);
}

/** Last day of period month m (1–13) of plan year N. */
export function periodMonthEnd(year: number, month: number): LocalDate {
  return month === 13
    ? localDate(year + 1, 1, 31)
    : localDate(year, month, daysInMonth(year, month));
}

/**
 * The last period month of plan year N that is complete on `at` (0 when even
 * January is not over; 13 once the period has ended).
 */
export function lastCompleteMonth(year: number, at: LocalDate): number {
  let m = 0;
  while (m < PERIOD_MONTHS && periodMonthEnd(year, m + 1) <= at) m += 1;
  return m;
}
