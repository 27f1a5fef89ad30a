import { z } from 'zod';
import { DEADLINE_BASES, PETITION_SOURCES, PETITION_STATUSES } from './tables';

const ref = z.object({ id: z.number().int(), name: z.string() });
const timeliness = z.enum(['on_time', 'late', 'overdue', 'in_progress']);

/** A register document linked as an answer or result. */
export const linkedDocumentSchema = z.object({
  id: z.number().int(),
  numberSymbol: z.string().nullable(),
  summary: z.string(),
  issueDate: z.string().nullable(),
  issuerName: z.string(),
});

/** An HĐND session as views name it. */
export const sessionRefSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  termNumber: z.number().int(),
  kind: z.enum(['regular', 'thematic']),
  startsOn: z.string(),
  label: z.string(),
});

/** Response shape of a voter petition. */
export const voterPetitionViewSchema = z.object({
  id: z.number().int(),
  committee: ref,
  source: z.enum(PETITION_SOURCES),
  session: sessionRefSchema.nullable(),
  sourceNote: z.string().nullable(),
  receivedOn: z.string(),
  field: z.object({ code: z.string(), label: z.string() }),
  content: z.string(),
  voterLocality: z.string().nullable(),
  assignedUnit: ref,
  deadline: z.string().nullable(),
  deadlineBasis: z.enum(DEADLINE_BASES),
  status: z.enum(PETITION_STATUSES),
  answerDocument: linkedDocumentSchema.nullable(),
  answeredOn: z.string().nullable(),
  answerSummary: z.string().nullable(),
  timeliness,
  daysLate: z.number().int(),
  version: z.number().int(),
});

const counts = {
  total: z.number().int(),
  resolved: z.number().int(),
  inProgress: z.number().int(),
  explained: z.number().int(),
  pending: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
};

/** Response shape of the grouped report to the HĐND. */
export const voterPetitionReportSchema = z.object({
  session: sessionRefSchema,
  asOf: z.string(),
  bySource: z.object({ beforeSession: z.number().int(), afterSession: z.number().int() }),
  fields: z.array(z.object({ code: z.string(), label: z.string(), ...counts })),
  total: z.object(counts),
});

/** Response shape of an interpellation. */
export const interpellationViewSchema = z.object({
  id: z.number().int(),
  committee: ref,
  session: sessionRefSchema.nullable(),
  deputyName: z.string(),
  deputyConstituency: z.string().nullable(),
  question: z.string(),
  responsible: z.object({
    personId: z.number().int(),
    fullName: z.string(),
    title: z.string().nullable(),
    unit: ref.nullable(),
  }),
  questionedOn: z.string(),
  dueOn: z.string(),
  status: z.enum(['pending', 'answered']),
  answerDocument: linkedDocumentSchema.nullable(),
  answeredOn: z.string().nullable(),
  timeliness,
  daysLate: z.number().int(),
  version: z.number().int(),
});

/** A code and its label (fields, channels). */
export const codeLabelSchema = z.object({ code: z.string(), label: z.string() });
