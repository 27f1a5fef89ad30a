/**
 * Pure rules of the periodic-report regime (chế độ báo cáo định kỳ, ND 09/2019;
 * domain GUIDE §4): the data window a request covers, the sending deadline in
 * working days, a request's status and the per-unit timeliness figures. No I/O.
 */
import {
  addMonths,
  daysInMonth,
  localDate,
  ymd,
  type LocalDate,
} from '../../shared/dates/local-date';
import type { WorkingCalendar } from '../../shared/calendar/working-days';
import {
  periodRange,
  type DateRange,
  type PeriodBasis,
  type PeriodRef,
} from '../../shared/periods/periods';
import type { DeadlineRule } from './tables';

/** The dates a unit's report covers: the ND 09 data window or the calendar period. */
export function requestWindow(period: PeriodRef, basis: PeriodBasis): DateRange {
  return periodRange(period, basis);
}

/** Null when the deadline rule is usable, else the reason (for the `deadlineValue` field). */
export function validateDeadlineRule(rule: DeadlineRule, value: number): string | null {
  if (!Number.isInteger(value)) return 'phải là số nguyên';
  switch (rule) {
    case 'working_days_after':
      return value >= 0 && value <= 60 ? null : 'số ngày làm việc phải từ 0 đến 60';
    case 'day_of_month':
      return value >= 1 && value <= 31 ? null : 'ngày trong tháng phải từ 1 đến 31';
  }
}

/**
 * Thời hạn gửi báo cáo. `working_days_after`: N working days after the window
 * closes, the closing day not counted (Khánh Hòa QĐ 01/2023: "02 ngày làm việc
 * sau ngày chốt số liệu"), so a window closing before a holiday moves the
 * deadline past it. `day_of_month`: the first day D of a month after the
 * close (clamped to short months); when it is not a working day the time
 * limit ends on the next working day (BLDS 2015 Điều 148 khoản 5).
 */
export function sendingDeadline(
  cal: WorkingCalendar,
  windowTo: LocalDate,
  rule: DeadlineRule,
  value: number,
): LocalDate {
  switch (rule) {
    case 'working_days_after':
      return cal.addWorkingDays(windowTo, value);
    case 'day_of_month': {
      const close = ymd(windowTo);
      const sameMonth = localDate(
        close.year,
        close.month,
        Math.min(value, daysInMonth(close.year, close.month)),
      );
      if (sameMonth > windowTo) return cal.onOrAfter(sameMonth);
      const next = ymd(addMonths(localDate(close.year, close.month, 1), 1));
      return cal.onOrAfter(
        localDate(next.year, next.month, Math.min(value, daysInMonth(next.year, next.month))),
      );
    }
  }
}

/** Where a request stands: waiting (deadline not passed), overdue, received on time or late. */
export type RequestStatus = 'pending' | 'overdue' | 'on_time' | 'late';

/** The status of a request on `today`: a deadline D is overdue from D + 1. */
export function requestStatus(
  r: { deadline: LocalDate; receivedOn: LocalDate | null },
  today: LocalDate,
): RequestStatus {
  if (r.receivedOn !== null) return r.receivedOn <= r.deadline ? 'on_time' : 'late';
  return today > r.deadline ? 'overdue' : 'pending';
}

/**
 * One unit's timeliness (chấp hành chế độ báo cáo) over the requests whose
 * deadline fell in a range: `due` counts the requests decided by `today`
 * (received, or deadline passed); `onTime + late + missing = due`; `lateDays`
 * sums the working days past the deadline of the late reports; `pending`
 * requests (deadline not yet passed, nothing received) are outside `due`;
 * `rate` = onTime ÷ due, null when nothing was due.
 */
export interface TimelinessFigures {
  due: number;
  onTime: number;
  late: number;
  lateDays: number;
  missing: number;
  pending: number;
  rate: number | null;
}

/** Tallies the figures of one unit's requests. */
export function tallyTimeliness(
  cal: WorkingCalendar,
  requests: ReadonlyArray<{ deadline: LocalDate; receivedOn: LocalDate | null }>,
  today: LocalDate,
): TimelinessFigures {
  const f = { due: 0, onTime: 0, late: 0, lateDays: 0, missing: 0, pending: 0 };
  for (const r of requests) {
    const status = requestStatus(r, today);
    switch (status) {
      case 'pending':
        f.pending += 1;
        continue;
      case 'on_time':
        f.onTime += 1;
        break;
      case 'late':
        f.late += 1;
        f.lateDays += cal.countWorkingDays(r.deadline, r.receivedOn ?? r.deadline);
        break;
      case 'overdue':
        f.missing += 1;
        break;
    }
    f.due += 1;
  }
  return { ...f, rate: f.due === 0 ? null : f.onTime / f.due };
}
