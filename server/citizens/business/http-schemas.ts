import { z } from 'zod';
import { linkedDocumentSchema } from '../petitions/http-schemas';
import { FEEDBACK_CHANNELS } from './tables';
import { FEEDBACK_STATUSES } from './feedback-view';

const ref = z.object({ id: z.number().int(), name: z.string() });
const timeliness = z.enum(['on_time', 'late', 'overdue', 'in_progress']);

const clockSchema = z.object({
  due: z.string(),
  doneOn: z.string().nullable(),
  timeliness,
  daysLate: z.number().int(),
});

/** Response shape of business feedback. */
export const feedbackViewSchema = z.object({
  id: z.number().int(),
  committee: ref,
  enterprise: z.object({ name: z.string(), taxCode: z.string() }),
  issue: z.string(),
  field: z.object({ code: z.string(), label: z.string() }),
  channel: z.enum(FEEDBACK_CHANNELS),
  dialogue: z.object({ id: z.number().int(), title: z.string(), heldOn: z.string() }).nullable(),
  receivedOn: z.string(),
  leadUnit: ref.nullable(),
  coordinatingUnits: z.array(ref),
  status: z.enum(FEEDBACK_STATUSES),
  forwarding: clockSchema,
  resolution: clockSchema,
  result: z.string().nullable(),
  resultDocument: linkedDocumentSchema.nullable(),
  version: z.number().int(),
});

const clockCounts = z.object({
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  inProgress: z.number().int(),
});
const counts = {
  total: z.number().int(),
  received: z.number().int(),
  forwarded: z.number().int(),
  resolved: z.number().int(),
  forwarding: clockCounts,
  resolution: clockCounts,
};

/** Response shape of the feedback statistics. */
export const feedbackStatsSchema = z.object({
  asOf: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  total: z.object(counts),
  byField: z.array(z.object({ code: z.string(), label: z.string(), ...counts })),
  byUnit: z.array(z.object({ unit: ref.nullable(), ...counts })),
});

/** Response shape of a dialogue meeting. */
export const dialogueViewSchema = z.object({
  id: z.number().int(),
  committee: ref,
  title: z.string(),
  heldOn: z.string(),
  chair: z.object({ personId: z.number().int(), fullName: z.string() }),
  venue: z.string().nullable(),
  participants: z.string().nullable(),
  participantCount: z.number().int().nullable(),
  document: linkedDocumentSchema.nullable(),
  commitments: z.array(
    z.object({
      id: z.number().int(),
      number: z.number().int(),
      content: z.string(),
      leadUnit: ref,
      deadline: z.string().nullable(),
      taskId: z.number().int(),
      completedOn: z.string().nullable(),
      timeliness,
    }),
  ),
  feedbackCount: z.number().int(),
  version: z.number().int(),
});
