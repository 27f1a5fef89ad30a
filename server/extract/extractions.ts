/**
 * Extractions as the office works them: import a document (its text is read and analysed,
 * the drafts stored for review), show and list them, and the province they belong to.
 * Confirmation and recording cited documents are in confirm-extraction.ts.
 */
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorLabel, type Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { chooseProvince } from '../indicators/indicator-access';
import { getUnit, listUnitsOn, type UnitRow } from '../organisation/unit-queries';
import { analyseText, type Analysis } from './analyse';
import { normaliseInputText } from './normalise-text';
import type { ExtractionsTable, InputKind } from './tables';
import type { Selectable } from 'kysely';

/** The longest text an extraction keeps (characters); the file limit bounds uploads first. */
export const MAX_TEXT_CHARS = 2_000_000;

/** Input of importExtraction. */
export const importExtractionInput = z
  .object({
    /** The text as pasted, or read from the uploaded file. */
    text: z.string().max(MAX_TEXT_CHARS),
    fileName: z.string().trim().min(1).max(255).nullish(),
    inputKind: z.enum(['text', 'txt', 'docx', 'pdf']).default('text'),
    /** The register entry of the document, when the office already knows it. */
    documentId: z.number().int().positive().nullish(),
    /** The province whose UBND assigns the tasks (id, code or name); default the reader's. */
    province: z.union([z.number().int().positive(), z.string().trim().min(1).max(60)]).optional(),
  })
  .strict();

export type ExtractionRow = Selectable<ExtractionsTable>;

/** An extraction as the API and the review page show it. */
export interface ExtractionView {
  id: number;
  status: ExtractionsTable['status'];
  fileName: string | null;
  inputKind: InputKind;
  asOf: string;
  assigningUnit: { id: number; name: string };
  createdBy: string;
  createdAt: string;
  confirmedAt: string | null;
  text: string;
  analysis: Analysis;
  counts: { citations: number; linked: number; tasks: number; existing: number; figures: number };
}

/** The UBND of a province on a date. */
export async function committeeOf(q: Tx, province: UnitRow, asOf: string): Promise<UnitRow> {
  const [committee] = await listUnitsOn(q, {
    asOf,
    underPath: province.path,
    kinds: ['provincial_committee'],
    includeEnded: true,
  });
  if (!committee)
    throw new AppError('UNKNOWN_UNIT', {
      field: 'province',
      params: { value: `UBND ${province.name}`, date: asOf },
    });
  return committee;
}

/** Normalised text (NFC, LF line ends, no page clutter: normalise-text.ts); refused when blank. */
export function normaliseExtractionText(text: string, field = 'text'): string {
  const t = normaliseInputText(text).text;
  if (t.trim() === '') throw new AppError('EXTRACTION_EMPTY_TEXT', { field });
  return t;
}

/**
 * Reads a document's text for citations, tasks and figures, matches them to the register,
 * the registry and existing tasks, and keeps the result for review. Needs `task.manage` on
 * the province's UBND.
 */
export async function importExtraction(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof importExtractionInput> },
): Promise<ExtractionView> {
  const data = parseInput(importExtractionInput, input);
  const text = normaliseExtractionText(data.text);
  const today = ctx.clock.today();
  const province = await chooseProvince(ctx.db.q, actor, today, data.province);
  const committee = await committeeOf(ctx.db.q, province, today);
  authorize(actor, 'task.manage', { unitPaths: [committee.path] });
  if (data.documentId) await requireDocument(ctx.db.q, data.documentId, 'documentId');
  const { analysis, asOf } = await analyseText(ctx.db.q, {
    text,
    province,
    scopePath: scopePathOf(actor),
    today,
    documentId: data.documentId ?? null,
  });
  const id = await ctx.db.write(async (tx) => {
    const row = await tx
      .insertInto('extractions')
      .values({
        assigning_unit_id: committee.id,
        document_id: analysis.document.document_id,
        file_name: data.fileName ?? null,
        input_kind: data.inputKind,
        text,
        as_of: asOf,
        result: JSON.stringify(analysis),
        status: 'review',
        created_by_user_id: actor.kind === 'user' ? actor.userId : null,
        created_by_name: actorLabel(actor),
        created_at: ctx.systemNow().toISOString(),
        confirmed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'extraction.import',
      entity: 'extraction',
      entityId: row.id,
      after: {
        fileName: data.fileName ?? null,
        documentId: analysis.document.document_id,
        citations: analysis.citations.length,
        tasks: analysis.tasks.length,
        figures: analysis.figures.length,
      },
    });
    return row.id;
  });
  return showExtraction(ctx, { actor, input: { id } });
}

/** Analyses a text without keeping it (the CLI's `dieuhanh extract FILE`). */
export async function analyseExtraction(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof importExtractionInput> },
): Promise<{ analysis: Analysis; asOf: string }> {
  const data = parseInput(importExtractionInput, input);
  const text = normaliseExtractionText(data.text);
  const today = ctx.clock.today();
  const province = await chooseProvince(ctx.db.q, actor, today, data.province);
  const committee = await committeeOf(ctx.db.q, province, today);
  authorize(actor, 'task.read', { unitPaths: [committee.path] });
  return analyseText(ctx.db.q, {
    text,
    province,
    scopePath: scopePathOf(actor),
    today,
    documentId: data.documentId ?? null,
  });
}

