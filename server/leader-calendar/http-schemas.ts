import { z } from 'zod';
import { LEADER_EVENT_KINDS } from './tables';

/** The response shape of a calendar event (see LeaderEventView). */
export const leaderEventViewSchema = z.object({
  id: z.number(),
  kind: z.enum(LEADER_EVENT_KINDS),
  title: z.string(),
  location: z.string().nullable(),
  leader: z.object({ personId: z.number(), name: z.string() }),
  committeeUnitId: z.number(),
  startsAt: z.string(),
  endsAt: z.string(),
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
  date: z.string(),
  participants: z.object({
    people: z.array(z.object({ personId: z.number(), name: z.string() })),
    units: z.array(z.object({ id: z.number(), name: z.string() })),
    note: z.string().nullable(),
  }),
  meetingId: z.number().nullable(),
  conflictsWith: z.array(z.number()),
  version: z.number(),
  createdAt: z.string(),
});

/** The response shape of a week of the calendar (see WeeklyCalendar). */
export const weeklyCalendarSchema = z.object({
  week: z.string(),
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  personId: z.number().nullable(),
  events: z.array(leaderEventViewSchema),
  days: z.array(z.object({ date: z.string(), weekday: z.number(), eventIds: z.array(z.number()) })),
  conflicts: z.array(
    z.object({
      personId: z.number(),
      name: z.string(),
      eventIds: z.tuple([z.number(), z.number()]),
    }),
  ),
});
