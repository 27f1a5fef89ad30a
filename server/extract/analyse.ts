/**
 * The analysis of a document's text against the product's data: the extractors of
 * shared/extract (citations, tasks, figures), then each cited document looked up in the
 * register, each named unit in the organisation registry for the document's date, and each
 * draft task compared with the tasks the document already has (same document and item label,
 * or the same content), so that nothing is created twice.
 */
import type { Tx } from '../platform/db/database';
import type { UnitRow } from '../organisation/unit-queries';
import { containsEveryWord } from '../platform/db/word-index';
import { viFold } from '../../shared/vi/text';
import { symbolKey } from '../../shared/documents/symbol';
import {
  documentIdentity,
  extractCitations,
  lawNameKey,
  type Citation,
} from '../../shared/extract/citations';
import { extractTasks, type ExtractedTask } from '../../shared/extract/tasks';
import { extractFigures, type Figure } from '../../shared/extract/figures';
import { isLocalDate } from '../../shared/dates/local-date';
import { loadUnitIndex, type UnitIndex } from './unit-index';
import { workProgrammeItems } from '../reports/report-data';
import { templateFor } from '../reports/templates/registry';

/** A unit named in the text and what it matched in the registry. */
export interface UnitRef {
  text: string;
  /** Units it stands for: one for a unit, several for a group ("UBND các huyện…"). */
  unit_ids: number[];
  unit_names: string[];
  /** `unit`, `group`, `ambiguous` (several units bear that name) or `none`. */
  match: 'unit' | 'group' | 'ambiguous' | 'none';
}

export interface AnalysedCitation extends Citation {
  /** The register entry it links to, when exactly one matches. */
  document_id: number | null;
  /** How many register entries bear the number (more than one and no date to choose: not linked). */
  candidates: number;
}

export interface DraftTask extends ExtractedTask {
  /** The lead unit's id when the lead text matched exactly one unit. */
  lead_unit_id?: number;
  lead: UnitRef | null;
  coordinating: UnitRef[];
  /** Jointly addressed units (no chủ trì): a parent task with one child each on confirmation. */
  addressees: UnitRef[];
  /** 0–1: how sure the reading is (see confidenceOf). */
  confidence: number;
  /** The task this draft already is (same document and item label, or same content). */
  existing_task_id: number | null;
  /** The task created from this draft on confirmation. */
  created_task_id: number | null;
}

export interface Analysis {
  document: {
    number_symbol: string | null;
    date: string | null;
    /** The register entry of the document itself, when found. */
    document_id: number | null;
  };
  citations: AnalysedCitation[];
  tasks: DraftTask[];
  figures: Figure[];
}

/** Runs the extractors and matches their results to the register, the registry and the tasks. */
export async function analyseText(
  q: Tx,
  opts: {
    text: string;
    province: UnitRow;
    /** Paths the reader may see register entries under (undefined: all). */
    scopePath: string | undefined;
    /** The day of import: units are matched on the document's date, else on this day. */
    today: string;
    /** The document itself when the caller names it. */
    documentId?: number | null;
  },
): Promise<{ analysis: Analysis; asOf: string }> {
  const identity = documentIdentity(opts.text);
  const asOf = identity.date ?? opts.today;
  const documentId =
    opts.documentId ??
    (identity.number_symbol
      ? await linkDocument(q, opts.scopePath, identity.number_symbol, identity.date)
      : { id: null }
    ).id;

  const citations: AnalysedCitation[] = [];
  for (const c of extractCitations(opts.text)) {
    const link = c.number_symbol
      ? await linkDocument(q, opts.scopePath, c.number_symbol, c.date)
      : await linkLaw(q, opts.scopePath, c.text);
    citations.push({ ...c, document_id: link.id, candidates: link.candidates });
  }

  const index = await loadUnitIndex(q, { asOf, province: opts.province });
  const existing = documentId ? await existingTasks(q, documentId) : null;
  const tasks = extractTasks(opts.text).map((t) => draftOf(t, index, existing));

  return {
    analysis: {
      document: { ...identity, document_id: documentId },
      citations,
      tasks,
      figures: extractFigures(opts.text),
    },
    asOf,
  };
}

function refOf(text: string, index: UnitIndex): UnitRef {
  const m = index.match(text);
  switch (m.kind) {
    case 'unit':
      return { text, unit_ids: [m.unit.id], unit_names: [m.unit.name], match: 'unit' };
    case 'group':
      return {
        text,
        unit_ids: m.units.map((u) => u.id),
        unit_names: m.units.map((u) => u.name),
        match: 'group',
      };
    case 'ambiguous':
      return {
        text,
        unit_ids: m.candidates.map((u) => u.id),
        unit_names: m.candidates.map((u) => u.name),
        match: 'ambiguous',
      };
    case 'none':
      return { text, unit_ids: [], unit_names: [], match: 'none' };
  }
}

function draftOf(t: ExtractedTask, index: UnitIndex, existing: ExistingTasks | null): DraftTask {
  let lead = t.lead_unit === null ? null : refOf(t.lead_unit, index);
  let addressees = (t.assignees ?? []).map((a) => refOf(a, index));
  // "Giao UBND các huyện, thị xã, thành phố …": a group as lead is addressed to each unit.
  if (lead?.match === 'group') {
    addressees = [lead];
    lead = null;
  }
  const draft: DraftTask = {
    ...t,
    lead,
    coordinating: t.coordinating_units.map((c) => refOf(c, index)),
    addressees,
    confidence: 0,
    existing_task_id: existing ? existing.find(t) : null,
    created_task_id: null,
  };
  if (lead?.match === 'unit' && lead.unit_ids[0] !== undefined)
    draft.lead_unit_id = lead.unit_ids[0];
  draft.confidence = confidenceOf(draft);
  return draft;
}

