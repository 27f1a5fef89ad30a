/**
 * Register entries (văn bản) matching a query: số/ký hiệu, trích yếu, issuer (the folded
 * `documents.search_text`), or issued by a unit the query names; in the register list's scope
 * (registers inside the actor's subtree, classified entries only for `document.read_secret`).
 */
import { sql } from 'kysely';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { can, scopePathOf } from '../access/policy';
import { applyFilter, type DocumentFilter } from '../documents/document-queries';
import { docTypeByKey } from '../../shared/documents/doc-types';
import {
  matchOfRank,
  matchRank,
  textOrUnit,
  unitIn,
  type KindResult,
  type KindSearch,
} from './search-hit';

/** Register entries the actor may read that match; null when the role may not read the register. */
export async function searchDocuments(
  q: Tx,
  actor: Actor,
  s: KindSearch,
): Promise<KindResult | null> {
  if (!can(actor, 'document.read')) return null;
  const scope = scopePathOf(actor);
  const filter: DocumentFilter = {
    ...(scope ? { underPath: scope } : {}),
    ...(can(actor, 'document.read_secret') ? {} : { publicOnly: true }),
  };
  const unit = unitIn('d.issuer_unit_id', s.unitIds);
  const matching = applyFilter(q, filter).where(
    textOrUnit('d.search_text', s.query, unit, { q, table: 'documents', alias: 'd' }),
  );
  const exact =
    s.query.numberSymbolKey !== null
      ? sql<boolean>`${sql.ref('d.number_symbol_key')} = ${s.query.numberSymbolKey}`
      : undefined;
  const rank = matchRank('d.search_text', s.query, { ...(exact ? { exact } : {}), unit });
  const rows = await matching
    .clearSelect()
    .select([
      'd.id',
      'd.number_symbol',
      'd.type_key',
      'd.title',
      'd.summary',
      'd.issuer_name',
      'd.issue_date',
      'd.arrival_date',
    ])
    .select(rank.as('rank'))
    // The total in the same pass over the rows (a second scan for count(*) doubled the time).
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('rank')
    .orderBy('d.issue_date', 'desc')
    .orderBy('d.id', 'desc')
    .limit(s.limit)
    .execute();
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => {
      const type = docTypeByKey(r.type_key)?.nameVi ?? r.type_key;
      return {
        id: r.id,
        title: r.number_symbol ?? r.title ?? type,
        subtitle: [r.number_symbol ? type : null, r.summary, r.issuer_name]
          .filter((x): x is string => !!x)
          .join(' — '),
        date: r.issue_date ?? r.arrival_date,
        href: `/van-ban/${r.id}`,
        match: matchOfRank(r.rank),
      };
    }),
  };
}
