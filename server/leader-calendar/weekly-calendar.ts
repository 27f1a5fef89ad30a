import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { addDays, isoWeekday, type LocalDate } from '../../shared/dates/local-date';
import { conflictsAround, eventsOverlapping, toLeaderEventViews } from './event-queries';
import type { LeaderEventView } from './event-queries';
import { isoWeekOf, localDatesOf, parseIsoWeek, weekRange } from './week-rules';

/** Input of weeklyCalendar. */
export const weeklyCalendarInput = z
  .object({
    /** ISO week `2023-W28`; defaults to the week of the product's today. */
    week: z.string().trim().max(10).optional(),
    /** One leader's calendar (their own events and those they join); all leaders when absent. */
    personId: z.number().int().positive().optional(),
  })
  .strict();

/** The work calendar of one week, Monday to Sunday in the province's zone. */
export interface WeeklyCalendar {
  week: string;
  /** Monday and Sunday of the week (local dates). */
  from: LocalDate;
  to: LocalDate;
  timeZone: string;
  personId: number | null;
  /** Events overlapping the week, earliest first. */
  events: LeaderEventView[];
  /** The seven days with the events touching each. */
  days: Array<{ date: LocalDate; weekday: number; eventIds: number[] }>;
  /** Overlapping events of the same person (of the leader asked for, when one is). */
  conflicts: Array<{ personId: number; name: string; eventIds: [number, number] }>;
}

/**
 * The leaders' weekly work calendar (lịch công tác tuần), for one leader or
 * for all, limited to the events the actor's scope may see, with conflicts
 * (two events of the same person at once) flagged.
 */
export async function weeklyCalendar(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof weeklyCalendarInput> },
): Promise<WeeklyCalendar> {
  const data = parseInput(weeklyCalendarInput, input);
  authorize(actor, 'leader_calendar.read');
  const tz = ctx.clock.timeZone;
  const week = data.week === undefined ? isoWeekOf(ctx.clock.today()) : parseIsoWeek(data.week);
  if (!week)
    throw new AppError('LEADER_WEEK_INVALID', {
      field: 'week',
      params: { value: data.week ?? '' },
    });
  const range = weekRange(week, tz);
  const scopePath = scopePathOf(actor);
  const q = ctx.db.q;
  const rows = await eventsOverlapping(q, {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    ...(data.personId ? { personIds: [data.personId] } : {}),
    ...(scopePath ? { scopePath } : {}),
  });
  const around = await conflictsAround(q, rows, scopePath);
  const shown = new Set(rows.map((r) => r.id));
  const conflicts = around.conflicts.filter(
    (c) =>
      (shown.has(c.eventIds[0]) || shown.has(c.eventIds[1])) &&
      (data.personId === undefined || c.personId === data.personId),
  );
  const events = await toLeaderEventViews(q, rows, { timeZone: tz, conflicts });
  const names = new Map<number, string>();
  for (const e of events) {
    names.set(e.leader.personId, e.leader.name);
    for (const p of e.participants.people) names.set(p.personId, p.name);
  }
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(range.monday, i);
    return { date, weekday: isoWeekday(date), eventIds: [] as number[] };
  });
  for (const e of events) {
    for (const d of localDatesOf(new Date(e.startsAt), new Date(e.endsAt), tz))
      days.find((day) => day.date === d)?.eventIds.push(e.id);
  }
  return {
    week: range.week,
    from: range.monday,
    to: range.sunday,
    timeZone: tz,
    personId: data.personId ?? null,
    events,
    days,
    conflicts: conflicts.map((c) => ({ ...c, name: names.get(c.personId) ?? '' })),
  };
}