/**
 * A reading's confidence: half for having been recognised as an assignment at all, then a
 * fifth when who leads is resolved to the registry (one lead, or every addressee), a tenth
 * each for an explicit verb of assignment, a stated deadline and a numbered item.
 */
export function confidenceOf(d: DraftTask): number {
  let c = 0.5;
  const resolved =
    (d.lead !== null && d.lead.match === 'unit') ||
    (d.lead === null &&
      d.addressees.length > 0 &&
      d.addressees.every((a) => a.match === 'unit' || a.match === 'group'));
  if (resolved) c += 0.2;
  if (/(?:^|\s)(?:chủ trì|Giao|giao|yêu cầu|Yêu cầu|đề nghị|Đề nghị)(?![\p{L}])/u.test(d.text))
    c += 0.1;
  if (d.deadline !== null) c += 0.1;
  if (d.item_label !== undefined) c += 0.1;
  return Math.round(Math.min(1, c) * 100) / 100;
}

/** The register entry bearing a number, in the reader's scope; ambiguous numbers are left unlinked. */
async function linkDocument(
  q: Tx,
  scopePath: string | undefined,
  numberSymbol: string,
  date: string | null,
): Promise<{ id: number | null; candidates: number }> {
  let query = q
    .selectFrom('documents as d')
    .innerJoin('units as r', 'r.id', 'd.register_unit_id')
    .select(['d.id', 'd.issue_date', 'd.status'])
    .where('d.number_symbol_key', '=', symbolKey(numberSymbol));
  if (scopePath) query = query.where('r.path', 'like', `${scopePath}%`);
  const rows = (await query.orderBy('d.id').execute()).filter((r) => r.status !== 'cancelled');
  const dated = date ? rows.filter((r) => r.issue_date === date) : [];
  const pick = dated.length === 1 ? dated : rows;
  return { id: pick.length === 1 && pick[0] ? pick[0].id : null, candidates: rows.length };
}

/** A law named without its number: the register entry whose title folds to the same name. */
async function linkLaw(
  q: Tx,
  scopePath: string | undefined,
  text: string,
): Promise<{ id: number | null; candidates: number }> {
  const key = lawNameKey(text);
  if (key === '') return { id: null, candidates: 0 };
  const words = viFold(text).split(/\s+/u).slice(0, 3).join(' ');
  let query = q
    .selectFrom('documents as d')
    .innerJoin('units as r', 'r.id', 'd.register_unit_id')
    .select(['d.id', 'd.title', 'd.summary'])
    .where(containsEveryWord(q, 'documents', 'd', [words]));
  if (scopePath) query = query.where('r.path', 'like', `${scopePath}%`);
  const rows = (await query.orderBy('d.id').limit(200).execute()).filter(
    (r) => lawNameKey(r.title ?? r.summary) === key,
  );
  return { id: rows.length === 1 && rows[0] ? rows[0].id : null, candidates: rows.length };
}

export interface ExistingTasks {
  find(t: ExtractedTask): number | null;
}

/**
 * The tasks a document already carries: those recorded with it as source, and, for a report
 * the product issued with a work programme part (229/BC-UBND's part B), the programme's items
 * it presents under the same labels.
 */
export async function existingTasks(q: Tx, documentId: number): Promise<ExistingTasks> {
  const rows = await q
    .selectFrom('tasks')
    .select(['id', 'source_item_label', 'content'])
    .where('source_document_id', '=', documentId)
    .where('kind', '!=', 'programme')
    .orderBy('id')
    .execute();
  const byLabel = new Map<string, number>();
  const byContent = new Map<string, number>();
  for (const r of rows) {
    if (r.source_item_label && !byLabel.has(r.source_item_label))
      byLabel.set(r.source_item_label, r.id);
    byContent.set(contentKey(r.content), r.id);
  }
  const report = await q
    .selectFrom('reports')
    .select(['template', 'issuer_unit_id', 'period'])
    .where('document_id', '=', documentId)
    .where('status', '=', 'issued')
    .executeTakeFirst();
  if (report && presentsWorkProgramme(report.template)) {
    const year = (JSON.parse(report.period) as { year?: number }).year;
    if (typeof year === 'number') {
      for (const item of await workProgrammeItems(q, report.issuer_unit_id, year)) {
        if (!byLabel.has(item.label)) byLabel.set(item.label, item.taskId);
        byContent.set(contentKey(item.content), item.taskId);
      }
    }
  }
  return {
    find(t) {
      if (t.item_label !== undefined) {
        const id = byLabel.get(t.item_label);
        if (id !== undefined) return id;
      }
      return byContent.get(contentKey(t.text)) ?? null;
    },
  };
}

function presentsWorkProgramme(template: string): boolean {
  try {
    return templateFor(template).blocks.some(
      (b) => b.kind === 'generated' && b.generator === 'workProgramme',
    );
  } catch {
    return false;
  }
}

function contentKey(s: string): string {
  return viFold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when a draft's deadline is a calendar date a task can carry. */
export function isDateDeadline(d: string | null): d is string {
  return d !== null && isLocalDate(d);
}
