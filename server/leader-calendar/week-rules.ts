/**
 * Pure rules of the leaders' calendar: ISO weeks (Monday–Sunday) in the
 * province's zone, local wall-clock times to instants and back, and overlap
 * (conflict) detection. No I/O.
 */
import {
  addDays,
  isoWeekday,
  localDate,
  localDateOf,
  startOfLocalDay,
  ymd,
  zoneOffsetMinutes,
  type LocalDate,
} from '../../shared/dates/local-date';

/** An ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export interface IsoWeek {
  year: number;
  week: number;
}

/** The ISO week a local date belongs to (29/12/2025 is in 2026-W01). */
export function isoWeekOf(date: LocalDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = ymd(thursday).year;
  const jan1 = localDate(year, 1, 1);
  const dayOfYear = Math.round(
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000,
  );
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** 52 or 53: the week of 28 December is always the year's last. */
export function weeksInIsoYear(year: number): number {
  return isoWeekOf(localDate(year, 12, 28)).week;
}

/** Parses `2023-W28`; null when malformed or the year has no such week. */
export function parseIsoWeek(s: string): IsoWeek | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < 1900 || year > 2999 || week < 1 || week > weeksInIsoYear(year)) return null;
  return { year, week };
}

/** `2023-W28`. */
export function formatIsoWeek(w: IsoWeek): string {
  return `${w.year}-W${String(w.week).padStart(2, '0')}`;
}

/** The Monday of an ISO week. */
export function mondayOf(w: IsoWeek): LocalDate {
  const jan4 = localDate(w.year, 1, 4);
  return addDays(jan4, 1 - isoWeekday(jan4) + 7 * (w.week - 1));
}

/** A week as local dates and as the instants bounding it in `timeZone` ([from, to)). */
export interface WeekRange {
  week: string;
  monday: LocalDate;
  sunday: LocalDate;
  from: Date;
  to: Date;
}

/** Monday 00:00 to the next Monday 00:00, local time in `timeZone`. */
export function weekRange(w: IsoWeek, timeZone: string): WeekRange {
  const monday = mondayOf(w);
  return {
    week: formatIsoWeek(w),
    monday,
    sunday: addDays(monday, 6),
    from: startOfLocalDay(monday, timeZone),
    to: startOfLocalDay(addDays(monday, 7), timeZone),
  };
}

/** The instant of a local wall-clock time `HH:MM` on `date` in `timeZone`. */
export function instantOfLocal(date: LocalDate, time: string, timeZone: string): Date {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`Not a HH:MM time: ${time}`);
  const { year, month, day } = ymd(date);
  const wall = Date.UTC(year, month - 1, day, Number(m[1]), Number(m[2]));
  // Two passes settle zones whose offset changes near that time (as startOfLocalDay does).
  let guess = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** An instant as local time with its offset: `2023-07-10T08:00:00+07:00`. */
export function toLocalIso(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** The local dates an event touches (an event ending at 00:00 does not touch that day). */
export function localDatesOf(start: Date, end: Date, timeZone: string): LocalDate[] {
  const first = localDateOf(start, timeZone);
  const last = localDateOf(new Date(Math.max(start.getTime(), end.getTime() - 1)), timeZone);
  const out: LocalDate[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** A calendar entry as conflict detection sees it: the people it occupies and its interval. */
export interface TimedEntry {
  id: number;
  personIds: readonly number[];
  startsAt: string;
  endsAt: string;
}

/** Two entries of the same person whose intervals overlap (touching ends do not). */
export interface Conflict {
  personId: number;
  eventIds: [number, number];
}

/** Every pair of overlapping entries per person, earliest first. Instants are ISO UTC text. */
export function findConflicts(entries: readonly TimedEntry[]): Conflict[] {
  const byPerson = new Map<number, TimedEntry[]>();
  for (const e of entries)
    for (const p of new Set(e.personIds)) byPerson.set(p, [...(byPerson.get(p) ?? []), e]);
  const out: Conflict[] = [];
  for (const [personId, list] of [...byPerson.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...list].sort((a, b) => cmp(a.startsAt, b.startsAt) || a.id - b.id);
    for (const [i, a] of sorted.entries()) {
      for (const b of sorted.slice(i + 1)) {
        if (b.startsAt >= a.endsAt) break;
        out.push({ personId, eventIds: [a.id, b.id] });
      }
    }
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
