/**
 * Leaders' citizen reception (tiếp công dân định kỳ): the legal minimum per
 * kind of leader (Luật Tiếp công dân 42/2013/QH13, GUIDE §7.1) and whether a
 * leader met it in a month.
 *
 * Pure: no I/O, usable in the browser.
 */
import type { WorkingCalendar } from '../calendar/working-days';
import {
  addDays,
  daysInMonth,
  eachDate,
  isoWeekday,
  localDate,
  type LocalDate,
} from '../dates/local-date';

/**
 * provincial_chair: Chủ tịch UBND tỉnh; district_chair: Chủ tịch UBND cấp
 * huyện; commune_chair: Chủ tịch UBND cấp xã; agency_head: người đứng đầu cơ
 * quan hành chính (e.g. Giám đốc Sở).
 */
export const RECEPTION_LEADER_KINDS = [
  'provincial_chair',
  'district_chair',
  'commune_chair',
  'agency_head',
] as const;
export type ReceptionLeaderKind = (typeof RECEPTION_LEADER_KINDS)[number];

/** At least `days` reception days per month or per week. */
export interface ReceptionMinimum {
  days: number;
  per: 'month' | 'week';
  article: string;
}

/** The law's minimums (Luật Tiếp công dân 2013). */
export const RECEPTION_MINIMUMS: Readonly<Record<ReceptionLeaderKind, ReceptionMinimum>> =
  Object.freeze({
    provincial_chair: { days: 1, per: 'month', article: 'Điều 12 khoản 5' },
    district_chair: { days: 2, per: 'month', article: 'Điều 13 khoản 5' },
    commune_chair: { days: 1, per: 'week', article: 'Điều 15 khoản 2 điểm d' },
    agency_head: { days: 1, per: 'month', article: 'Điều 18 khoản 2' },
  });

/** One reception session on the leader's calendar. */
export interface ReceptionSession {
  date: LocalDate;
  /** False when scheduled but not held. */
  held: boolean;
  /** False when the leader delegated it (ủy quyền) to a deputy. */
  inPerson: boolean;
  /** định kỳ (periodic) or đột xuất (ad hoc). */
  kind: 'periodic' | 'ad_hoc';
}

/** Options of {@link receptionCompliance}. */
export interface ComplianceOptions {
  /** The law requires periodic reception; ad-hoc days count too only when true (default false) [U]. */
  countAdHoc?: boolean;
  /** Override of the minimum (a province may ask more). */
  minimum?: ReceptionMinimum;
  /** For weekly minimums: a week without a working day (Tết) is not required. */
  calendar?: WorkingCalendar;
}

/** One week of a weekly minimum (Monday to Sunday). */
export interface WeekCompliance {
  monday: LocalDate;
  days: number;
  required: number;
  met: boolean;
}

/** The verdict for a month. */
export interface ReceptionCompliance {
  kind: ReceptionLeaderKind;
  month: string;
  minimum: ReceptionMinimum;
  /** Distinct reception days that count (held, in person, periodic unless `countAdHoc`). */
  days: number;
  /** Days required over the month: the monthly minimum, or the weekly one × required weeks. */
  required: number;
  met: boolean;
  /** Weekly minimums: the weeks the month owns (ISO: those whose Thursday is in the month). */
  weeks: WeekCompliance[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Did a leader of `kind` meet the reception minimum in `month` (`YYYY-MM`),
 * given their sessions? Several sessions on one day are one day. A weekly
 * minimum is judged week by week over the ISO weeks the month owns; give the
 * sessions of those weeks, which may begin or end in a neighbouring month.
 */
export function receptionCompliance(
  kind: ReceptionLeaderKind,
  month: string,
  sessions: readonly ReceptionSession[],
  opts: ComplianceOptions = {},
): ReceptionCompliance {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Month must be YYYY-MM: ${month}`);
  const minimum = opts.minimum ?? RECEPTION_MINIMUMS[kind];
  if (!Number.isInteger(minimum.days) || minimum.days < 0) {
    throw new RangeError(`Reception minimum must be a whole number of days: ${minimum.days}`);
  }
  const counted = new Set(
    sessions
      .filter((s) => s.held && s.inPerson && (s.kind === 'periodic' || opts.countAdHoc === true))
      .map((s) => s.date),
  );
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const first = localDate(year, mon, 1);
  const last = localDate(year, mon, daysInMonth(year, mon));

  if (minimum.per === 'month') {
    const days = [...counted].filter((d) => d >= first && d <= last).length;
    return {
      kind,
      month,
      minimum,
      days,
      required: minimum.days,
      met: days >= minimum.days,
      weeks: [],
    };
  }

  const weeks = eachDate(first, last)
    .filter((d) => isoWeekday(d) === 4)
    .map((thursday): WeekCompliance => {
      const monday = addDays(thursday, -3);
      const week = eachDate(monday, addDays(monday, 6));
      const days = week.filter((d) => counted.has(d)).length;
      const working = opts.calendar ? week.some((d) => opts.calendar?.isWorkingDay(d)) : true;
      const required = working ? minimum.days : 0;
      return { monday, days, required, met: days >= required };
    });
  return {
    kind,
    month,
    minimum,
    days: weeks.reduce((s, w) => s + w.days, 0),
    required: weeks.reduce((s, w) => s + w.required, 0),
    met: weeks.every((w) => w.met),
    weeks,
  };
}
