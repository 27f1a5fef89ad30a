import type { Tx } from '../platform/db/database';
import { viFold } from '../../shared/vi/text';
import { containsEveryWord } from '../platform/db/word-index';
import type { Regime } from '../../shared/documents/doc-types';
import type { Direction, DocumentStatus, DocumentsTable } from './tables';
import type { Selectable } from 'kysely';

/** Filters of the register list (every one optional). */
export interface DocumentFilter {
  registerUnitId?: number;
  issuerUnitId?: number;
  /** Limits the list to registers inside an organisation subtree (`/1/5/`). */
  underPath?: string;
  directions?: readonly Direction[];
  regimes?: readonly Regime[];
  typeKeys?: readonly string[];
  statuses?: readonly DocumentStatus[];
  /** Issue date from (inclusive). */
  from?: string;
  /** Issue date to (inclusive). */
  to?: string;
  /** Every tag must be present (folded tag keys). */
  tags?: readonly string[];
  /** Leave out classified entries (for roles that may not read them). */
  publicOnly?: boolean;
  /** Diacritics-insensitive text: number-symbol, summary, issuer, signer, tags. */
  q?: string;
}

export const DOCUMENT_SORTS = [
  'issueDate',
  '-issueDate',
  'number',
  '-number',
  'arrivalDate',
  '-arrivalDate',
  'createdAt',
  '-createdAt',
] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

/** The register's rows matching a filter (the list's scope and filters), for further querying. */
export function applyFilter(q: Tx, f: DocumentFilter) {
  let query = q.selectFrom('documents as d');
  if (f.underPath) {
    query = query
      .innerJoin('units as ru', 'ru.id', 'd.register_unit_id')
      .where('ru.path', 'like', `${f.underPath}%`);
  }
  let filtered = query.selectAll('d');
  if (f.registerUnitId !== undefined)
    filtered = filtered.where('d.register_unit_id', '=', f.registerUnitId);
  if (f.issuerUnitId !== undefined)
    filtered = filtered.where('d.issuer_unit_id', '=', f.issuerUnitId);
  if (f.directions?.length) filtered = filtered.where('d.direction', 'in', f.directions);
  if (f.regimes?.length) filtered = filtered.where('d.regime', 'in', f.regimes);
  if (f.typeKeys?.length) filtered = filtered.where('d.type_key', 'in', f.typeKeys);
  if (f.statuses?.length) filtered = filtered.where('d.status', 'in', f.statuses);
  if (f.publicOnly) filtered = filtered.where('d.secrecy', '=', 'none');
  if (f.from) filtered = filtered.where('d.issue_date', '>=', f.from);
  if (f.to) filtered = filtered.where('d.issue_date', '<=', f.to);
  for (const tag of f.tags ?? []) {
    filtered = filtered.where((eb) =>
      eb.exists(
        eb
          .selectFrom('document_tags as t')
          .select('t.document_id')
          .whereRef('t.document_id', '=', 'd.id')
          .where('t.tag', '=', tag),
      ),
    );
  }
  if (f.q) {
    filtered = filtered.where(
      containsEveryWord(q, 'documents', 'd', viFold(f.q).split(' ').filter(Boolean)),
    );
  }
  return filtered;
}

/** One page of the register and the total matching the filter. */
export async function listDocuments(
  q: Tx,
  f: DocumentFilter,
  page: { sort: DocumentSort; limit: number; offset: number },
): Promise<{ rows: Selectable<DocumentsTable>[]; total: number }> {
  const totalRow = await applyFilter(q, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const desc = page.sort.startsWith('-');
  const dir = desc ? 'desc' : 'asc';
  const column = {
    issueDate: 'd.issue_date',
    number: 'd.number',
    arrivalDate: 'd.arrival_date',
    createdAt: 'd.created_at',
  } as const;
  const key = page.sort.replace('-', '') as keyof typeof column;
  let query = applyFilter(q, f).orderBy(column[key], dir);
  if (key === 'issueDate') query = query.orderBy('d.number', dir);
  if (key === 'arrivalDate') query = query.orderBy('d.arrival_number', dir);
  const rows = await query.orderBy('d.id', dir).limit(page.limit).offset(page.offset).execute();
  return { rows, total: Number(totalRow.n) };
}

/** Every row matching the filter (exports), in register order. */
export async function allDocuments(
  q: Tx,
  f: DocumentFilter,
): Promise<Selectable<DocumentsTable>[]> {
  return applyFilter(q, f).orderBy('d.issue_date').orderBy('d.number').orderBy('d.id').execute();
}

/** Tags of some documents, by document id. */
export async function tagsOf(
  q: Tx,
  ids: readonly number[],
): Promise<Map<number, { tag: string; label: string }[]>> {
  const out = new Map<number, { tag: string; label: string }[]>();
  if (ids.length === 0) return out;
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await q
      .selectFrom('document_tags')
      .selectAll()
      .where('document_id', 'in', ids.slice(i, i + 500))
      .orderBy('label')
      .execute();
    for (const r of rows) {
      const list = out.get(r.document_id) ?? [];
      list.push({ tag: r.tag, label: r.label });
      out.set(r.document_id, list);
    }
  }
  return out;
}
