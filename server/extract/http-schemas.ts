import { z } from 'zod';

const span = { start: z.number().int(), end: z.number().int() };

const unitRefSchema = z.object({
  text: z.string(),
  unit_ids: z.array(z.number().int()),
  unit_names: z.array(z.string()),
  match: z.enum(['unit', 'group', 'ambiguous', 'none']),
});

const citationSchema = z.object({
  text: z.string(),
  type: z.string().nullable(),
  number_symbol: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  ...span,
  document_id: z.number().int().nullable(),
  candidates: z.number().int(),
});

const draftTaskSchema = z.object({
  text: z.string(),
  lead_unit: z.string().nullable(),
  coordinating_units: z.array(z.string()),
  deadline: z.string().nullable(),
  assignees: z.array(z.string()).optional(),
  deadline_text: z.string().optional(),
  deadline_time: z.string().optional(),
  deliver_to: z.string().optional(),
  expected_output: z.string().optional(),
  item_label: z.string().optional(),
  ...span,
  lead_unit_id: z.number().int().optional(),
  lead: unitRefSchema.nullable(),
  coordinating: z.array(unitRefSchema),
  addressees: z.array(unitRefSchema),
  confidence: z.number(),
  existing_task_id: z.number().int().nullable(),
  created_task_id: z.number().int().nullable(),
});

const figureSchema = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  kind: z.enum(['target', 'actual']),
  qualifier: z.string().optional(),
  change: z.enum(['tăng', 'giảm']).optional(),
  of: z.number().optional(),
  estimated: z.boolean().optional(),
  ...span,
});

const documentSchema = z.object({
  number_symbol: z.string().nullable(),
  date: z.string().nullable(),
  document_id: z.number().int().nullable(),
});

const countsSchema = z.object({
  citations: z.number().int(),
  linked: z.number().int(),
  tasks: z.number().int(),
  existing: z.number().int(),
  figures: z.number().int(),
});

/** Response shape of an extraction: its text, the analysis and the counts. */
export const extractionViewSchema = z.object({
  id: z.number().int(),
  status: z.enum(['review', 'confirmed']),
  fileName: z.string().nullable(),
  inputKind: z.enum(['text', 'txt', 'docx', 'pdf']),
  asOf: z.string(),
  assigningUnit: z.object({ id: z.number().int(), name: z.string() }),
  createdBy: z.string(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  text: z.string(),
  analysis: z.object({
    document: documentSchema,
    citations: z.array(citationSchema),
    tasks: z.array(draftTaskSchema),
    figures: z.array(figureSchema),
  }),
  counts: countsSchema,
});

/** A line of the list of extractions. */
export const extractionSummarySchema = z.object({
  id: z.number().int(),
  status: z.enum(['review', 'confirmed']),
  fileName: z.string().nullable(),
  numberSymbol: z.string().nullable(),
  documentId: z.number().int().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  counts: countsSchema,
});

/** The JSON export in the corpus label shape (snake_case). */
export const extractionExportSchema = z.object({
  document: documentSchema,
  citations: z.array(
    z.object({
      text: z.string(),
      type: z.string().nullable(),
      number_symbol: z.string().nullable(),
      date: z.string().nullable(),
      issuer: z.string().nullable(),
      document_id: z.number().int().nullable(),
    }),
  ),
  tasks: z.array(
    z.object({
      text: z.string(),
      lead_unit: z.string().nullable(),
      coordinating_units: z.array(z.string()),
      deadline: z.string().nullable(),
      lead_unit_id: z.number().int().optional(),
      item_label: z.string().optional(),
      expected_output: z.string().optional(),
      deliver_to: z.string().optional(),
      existing_task_id: z.number().int().nullable(),
    }),
  ),
  figures: z.array(
    z.object({
      text: z.string(),
      value: z.number(),
      unit: z.string(),
      kind: z.enum(['target', 'actual']),
    }),
  ),
});

/** Response of a confirmation. */
export const confirmResultSchema = z.object({
  extraction: extractionViewSchema,
  created: z.array(z.object({ index: z.number().int(), taskId: z.number().int() })),
  existing: z.array(z.object({ index: z.number().int(), taskId: z.number().int() })),
});
