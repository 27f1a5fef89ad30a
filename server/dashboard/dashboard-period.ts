/**
 * The period a dashboard looks at: the current month, the year to date, or a
 * reporting period (ND 09/2019 data window or calendar dates), seen as of the
 * product's today — a period not yet ended is cut at today.
 */
import { AppError } from '../platform/errors';
import {
  addDays,
  addMonths,
  localDate,
  minDate,
  ymd,
  type LocalDate,
} from '../../shared/dates/local-date';
import {
  parsePeriodRef,
  periodLabel,
  periodRange,
  type PeriodBasis,
} from '../../shared/periods/periods';

/** The shortcuts of the period picker besides a machine-form period. */
export const DASHBOARD_PERIOD_SHORTCUTS = ['month', 'ytd'] as const;

/** The resolved period. */
export interface DashboardPeriod {
  /** As asked: `month`, `ytd` or a machine form (`2023-Q2`). */
  key: string;
  basis: PeriodBasis;
  label: string;
  from: LocalDate;
  to: LocalDate;
  /** The date figures are taken on: the period's end, or today if it has not ended. */
  asOf: LocalDate;
}

/** Resolves `period` (and the basis of a machine-form period) on `today`; DASHBOARD_PERIOD_INVALID names the field. */
export function resolveDashboardPeriod(
  period: string,
  basis: PeriodBasis,
  today: LocalDate,
): DashboardPeriod {
  const { year, month } = ymd(today);
  if (period === 'month') {
    const from = localDate(year, month, 1);
    return {
      key: period,
      basis: 'calendar',
      label: `tháng ${month <= 2 ? `0${month}` : month}/${year}`,
      from,
      to: today,
      asOf: today,
    };
  }
  if (period === 'ytd') {
    return {
      key: period,
      basis: 'calendar',
      label: `từ đầu năm ${year} đến nay`,
      from: localDate(year, 1, 1),
      to: today,
      asOf: today,
    };
  }
  const ref = parsePeriodRef(period);
  if (!ref)
    throw new AppError('DASHBOARD_PERIOD_INVALID', {
      field: 'period',
      params: { value: period, reason: 'không đọc được' },
    });
  const range = periodRange(ref, basis);
  if (range.from > today)
    throw new AppError('DASHBOARD_PERIOD_INVALID', {
      field: 'period',
      params: { value: period, reason: 'kỳ chưa bắt đầu' },
    });
  return {
    key: period,
    basis,
    label: periodLabel(ref),
    from: range.from,
    to: range.to,
    asOf: minDate(range.to, today),
  };
}

/**
 * The month ends at which the task trend is taken: each month end of the
 * period up to its as-of date (the as-of date itself last); for a period
 * within one month, the month ends of its year so far.
 */
export function trendDates(p: DashboardPeriod): LocalDate[] {
  const start = p.from.slice(0, 7) === p.asOf.slice(0, 7) ? `${p.asOf.slice(0, 4)}-01-01` : p.from;
  const out: LocalDate[] = [];
  for (let m = `${start.slice(0, 7)}-01`; m <= p.asOf; m = addMonths(m, 1)) {
    const end = addDays(addMonths(m, 1), -1);
    out.push(minDate(end, p.asOf));
  }
  return out;
}