async function requireDocument(q: Tx, id: number, field: string): Promise<void> {
  const doc = await q.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
  if (!doc) throw new AppError('NOT_FOUND', { field, params: { entity: 'văn bản', id } });
}

/** Loads an extraction the actor may read (`task.read` on its UBND), or NOT_FOUND. */
export async function loadExtraction(
  ctx: AppContext,
  q: Tx,
  actor: Actor,
  id: number,
  action: 'task.read' | 'task.manage' = 'task.read',
): Promise<{ row: ExtractionRow; unit: UnitRow }> {
  const row = await q.selectFrom('extractions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row)
    throw new AppError('NOT_FOUND', { field: 'id', params: { entity: 'bản trích xuất', id } });
  const unit = await getUnit(q, row.assigning_unit_id, row.as_of);
  if (!unit)
    throw new AppError('NOT_FOUND', {
      field: 'id',
      params: { entity: 'đơn vị', id: row.assigning_unit_id },
    });
  authorize(actor, action, { unitPaths: [unit.path] });
  return { row, unit };
}

export function toExtractionView(row: ExtractionRow, unit: UnitRow): ExtractionView {
  const analysis = JSON.parse(row.result) as Analysis;
  return {
    id: row.id,
    status: row.status,
    fileName: row.file_name,
    inputKind: row.input_kind,
    asOf: row.as_of,
    assigningUnit: { id: unit.id, name: unit.name },
    createdBy: row.created_by_name,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    text: row.text,
    analysis,
    counts: {
      citations: analysis.citations.length,
      linked: analysis.citations.filter((c) => c.document_id !== null).length,
      tasks: analysis.tasks.length,
      existing: analysis.tasks.filter((t) => t.existing_task_id !== null).length,
      figures: analysis.figures.length,
    },
  };
}

/** One extraction with its text and analysis. */
export async function showExtraction(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: { id: number } },
): Promise<ExtractionView> {
  const { row, unit } = await loadExtraction(ctx, ctx.db.q, actor, input.id);
  return toExtractionView(row, unit);
}

/** A line of the list of extractions. */
export interface ExtractionSummary {
  id: number;
  status: ExtractionsTable['status'];
  fileName: string | null;
  numberSymbol: string | null;
  documentId: number | null;
  createdBy: string;
  createdAt: string;
  counts: ExtractionView['counts'];
}

/** The province's extractions, newest first (the last 100). */
export async function listExtractions(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<ExtractionSummary[]> {
  const today = ctx.clock.today();
  const province = await chooseProvince(ctx.db.q, actor, today);
  const committee = await committeeOf(ctx.db.q, province, today);
  authorize(actor, 'task.read', { unitPaths: [committee.path] });
  const rows = await ctx.db.q
    .selectFrom('extractions')
    .selectAll()
    .where('assigning_unit_id', '=', committee.id)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => {
    const v = toExtractionView(r, committee);
    return {
      id: r.id,
      status: r.status,
      fileName: r.file_name,
      numberSymbol: v.analysis.document.number_symbol,
      documentId: r.document_id,
      createdBy: r.created_by_name,
      createdAt: r.created_at,
      counts: v.counts,
    };
  });
}

/** The analysis in the corpus label shape (snake_case), for the JSON export of the API and CLI. */
export function exportAnalysis(a: Analysis): {
  document: Analysis['document'];
  citations: Array<{
    text: string;
    type: string | null;
    number_symbol: string | null;
    date: string | null;
    issuer: string | null;
    document_id: number | null;
  }>;
  tasks: Array<{
    text: string;
    lead_unit: string | null;
    coordinating_units: string[];
    deadline: string | null;
    lead_unit_id?: number;
    item_label?: string;
    expected_output?: string;
    deliver_to?: string;
    existing_task_id: number | null;
  }>;
  figures: Array<{ text: string; value: number; unit: string; kind: 'target' | 'actual' }>;
} {
  return {
    document: a.document,
    citations: a.citations.map((c) => ({
      text: c.text,
      type: c.type,
      number_symbol: c.number_symbol,
      date: c.date,
      issuer: c.issuer,
      document_id: c.document_id,
    })),
    tasks: a.tasks.map((t) => ({
      text: t.text,
      lead_unit: t.lead_unit,
      coordinating_units: t.coordinating_units,
      deadline: t.deadline,
      ...(t.lead_unit_id !== undefined ? { lead_unit_id: t.lead_unit_id } : {}),
      ...(t.item_label !== undefined ? { item_label: t.item_label } : {}),
      ...(t.expected_output !== undefined ? { expected_output: t.expected_output } : {}),
      ...(t.deliver_to !== undefined ? { deliver_to: t.deliver_to } : {}),
      existing_task_id: t.existing_task_id,
    })),
    figures: a.figures.map((f) => ({ text: f.text, value: f.value, unit: f.unit, kind: f.kind })),
  };
}
