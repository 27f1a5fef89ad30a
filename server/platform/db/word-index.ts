/**
 * "Every word occurs in the folded `search_text`" on the two large tables, through their word
 * index (migration 20261201_0600_search_index). The condition is the same `LIKE '%word%'` per
 * word on both engines; on SQLite it is preceded by the candidate ids the FTS5 trigram table
 * gives for those words, which the planner reads instead of scanning the table. PostgreSQL's
 * GIN trigram index serves the `LIKE` itself. The only module that knows the index's shape.
 */
import { PostgresAdapter, sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Tx } from './database';

/** The tables that have a word index. */
export type IndexedTable = 'documents' | 'tasks';

/** Removes the `LIKE` wildcards from a folded word (they are never part of a search). */
export function likeWord(word: string): string {
  return word.replace(/[%_\\]/gu, '');
}

/**
 * True when `alias.search_text` contains every pattern (`LIKE` patterns, e.g. `%word%` or
 * `229/bc%`); `contains` are the plain substrings those patterns require, for the index.
 */
export function indexedTextMatch(
  q: Tx,
  table: IndexedTable,
  alias: string,
  condition: RawBuilder<SqlBool>,
  contains: readonly string[],
): RawBuilder<SqlBool> {
  const usable = contains.map(likeWord).filter((w) => [...w].length >= 3);
  if (usable.length === 0 || q.getExecutor().adapter instanceof PostgresAdapter) return condition;
  const fts = sql.table(`${table}_fts`);
  const candidates = sql`select rowid from ${fts} where ${sql.join(
    usable.map((w) => sql`search_text like ${`%${w}%`}`),
    sql` and `,
  )}`;
  return sql<SqlBool>`(${sql.ref(`${alias}.id`)} in (${candidates}) and ${condition})`;
}

/** Every folded word occurs in `alias.search_text`, through the table's word index. */
export function containsEveryWord(
  q: Tx,
  table: IndexedTable,
  alias: string,
  words: readonly string[],
): RawBuilder<SqlBool> {
  const clean = words.map(likeWord).filter(Boolean);
  if (clean.length === 0) return sql<SqlBool>`1 = 1`;
  const col = sql.ref(`${alias}.search_text`);
  const condition = sql<SqlBool>`(${sql.join(
    clean.map((w) => sql`${col} like ${`%${w}%`}`),
    sql` and `,
  )})`;
  return indexedTextMatch(q, table, alias, condition, clean);
}
