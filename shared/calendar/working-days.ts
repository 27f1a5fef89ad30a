/**
 * Working-day calendar (ngày làm việc) for counting legal time limits.
 *
 * Which days an office works follows from a weekly rest pattern (Saturday and
 * Sunday for state bodies) and a list of dated exceptions: public holidays
 * (Bộ luật Lao động 2019 Điều 112), compensatory days off when a holiday falls
 * on a weekly rest day (Điều 111 khoản 3, "nghỉ bù"), and the swaps the
 * Government announces each year for civil servants (a weekday off, made up
 * on a Saturday, "làm bù"). Pure: no I/O, usable in the browser.
 */
import { addDays, isLocalDate, isoWeekday, type LocalDate } from '../dates/local-date';

/**
 * holiday: public holiday (ngày lễ, Tết); day_off: a compensatory or swapped
 * day off (nghỉ bù, hoán đổi); working_day: a weekend day declared a working
 * day (làm bù).
 */
export type CalendarEntryKind = 'holiday' | 'day_off' | 'working_day';

/** One dated exception to the weekly pattern. */
export interface CalendarEntry {
  date: LocalDate;
  kind: CalendarEntryKind;
  name: string;
}

/** Answers "is this a working day" and counts working days over a fixed set of entries. */
export interface WorkingCalendar {
  /** True when offices work on `d`. */
  isWorkingDay(d: LocalDate): boolean;
  /** n ≥ 1: move forward one working day n times from d (d itself never counted): Friday + 1 → Monday. n = 0 → d. n < 0 moves back. */
  addWorkingDays(d: LocalDate, n: number): LocalDate;
  /** First working day strictly after d. */
  nextWorkingDay(d: LocalDate): LocalDate;
  /** Last working day strictly before d. */
  previousWorkingDay(d: LocalDate): LocalDate;
  /** d when it is a working day, else the next one. */
  onOrAfter(d: LocalDate): LocalDate;
  /** d when it is a working day, else the previous one (a recurring deadline on a non-working day moves here). */
  onOrBefore(d: LocalDate): LocalDate;
  /** Working days in the interval (from, to] — 0 when to ≤ from. */
  countWorkingDays(from: LocalDate, to: LocalDate): number;
  /** The entry for d, if any. */
  entryFor(d: LocalDate): CalendarEntry | undefined;
}

/** Options for {@link createWorkingCalendar}. */
export interface WorkingCalendarOptions {
  /** ISO weekdays (1 = Monday … 7 = Sunday) of the weekly rest; default [6, 7]. */
  weekend?: readonly number[];
}

/**
 * The longest run of consecutive non-working days searched before giving up:
 * ten years. Tết with its weekends is nine days; anything near this limit is a
 * misconfigured calendar (e.g. all seven weekdays declared weekend).
 */
const MAX_SCAN_DAYS = 3660;

const KINDS: ReadonlySet<string> = new Set<CalendarEntryKind>([
  'holiday',
  'day_off',
  'working_day',
]);

function assertDate(d: LocalDate, what: string): void {
  if (typeof d !== 'string' || !isLocalDate(d)) {
    throw new RangeError(`${what} is not a valid YYYY-MM-DD date: ${String(d)}`);
  }
}

