import { z } from 'zod';
import { UNIT_KINDS } from '../organisation/tables';
import { DEADLINE_RULES } from './tables';
import { REQUEST_STATUSES } from './list-periodic-requests';

const ref = z.object({ id: z.number().int(), name: z.string() });

/** Response shape of a reporting regime. */
export const regimeViewSchema = z.object({
  id: z.number().int(),
  issuer: ref,
  name: z.string(),
  periodKind: z.enum(['month', 'quarter', 'half', 'nine_months', 'year']),
  basis: z.enum(['nd09', 'calendar']),
  deadlineRule: z.enum(DEADLINE_RULES),
  deadlineValue: z.number().int(),
  reportingUnitKind: z.enum(UNIT_KINDS).nullable(),
  listedUnitIds: z.array(z.number().int()),
  reportingUnits: z.array(ref),
  active: z.boolean(),
  version: z.number().int(),
});

/** Response shape of one unit's request for one period. */
export const requestViewSchema = z.object({
  id: z.number().int(),
  regime: ref,
  unit: ref,
  period: z.string(),
  periodLabel: z.string(),
  windowFrom: z.string(),
  windowTo: z.string(),
  deadline: z.string(),
  taskId: z.number().int(),
  issuedOn: z.string(),
  receivedDocument: z
    .object({
      id: z.number().int(),
      numberSymbol: z.string().nullable(),
      summary: z.string(),
      arrivalDate: z.string().nullable(),
      fileCount: z.number().int(),
    })
    .nullable(),
  receivedOn: z.string().nullable(),
  status: z.enum(REQUEST_STATUSES),
  lateDays: z.number().int(),
});

/** Response of issuing a period's requests. */
export const issueResultSchema = z.object({
  regimeId: z.number().int(),
  period: z.string(),
  created: z.array(requestViewSchema),
  existing: z.array(requestViewSchema),
});

/** Response line of the timeliness table. */
export const timelinessLineSchema = z.object({
  unit: ref,
  due: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  lateDays: z.number().int(),
  missing: z.number().int(),
  pending: z.number().int(),
  rate: z.number().nullable(),
});
