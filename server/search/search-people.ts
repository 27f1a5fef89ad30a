/**
 * Officials (cán bộ, `people` with a position on today) matching a query by name, position title
 * and unit (the folded `people.search_text` and `positions.search_text`, or a position in a unit
 * the query names); only positions in units of the actor's subtree, as the positions list shows.
 * Citizens' protected persons are another table and are never searched.
 */
import { sql } from 'kysely';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { can, scopePathOf } from '../access/policy';
import {
  matchOfRank,
  matchRank,
  textOrUnit,
  unitIn,
  type KindResult,
  type KindSearch,
} from './search-hit';
import { unitHref } from './unit-links';

/** People the actor may read that match; null when the role may not read people. */
export async function searchPeople(q: Tx, actor: Actor, s: KindSearch): Promise<KindResult | null> {
  if (!can(actor, 'person.read')) return null;
  const scope = scopePathOf(actor);
  const text = sql<string>`(${sql.ref('pe.search_text')} || ' ' || ${sql.ref('pos.search_text')})`;
  const unit = unitIn('pos.unit_id', s.unitIds);
  let matching = q
    .selectFrom('positions as pos')
    .innerJoin('people as pe', 'pe.id', 'pos.person_id')
    .innerJoin('units as u', 'u.id', 'pos.unit_id')
    .where('pos.valid_from', '<=', s.today)
    .where((eb) => eb.or([eb('pos.valid_to', 'is', null), eb('pos.valid_to', '>=', s.today)]))
    .where(textOrUnit(text, s.query, unit));
  if (scope) matching = matching.where('u.path', 'like', `${scope}%`);
  const { n } = await matching
    .select(sql<number>`count(distinct ${sql.ref('pos.person_id')})`.as('n'))
    .executeTakeFirstOrThrow();
  const rank = matchRank(text, s.query, { unit });
  const best = await matching
    .select(['pos.person_id', 'pe.full_name', 'pe.sort_key'])
    .select(sql<number>`min(${rank})`.as('rank'))
    .groupBy(['pos.person_id', 'pe.full_name', 'pe.sort_key'])
    .orderBy('rank')
    .orderBy('pe.sort_key')
    .orderBy('pos.person_id')
    .limit(s.limit)
    .execute();
  const ids = best.map((b) => b.person_id);
  const positions =
    ids.length === 0
      ? []
      : await matching
          .where('pos.person_id', 'in', ids)
          .select(['pos.person_id', 'pos.unit_id', 'pos.title'])
          .select(rank.as('rank'))
          .orderBy('rank')
          .orderBy('pos.id')
          .execute();
  return {
    total: Number(n),
    items: best.map((b) => {
      const held = positions.filter((p) => p.person_id === b.person_id);
      const first = held[0];
      return {
        id: b.person_id,
        title: b.full_name,
        subtitle: held
          .map((p) => [p.title, s.unitNames.get(p.unit_id)].filter(Boolean).join(', '))
          .join('; '),
        date: null,
        href: first ? unitHref(actor, first.unit_id) : '/',
        match: matchOfRank(b.rank),
      };
    }),
  };
}
