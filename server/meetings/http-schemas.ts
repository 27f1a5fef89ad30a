import { z } from 'zod';
import { AGENDA_ITEM_SOURCES, MEETING_KINDS } from './tables';

const unitRef = z.object({ id: z.number(), name: z.string() });
const personRef = z.object({ personId: z.number(), name: z.string() });
const documentRef = z
  .object({ id: z.number(), numberSymbol: z.string().nullable(), issueDate: z.string().nullable() })
  .nullable();

/** The response shape of a meeting (see MeetingView). */
export const meetingViewSchema = z.object({
  id: z.number(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  meetingDate: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
  location: z.string().nullable(),
  committee: unitRef,
  chair: personRef,
  attendees: z.array(unitRef),
  status: z.enum(['draft', 'issued']),
  calendarEventId: z.number().nullable(),
  agenda: z.array(
    z.object({
      id: z.number(),
      source: z.enum(AGENDA_ITEM_SOURCES),
      title: z.string(),
      note: z.string().nullable(),
      taskId: z.number().nullable(),
      leadUnit: unitRef.nullable(),
      deadline: z.string().nullable(),
      status: z.string().nullable(),
      daysLate: z.number().nullable(),
    }),
  ),
  dismissedCount: z.number(),
  conclusions: z.array(
    z.object({
      id: z.number(),
      number: z.number(),
      content: z.string(),
      expectedOutput: z.string().nullable(),
      leadUnit: unitRef,
      coordinatingUnits: z.array(unitRef),
      deadline: z.string().nullable(),
      leader: personRef.nullable(),
      taskId: z.number().nullable(),
    }),
  ),
  conclusionDocument: documentRef,
  issuedOn: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** The response shape of a meeting in a list (see MeetingSummary). */
export const meetingSummarySchema = z.object({
  id: z.number(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  meetingDate: z.string(),
  committee: unitRef,
  chair: personRef,
  status: z.enum(['draft', 'issued']),
  agendaCount: z.number(),
  conclusionCount: z.number(),
  conclusionDocument: documentRef,
});

/** What an agenda refresh changed, beside the meeting. */
export const agendaRefreshSchema = meetingViewSchema.extend({
  changes: z.object({ added: z.number(), updated: z.number(), removed: z.number() }),
});
