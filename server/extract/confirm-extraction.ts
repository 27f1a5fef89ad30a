/**
 * Confirming an extraction: the chosen drafts become tasks linked to the document (its item
 * label kept), in one transaction — a draft that is already a task of the document is
 * reported as existing and never created again. And recording a cited document the register
 * does not know as an external entry, linked back to the citation.
 */
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { createTaskInput, insertTaskTree } from '../tasks/create-task';
import { unitRefSchema } from '../documents/document-inputs';
import { recordExternalDocument } from '../documents/record-received-document';
import { existingTasks, isDateDeadline, type Analysis, type DraftTask } from './analyse';
import { loadExtraction, toExtractionView, type ExtractionView } from './extractions';

/** Input of confirmExtraction: the drafts to create, each with the office's corrections. */
export const confirmExtractionInput = z
  .object({
    extractionId: z.number().int().positive(),
    /** The register entry the tasks come from, when the extraction did not find it. */
    documentId: z.number().int().positive().nullish(),
    items: z
      .array(
        z
          .object({
            /** Position of the draft in the extraction's task list (0-based). */
            index: z.number().int().min(0),
            content: z.string().trim().min(1).max(4000).optional(),
            /** Đơn vị chủ trì; null clears the one read from the text. */
            leadUnit: unitRefSchema.nullish(),
            coordinatingUnits: z.array(unitRefSchema).max(100).optional(),
            /** Units jointly addressed (no chủ trì): one sub-task each. */
            addressees: z.array(unitRefSchema).max(200).optional(),
            deadline: localDateSchema.nullish(),
            expectedOutput: z.string().trim().max(500).nullish(),
            leader: z
              .union([z.number().int().positive(), z.string().trim().min(1).max(120)])
              .nullish(),
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict();

/** What confirmation did with each chosen draft. */
export interface ConfirmResult {
  extraction: ExtractionView;
  created: Array<{ index: number; taskId: number }>;
  existing: Array<{ index: number; taskId: number }>;
}

type Item = z.output<typeof confirmExtractionInput>['items'][number];

/** The createTask input a draft becomes, with the office's corrections applied. */
function taskInputOf(draft: DraftTask, item: Item, documentId: number): unknown {
  const leadFromText = draft.lead_unit_id ?? null;
  const lead = item.leadUnit !== undefined ? item.leadUnit : leadFromText;
  const addressees =
    item.addressees ??
    (lead === null ? [...new Set(draft.addressees.flatMap((a) => a.unit_ids))] : []);
  const coordinating =
    item.coordinatingUnits ??
    draft.coordinating.flatMap((c) => (c.match === 'unit' ? c.unit_ids : []));
  const content = item.content ?? draft.text;
  let leadUnit = lead;
  let addressed = addressees;
  if (leadUnit === null && addressed.length === 1) {
    leadUnit = addressed[0] ?? null;
    addressed = [];
  }
  if (leadUnit === null && addressed.length === 0) {
    throw new AppError('EXTRACTION_LEAD_REQUIRED', {
      field: 'leadUnit',
      params: { task: content.slice(0, 80) },
    });
  }
  const deadline =
    item.deadline !== undefined
      ? item.deadline
      : isDateDeadline(draft.deadline)
        ? draft.deadline
        : null;
  return {
    sourceKind: 'document',
    sourceDocumentId: documentId,
    ...(draft.item_label !== undefined ? { itemLabel: draft.item_label } : {}),
    content,
    ...(item.expectedOutput !== undefined
      ? { expectedOutput: item.expectedOutput }
      : draft.expected_output !== undefined
        ? { expectedOutput: draft.expected_output }
        : {}),
    leadUnit: leadUnit,
    coordinatingUnits: leadUnit === null ? [] : coordinating,
    addressees: addressed,
    deadline,
    ...(item.leader !== undefined ? { leader: item.leader } : {}),
  };
}

/** Prefixes the field of an error raised for one item (`leadUnit` → `items.2.leadUnit`). */
function withField(e: unknown, prefix: string): unknown {
  if (!(e instanceof AppError)) return e;
  return new AppError(e.code, {
    field: `${prefix}.${e.field ?? 'input'}`,
    params: e.params,
    details: e.details,
    cause: e,
  });
}

/**
 * Creates the chosen drafts as tasks of the document. Needs `task.manage` on the UBND. All or
 * nothing: one refused item leaves no task created.
 */
export async function confirmExtraction(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof confirmExtractionInput> },
): Promise<ConfirmResult> {
  const data = parseInput(confirmExtractionInput, input);
  return ctx.db.write(async (tx) => {
    const { row, unit } = await loadExtraction(ctx, tx, actor, data.extractionId, 'task.manage');
    const analysis = JSON.parse(row.result) as Analysis;
    const documentId = data.documentId ?? row.document_id;
    if (!documentId) throw new AppError('EXTRACTION_DOCUMENT_REQUIRED', { field: 'documentId' });
    const doc = await tx
      .selectFrom('documents')
      .select('id')
      .where('id', '=', documentId)
      .executeTakeFirst();
    if (!doc)
      throw new AppError('NOT_FOUND', {
        field: 'documentId',
        params: { entity: 'văn bản', id: documentId },
      });
    const known = await existingTasks(tx, documentId);
    const created: ConfirmResult['created'] = [];
    const existing: ConfirmResult['existing'] = [];
    const seen = new Set<number>();
    for (const [i, item] of data.items.entries()) {
      const field = `items.${i}`;
      const draft = analysis.tasks[item.index];
      if (!draft || seen.has(item.index))
        throw new AppError('EXTRACTION_ITEM_UNKNOWN', {
          field: `${field}.index`,
          params: { index: item.index },
        });
      seen.add(item.index);
      const already = draft.created_task_id ?? known.find(draft);
      if (already !== null) {
        draft.existing_task_id = already;
        existing.push({ index: item.index, taskId: already });
        continue;
      }
      try {
        const taskData = parseInput(createTaskInput, taskInputOf(draft, item, documentId));
        const id = await insertTaskTree(ctx, tx, actor, {
          ...taskData,
          assigningUnit: unit.id,
        });
        draft.created_task_id = id;
        created.push({ index: item.index, taskId: id });
      } catch (e) {
        throw withField(e, field);
      }
    }
    analysis.document.document_id = documentId;
    const done = analysis.tasks.every(
      (t) => t.created_task_id !== null || t.existing_task_id !== null,
    );
    const now = ctx.systemNow();
    const confirmedAt = now.toISOString();
    await tx
      .updateTable('extractions')
      .set({
        result: JSON.stringify(analysis),
        document_id: documentId,
        status: done ? 'confirmed' : 'review',
        confirmed_at: confirmedAt,
      })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(tx, now, {
      actor,
      action: 'extraction.confirm',
      entity: 'extraction',
      entityId: row.id,
      after: {
        documentId,
        created: created.map((c) => c.taskId),
        existing: existing.map((c) => c.taskId),
      },
    });
    const after = await tx
      .selectFrom('extractions')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    return { extraction: toExtractionView(after, unit), created, existing };
  });
}

/** Input of registerCitation. */
export const registerCitationInput = z
  .object({
    extractionId: z.number().int().positive(),
    /** Position of the citation in the extraction (0-based). */
    index: z.number().int().min(0),
    /** The issuer in the registry (id, code or name), when it is there. */
    issuer: unitRefSchema.nullish(),
    /** The issuer as printed; default the one the text names. */
    issuerName: z.string().trim().min(1).max(300).nullish(),
    /** Trích yếu; default the citation as printed. */
    summary: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();

/**
 * Records a cited document the register does not hold as an external entry of the UBND's
 * register (`document.write`), and links the citation to it.
 */
export async function registerCitation(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof registerCitationInput> },
): Promise<ExtractionView> {
  const data = parseInput(registerCitationInput, input);
  return ctx.db.write(async (tx) => {
    const { row, unit } = await loadExtraction(ctx, tx, actor, data.extractionId, 'task.read');
    const analysis = JSON.parse(row.result) as Analysis;
    const c = analysis.citations[data.index];
    if (!c)
      throw new AppError('EXTRACTION_ITEM_UNKNOWN', {
        field: 'index',
        params: { index: data.index },
      });
    if (c.document_id !== null)
      throw new AppError('EXTRACTION_CITATION_LINKED', { params: { citation: c.text } });
    if (c.number_symbol === null)
      throw new AppError('EXTRACTION_CITATION_NO_NUMBER', {
        field: 'index',
        params: { citation: c.text },
      });
    const issuerName = data.issuerName ?? c.issuer ?? null;
    const doc = await recordExternalDocument(ctx, {
      actor,
      input: {
        register: unit.id,
        ...(data.issuer ? { issuer: data.issuer } : {}),
        ...(issuerName ? { issuerName } : {}),
        numberSymbol: c.number_symbol,
        issueDate: c.date,
        ...(c.type ? { type: c.type } : {}),
        summary: data.summary ?? c.text,
      },
    });
    c.document_id = doc.id;
    c.candidates = 1;
    await tx
      .updateTable('extractions')
      .set({ result: JSON.stringify(analysis) })
      .where('id', '=', row.id)
      .execute();
    const after = await tx
      .selectFrom('extractions')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    return toExtractionView(after, unit);
  });
}
