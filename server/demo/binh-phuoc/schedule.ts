/**
 * Dates for the demo's documents: working days only (weekends, Tết and the
 * other holidays of the shipped calendar are skipped), drawn with the seeded
 * generator.
 */
import { eachDate } from '../../../shared/dates/local-date';
import type { WorkingCalendar } from '../../../shared/calendar/working-days';
import type { Topic } from './compose';
import type { Rng } from './random';

/** The working days from `from` to `to`, both inclusive. */
export function workingDays(cal: WorkingCalendar, from: string, to: string): string[] {
  return eachDate(from, to).filter((d) => cal.isWorkingDay(d));
}

/** `count` dates drawn from the working days of a range (repeats allowed), ascending. */
export function drawDates(
  rng: Rng,
  cal: WorkingCalendar,
  from: string,
  to: string,
  count: number,
): string[] {
  const days = workingDays(cal, from, to);
  if (days.length === 0) throw new Error(`no working day between ${from} and ${to}`);
  return Array.from({ length: count }, () => rng.pick(days)).sort();
}

/** `count` distinct working days of a range, ascending. */
export function drawDistinctDates(
  rng: Rng,
  cal: WorkingCalendar,
  from: string,
  to: string,
  count: number,
): string[] {
  const days = workingDays(cal, from, to);
  if (days.length < count)
    throw new Error(`only ${days.length} working days between ${from} and ${to}`);
  return rng.sample(days, count).sort();
}

function fits(topic: Topic, date: string): boolean {
  return (
    (topic.from === undefined || date >= topic.from) &&
    (topic.until === undefined || date <= topic.until)
  );
}

/**
 * A topic for each date, respecting each topic's from/until. `distinct`: each
 * topic used exactly once (dates.length must equal topics.length), the ones
 * with the tightest window placed first; otherwise topics are drawn freely.
 */
export function assignTopics(
  rng: Rng,
  dates: readonly string[],
  topics: readonly Topic[],
  distinct: boolean,
): Topic[] {
  if (!distinct) {
    return dates.map((date) => {
      const eligible = topics.filter((t) => fits(t, date));
      if (eligible.length === 0) throw new Error(`no demo template fits ${date}`);
      return rng.pick(eligible);
    });
  }
  if (dates.length !== topics.length)
    throw new Error(`${dates.length} dates for ${topics.length} distinct topics`);
  const out: (Topic | undefined)[] = dates.map(() => undefined);
  const order = [...topics].sort((a, b) => (a.until ?? '9999').localeCompare(b.until ?? '9999'));
  for (const topic of order) {
    const free = dates.flatMap((date, i) => (out[i] === undefined && fits(topic, date) ? [i] : []));
    if (free.length === 0) throw new Error(`no date left for demo template "${topic.s}"`);
    out[rng.pick(free)] = topic;
  }
  return out.map((t) => {
    if (!t) throw new Error('unassigned date');
    return t;
  });
}

/** Throws when a fixed date of the demo's data is not a working day (a mistake in the data). */
export function assertWorkingDay(cal: WorkingCalendar, date: string, what: string): string {
  if (!cal.isWorkingDay(date)) throw new Error(`${what}: ${date} is not a working day`);
  return date;
}
