/**
 * Recurrence of periodic duties (báo cáo hằng tháng, hằng quý…): the rule and
 * the deadlines it generates. A deadline falling on a non-working day moves
 * to the previous working day (a setting; the report is due before the day
 * off, not after it).
 */
import {
  daysInMonth,
  isoWeekday,
  localDate,
  ymd,
  addDays,
  type LocalDate,
} from '../dates/local-date';

export type Recurrence =
  /** Every month on `day` (1–31; 31 means the month's last day when shorter; -1 = last day). */
  | { freq: 'monthly'; day: number; interval?: number }
  /** Every quarter, in month `monthOfQuarter` (1–3) of the quarter, on `day`. */
  | { freq: 'quarterly'; monthOfQuarter: number; day: number }
  /** Every half-year, in month `monthOfHalf` (1–6), on `day`. */
  | { freq: 'half_yearly'; monthOfHalf: number; day: number }
  /** Every year on `day` of `month`. */
  | { freq: 'yearly'; month: number; day: number }
  /** Every week on ISO weekday `weekday` (1 = Monday). */
  | { freq: 'weekly'; weekday: number };

/** Why a rule is invalid, or null. */
export function validateRecurrence(r: Recurrence): string | null {
  const dayOk = (d: number) => Number.isInteger(d) && ((d >= 1 && d <= 31) || d === -1);
  switch (r.freq) {
    case 'monthly':
      if (!dayOk(r.day)) return 'ngày trong tháng phải từ 1 đến 31 (hoặc -1: ngày cuối tháng)';
      if (
        r.interval !== undefined &&
        (!Number.isInteger(r.interval) || r.interval < 1 || r.interval > 12)
      )
        return 'chu kỳ tháng từ 1 đến 12';
      return null;
    case 'quarterly':
      if (!Number.isInteger(r.monthOfQuarter) || r.monthOfQuarter < 1 || r.monthOfQuarter > 3)
        return 'tháng trong quý từ 1 đến 3';
      return dayOk(r.day) ? null : 'ngày trong tháng phải từ 1 đến 31 (hoặc -1)';
    case 'half_yearly':
      if (!Number.isInteger(r.monthOfHalf) || r.monthOfHalf < 1 || r.monthOfHalf > 6)
        return 'tháng trong 6 tháng từ 1 đến 6';
      return dayOk(r.day) ? null : 'ngày trong tháng phải từ 1 đến 31 (hoặc -1)';
    case 'yearly':
      if (!Number.isInteger(r.month) || r.month < 1 || r.month > 12) return 'tháng từ 1 đến 12';
      return dayOk(r.day) ? null : 'ngày trong tháng phải từ 1 đến 31 (hoặc -1)';
    case 'weekly':
      return Number.isInteger(r.weekday) && r.weekday >= 1 && r.weekday <= 7
        ? null
        : 'thứ trong tuần từ 1 (thứ Hai) đến 7 (Chủ nhật)';
  }
}

function dayIn(year: number, month: number, day: number): LocalDate {
  const last = daysInMonth(year, month);
  return localDate(year, month, day === -1 ? last : Math.min(day, last));
}

/** Nominal occurrence dates (before any working-day move) on or after `from`, `count` of them. */
export function nominalOccurrences(r: Recurrence, from: LocalDate, count: number): LocalDate[] {
  const out: LocalDate[] = [];
  const start = ymd(from);
  if (r.freq === 'weekly') {
    let d = addDays(from, (r.weekday - isoWeekday(from) + 7) % 7);
    while (out.length < count) {
      out.push(d);
      d = addDays(d, 7);
    }
    return out;
  }
  const step =
    r.freq === 'monthly'
      ? (r.interval ?? 1)
      : r.freq === 'quarterly'
        ? 3
        : r.freq === 'half_yearly'
          ? 6
          : 12;
  const offset =
    r.freq === 'monthly'
      ? 0
      : r.freq === 'quarterly'
        ? r.monthOfQuarter - 1
        : r.freq === 'half_yearly'
          ? r.monthOfHalf - 1
          : r.month - 1;
  // First period whose occurrence is on or after `from`.
  let index =
    r.freq === 'monthly'
      ? start.year * 12 + start.month - 1
      : Math.floor((start.year * 12 + start.month - 1) / step) * step + offset;
  if (r.freq === 'yearly') index = start.year * 12 + offset;
  for (let guard = 0; out.length < count && guard < count * 2 + 24; guard += 1) {
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const d = dayIn(y, m, r.day);
    if (d >= from) out.push(d);
    index += step;
  }
  return out;
}

/**
 * The next `count` deadlines of a periodic duty from `from`: nominal dates,
 * each moved to the previous working day when `isWorkingDay` says it is not
 * one and `moveToPreviousWorkingDay` is on (default).
 */
export function recurrenceDeadlines(
  r: Recurrence,
  from: LocalDate,
  count: number,
  opts: { isWorkingDay?: (d: LocalDate) => boolean; moveToPreviousWorkingDay?: boolean } = {},
): LocalDate[] {
  const move = opts.moveToPreviousWorkingDay ?? true;
  const isWorking = opts.isWorkingDay;
  return nominalOccurrences(r, from, count).map((d) => {
    if (!move || !isWorking) return d;
    let x = d;
    for (let i = 0; i < 60 && !isWorking(x); i += 1) x = addDays(x, -1);
    return x;
  });
}

/** Vietnamese description: "hằng tháng, ngày 20", "hằng quý, ngày 10 tháng đầu quý"… */
export function describeRecurrence(r: Recurrence): string {
  const day = (d: number) => (d === -1 ? 'ngày cuối tháng' : `ngày ${d}`);
  switch (r.freq) {
    case 'monthly':
      return (r.interval ?? 1) === 1
        ? `hằng tháng, ${day(r.day)}`
        : `${r.interval} tháng một lần, ${day(r.day)}`;
    case 'quarterly':
      return `hằng quý, ${day(r.day)} tháng thứ ${r.monthOfQuarter} của quý`;
    case 'half_yearly':
      return `6 tháng một lần, ${day(r.day)} tháng thứ ${r.monthOfHalf} của kỳ`;
    case 'yearly':
      return `hằng năm, ${day(r.day)} tháng ${r.month}`;
    case 'weekly':
      return `hằng tuần, ${['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'][r.weekday]}`;
  }
}
