import { localDateOf, type LocalDate } from '../../shared/dates/local-date';

/** Where the product's "now" comes from, in order of precedence. */
export type ClockSource = 'env' | 'database' | 'system';

/**
 * The one clock of the product. Every "today" (statistics, dashboards,
 * reminders, deadlines) reads it; nothing else calls `new Date()` for business
 * time. A fixed clock (DIEUHANH_NOW, or the database's stored `asOf` — the demo
 * lives on 10/7/2023) stands still; the system clock follows real time.
 */
export interface Clock {
  readonly source: ClockSource;
  /** The province's IANA time zone; legal dates are local dates in it. */
  readonly timeZone: string;
  /** The current instant. */
  now(): Date;
  /** The current local date in the province's zone. */
  today(): LocalDate;
}

/** Creates the clock: `envNow` wins, then the stored `asOf`, then real time. */
export function createClock(opts: {
  envNow: Date | null;
  storedAsOf: Date | null;
  timeZone: string;
  system?: () => Date;
}): Clock {
  const fixed = opts.envNow ?? opts.storedAsOf;
  const source: ClockSource = opts.envNow ? 'env' : opts.storedAsOf ? 'database' : 'system';
  const system = opts.system ?? (() => new Date());
  const now = fixed ? () => new Date(fixed.getTime()) : system;
  return {
    source,
    timeZone: opts.timeZone,
    now,
    today: () => localDateOf(now(), opts.timeZone),
  };
}

/**
 * A legal deadline D is overdue from D+1 00:00 local time: it is overdue when
 * today's local date is after D.
 */
export function isPastDeadline(deadline: LocalDate, today: LocalDate): boolean {
  return today > deadline;
}
