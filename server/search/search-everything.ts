/**
 * Tìm kiếm chung — one search across the register, tasks, public-investment projects, citizens'
 * cases (number and summary only), officials and units: diacritics-insensitive, aware of unit
 * abbreviations ("skhdt", "Sở KH&ĐT") and of number-symbol prefixes ("229/BC"), each kind limited
 * to what the actor may read (the same scope as its list), results grouped by kind with the
 * kind's total and its first items, best matches first.
 */
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { parseInput } from '../platform/validation';
import { normaliseSearchQuery } from '../../shared/search/query';
import { nfc } from '../../shared/vi/text';
import {
  SEARCH_KINDS,
  searchHitSchema,
  type KindResult,
  type KindSearch,
  type SearchKind,
} from './search-hit';
import { resolveUnits } from './resolve-units';
import { searchDocuments } from './search-documents';
import { searchTasks } from './search-tasks';
import { searchProjects } from './search-projects';
import { searchCases } from './search-cases';
import { searchPeople } from './search-people';
import { searchUnits } from './search-units';

/** Shown per kind unless `limit` says otherwise. */
export const DEFAULT_SEARCH_LIMIT = 5;

/** The query and what to search. */
export const searchEverythingInput = z
  .object({
    /** What to look for: 2–200 characters once trimmed. */
    q: z
      .string()
      .transform((s) => nfc(s).trim())
      .pipe(z.string().min(2, 'cần ít nhất 2 ký tự').max(200, 'tối đa 200 ký tự')),
    /** Kinds to search (every kind the actor may read by default). */
    kinds: z
      .preprocess(
        (v) => (typeof v === 'string' ? v.split(',').filter((k) => k !== '') : v),
        z.array(z.enum(SEARCH_KINDS)).min(1),
      )
      .optional(),
    /** Items per kind. */
    limit: z.coerce.number().int().min(1).max(50).default(DEFAULT_SEARCH_LIMIT),
  })
  .strict();

/** One kind's group of results. */
export const searchGroupSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  total: z.number().int(),
  items: z.array(searchHitSchema),
});

/** The answer: the query as read and one group per kind the actor may read, in SEARCH_KINDS order. */
export const searchResultSchema = z.object({
  q: z.string(),
  groups: z.array(searchGroupSchema),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

type KindSearcher = (q: Tx, actor: Actor, s: KindSearch) => Promise<KindResult | null>;

const SEARCHERS: Record<SearchKind, KindSearcher> = {
  documents: searchDocuments,
  tasks: searchTasks,
  projects: searchProjects,
  cases: searchCases,
  people: searchPeople,
  units: searchUnits,
};

/** Searches every kind asked for that the actor may read (kinds it may not read are left out). */
export async function searchEverything(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof searchEverythingInput> },
): Promise<SearchResult> {
  const data = parseInput(searchEverythingInput, input);
  const query = normaliseSearchQuery(data.q);
  const today = ctx.clock.today();
  const q = ctx.db.q;
  const { unitIds, unitNames } = await resolveUnits(q, query, today);
  const search: KindSearch = { query, unitIds, unitNames, limit: data.limit, today };
  const kinds = SEARCH_KINDS.filter((k) => !data.kinds || data.kinds.includes(k));
  const groups: SearchResult['groups'] = [];
  for (const kind of kinds) {
    const found = await SEARCHERS[kind](q, actor, search);
    if (found) groups.push({ kind, ...found });
  }
  return { q: data.q, groups };
}
