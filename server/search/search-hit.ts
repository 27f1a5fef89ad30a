/**
 * What every kind of the global search returns, and the SQL pieces they share: the words of a
 * query matched against a folded `search_text`, and the rank (exact number-symbol or phrase
 * first, then the phrase at the start of a word, then the unit meant by an abbreviation, then
 * the words anywhere).
 */
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { SearchQuery } from '../../shared/search/query';
import type { Tx } from '../platform/db/database';
import { indexedTextMatch, type IndexedTable } from '../platform/db/word-index';

/** The kinds searched, in the order their groups are shown. */
export const SEARCH_KINDS = ['documents', 'tasks', 'projects', 'cases', 'people', 'units'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How an item matched, best first. */
export const MATCH_KINDS = ['exact', 'prefix', 'unit', 'words'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** One item found: what to show and where it opens in the web application. */
export const searchHitSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  subtitle: z.string(),
  /** A local date shown beside the item (issue date, deadline, received on), or null. */
  date: z.string().nullable(),
  /** The address of the item in the web application (`/van-ban/12`). */
  href: z.string(),
  match: z.enum(MATCH_KINDS),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** One kind's total and its first items. */
export interface KindResult {
  total: number;
  items: SearchHit[];
}

/** What each kind's search is given. */
export interface KindSearch {
  query: SearchQuery;
  /** Units the query names by abbreviation or name (resolve-units.ts). */
  unitIds: readonly number[];
  /** Names of the province's units on today, by id, for subtitles. */
  unitNames: ReadonlyMap<number, string>;
  limit: number;
  today: string;
}

const MATCH_BY_RANK: readonly MatchKind[] = ['exact', 'prefix', 'unit', 'words'];

/** The MatchKind of a rank computed by `matchRank`. */
export function matchOfRank(rank: number | string): MatchKind {
  return MATCH_BY_RANK[Number(rank)] ?? 'words';
}

type Column = string | RawBuilder<string>;
const ref = (c: Column) => (typeof c === 'string' ? sql.ref(c) : c);

/**
 * Every word of the query occurs in the folded column; a number-symbol ("229/bc") only at the
 * start of a word, so "229/BC" does not find "1229/BC".
 */
export function wordsMatch(column: Column, q: SearchQuery): RawBuilder<SqlBool> {
  const col = ref(column);
  if (q.numberSymbol !== null)
    return sql<SqlBool>`(${col} like ${`${q.numberSymbol}%`} or ${col} like ${`% ${q.numberSymbol}%`})`;
  if (q.words.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(
    q.words.map((w) => sql`${col} like ${`%${w}%`}`),
    sql` and `,
  )})`;
}

/**
 * `column in (ids)`; null for no ids, so that the match is not joined by `or 1 = 0`, which
 * SQLite's planner does not simplify and which would turn an index search into a full scan.
 */
export function unitIn(column: string, ids: readonly number[]): RawBuilder<SqlBool> | null {
  if (ids.length === 0) return null;
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join([...ids])})`;
}

/** A table with a word index (documents, tasks): the match asks the index first. */
export interface WordIndex {
  q: Tx;
  table: IndexedTable;
  alias: string;
}

/** The words match or the row belongs to a unit the query names. */
export function textOrUnit(
  column: Column,
  q: SearchQuery,
  unit?: Expression<SqlBool> | null,
  index?: WordIndex,
) {
  const words = index
    ? indexedTextMatch(
        index.q,
        index.table,
        index.alias,
        wordsMatch(column, q),
        q.numberSymbol !== null ? [q.numberSymbol] : q.words,
      )
    : wordsMatch(column, q);
  return unit ? sql<SqlBool>`(${words} or ${unit})` : words;
}

/**
 * 0 exact (the `exact` condition, else the column starting with the whole query), 1 the query at
 * the start of a word, 2 a unit the query names, 3 the words anywhere.
 */
export function matchRank(
  column: Column,
  q: SearchQuery,
  opts: { exact?: Expression<SqlBool>; unit?: Expression<SqlBool> | null } = {},
): RawBuilder<number> {
  const col = ref(column);
  const phrase = q.numberSymbol ?? q.folded.replace(/[%_\\]/gu, '');
  const exact = opts.exact ?? sql<SqlBool>`(${col} = ${phrase} or ${col} like ${`${phrase} %`})`;
  const prefix = sql<SqlBool>`(${col} like ${`${phrase}%`} or ${col} like ${`% ${phrase}%`})`;
  return opts.unit
    ? sql<number>`case when ${exact} then 0 when ${prefix} then 1 when ${opts.unit} then 2 else 3 end`
    : sql<number>`case when ${exact} then 0 when ${prefix} then 1 else 3 end`;
}