function assertInteger(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Day count must be an integer: ${n}`);
}

function offDay(kind: CalendarEntryKind): boolean {
  return kind !== 'working_day';
}

function validateWeekend(weekend: readonly number[]): boolean[] {
  const rest = new Array<boolean>(8).fill(false);
  for (const day of weekend) {
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      throw new RangeError(`Weekend days must be ISO weekdays 1–7: ${day}`);
    }
    rest[day] = true;
  }
  return rest;
}

/**
 * Indexes entries by date. Two entries on one date are fine when they agree on
 * whether the day is worked (a holiday listed twice, or a holiday also listed
 * as a day off, which keeps the holiday); a working day and a day off on the
 * same date cannot both hold, so that throws.
 */
function indexEntries(entries: readonly CalendarEntry[]): Map<string, CalendarEntry> {
  const byDate = new Map<string, CalendarEntry>();
  for (const entry of entries) {
    assertDate(entry.date, `Calendar entry "${entry.name}"`);
    if (!KINDS.has(entry.kind)) {
      throw new RangeError(`Calendar entry ${entry.date} has unknown kind: ${String(entry.kind)}`);
    }
    const frozen: CalendarEntry = Object.freeze({
      date: entry.date,
      kind: entry.kind,
      name: entry.name,
    });
    const existing = byDate.get(entry.date);
    if (existing === undefined) {
      byDate.set(entry.date, frozen);
    } else if (offDay(existing.kind) !== offDay(entry.kind)) {
      throw new RangeError(
        `Contradictory calendar entries on ${entry.date}: "${existing.name}" (${existing.kind}) and "${entry.name}" (${entry.kind})`,
      );
    } else if (existing.kind === 'day_off' && entry.kind === 'holiday') {
      byDate.set(entry.date, frozen);
    }
  }
  return byDate;
}

/** Builds a calendar from dated entries; throws RangeError on a bad date, kind or weekday, or on contradictory entries. */
export function createWorkingCalendar(
  entries: readonly CalendarEntry[],
  opts: WorkingCalendarOptions = {},
): WorkingCalendar {
  const rest = validateWeekend(opts.weekend ?? [6, 7]);
  const byDate = indexEntries(entries);

  // Callers' dates are validated once at the boundary; the scanning loops
  // below only produce dates through addDays, which are valid by construction.
  const worked = (d: LocalDate): boolean => {
    const entry = byDate.get(d);
    if (entry !== undefined) return entry.kind === 'working_day';
    return !rest[isoWeekday(d)];
  };

  const step = (from: LocalDate, direction: 1 | -1): LocalDate => {
    let d = from;
    for (let i = 0; i < MAX_SCAN_DAYS; i++) {
      d = addDays(d, direction);
      if (worked(d)) return d;
    }
    throw new RangeError(
      `No working day within ${MAX_SCAN_DAYS} days ${direction > 0 ? 'after' : 'before'} ${from}: check the weekend and the calendar entries`,
    );
  };

  const move = (d: LocalDate, n: number): LocalDate => {
    const direction = n > 0 ? 1 : -1;
    let result = d;
    for (let i = 0; i < Math.abs(n); i++) result = step(result, direction);
    return result;
  };

  return {
    isWorkingDay(d) {
      assertDate(d, 'Date');
      return worked(d);
    },
    addWorkingDays(d, n) {
      assertDate(d, 'Date');
      assertInteger(n);
      return move(d, n);
    },
    nextWorkingDay(d) {
      assertDate(d, 'Date');
      return step(d, 1);
    },
    previousWorkingDay(d) {
      assertDate(d, 'Date');
      return step(d, -1);
    },
    onOrAfter(d) {
      assertDate(d, 'Date');
      return worked(d) ? d : step(d, 1);
    },
    onOrBefore(d) {
      assertDate(d, 'Date');
      return worked(d) ? d : step(d, -1);
    },
    countWorkingDays(from, to) {
      assertDate(from, 'Start date');
      assertDate(to, 'End date');
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
        if (worked(d)) count++;
      }
      return count;
    },
    entryFor(d) {
      assertDate(d, 'Date');
      return byDate.get(d);
    },
  };
}

/** A legal time limit counted in calendar or working days. */
export type DayCount = 'calendar' | 'working';

/**
 * The last day of a time limit of `n` days counted from `d`, `d` itself not
 * counted (Bộ luật Dân sự 2015 Điều 147 khoản 1).
 *
 * Working days: `cal.addWorkingDays(d, n)`. Calendar days: `d + n`, but when
 * that day is a weekly rest day or a holiday the limit ends on the next working
 * day (BLDS 2015 Điều 148 khoản 5). Counting back (n < 0, "at least n days
 * before") the act cannot be done on a non-working day, so the date moves to
 * the previous working day instead. n = 0 returns d.
 */
export function addDaysBy(
  cal: WorkingCalendar,
  d: LocalDate,
  n: number,
  count: DayCount,
): LocalDate {
  assertDate(d, 'Date');
  assertInteger(n);
  switch (count) {
    case 'working':
      return cal.addWorkingDays(d, n);
    case 'calendar': {
      if (n === 0) return d;
      const end = addDays(d, n);
      return n > 0 ? cal.onOrAfter(end) : cal.onOrBefore(end);
    }
    default: {
      const unknown: never = count;
      throw new RangeError(`Unknown day count: ${String(unknown)}`);
    }
  }
}
