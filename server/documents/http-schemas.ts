import { z } from 'zod';
import {
  CORRECTION_KINDS,
  DIRECTIONS,
  DOCUMENT_STATUSES,
  FILE_KINDS,
  SECRECIES,
  URGENCIES,
} from './tables';

/** Response shape of a register entry (mirrors DocumentView). */
export const documentViewSchema = z.object({
  id: z.number(),
  registerUnitId: z.number(),
  direction: z.enum(DIRECTIONS),
  regime: z.enum(['state_admin', 'state_qppl', 'party']),
  type: z.object({ key: z.string(), code: z.string(), name: z.string() }),
  status: z.enum(DOCUMENT_STATUSES),
  number: z.number().nullable(),
  numberSymbol: z.string().nullable(),
  symbolCode: z.string().nullable(),
  title: z.string().nullable(),
  summary: z.string(),
  issueDate: z.string().nullable(),
  issuer: z.object({
    unitId: z.number().nullable(),
    name: z.string(),
    capacity: z.enum(['body', 'head']).nullable(),
  }),
  signer: z.object({
    personId: z.number().nullable(),
    name: z.string().nullable(),
    title: z.string().nullable(),
    authority: z.string().nullable(),
  }),
  recipients: z.array(z.string()),
  urgency: z.enum(URGENCIES),
  secrecy: z.enum(SECRECIES),
  content: z.string().nullable(),
  arrival: z.object({ number: z.number().nullable(), date: z.string().nullable() }).nullable(),
  handling: z
    .object({
      unitId: z.number().nullable(),
      deadline: z.string().nullable(),
      handledOn: z.string().nullable(),
    })
    .nullable(),
  validity: z
    .object({
      status: z.string().nullable(),
      effectiveFrom: z.string().nullable(),
      effectiveTo: z.string().nullable(),
    })
    .nullable(),
  pageCount: z.number().nullable(),
  copyCount: z.number().nullable(),
  notes: z.string().nullable(),
  tags: z.array(z.object({ tag: z.string(), label: z.string() })),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const documentFileSchema = z.object({
  id: z.number(),
  kind: z.enum(FILE_KINDS),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});

/** Response shape of one entry with its files, links and corrections (mirrors DocumentDetail). */
export const documentDetailSchema = documentViewSchema.extend({
  files: z.array(documentFileSchema),
  links: z.array(
    z.object({
      kind: z.string(),
      direction: z.enum(['from', 'to']),
      documentId: z.number(),
      numberSymbol: z.string().nullable(),
      summary: z.string(),
    }),
  ),
  corrections: z.array(
    z.object({
      kind: z.enum(CORRECTION_KINDS),
      reason: z.string(),
      correctedOn: z.string(),
      erratumDocumentId: z.number().nullable(),
    }),
  ),
});

export const statisticsSchema = z.object({
  issuer: z.object({ id: z.number(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  qpplDecisions: z.number(),
  directives: z.number(),
  individualDecisions: z.number(),
  plans: z.number(),
  submissions: z.number(),
  other: z.number(),
  total: z.number(),
});
