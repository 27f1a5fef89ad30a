/**
 * Units (đơn vị) matching a query by name, short name, ký hiệu code and code (the folded
 * `unit_names.search_text` of the name valid today) or named by an abbreviation; as the unit list
 * shows them: the actor's subtree plus the central bodies every province cites.
 */
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

/** Units the actor may read that match; null when the role may not read units. */
export async function searchUnits(q: Tx, actor: Actor, s: KindSearch): Promise<KindResult | null> {
  if (!can(actor, 'unit.read')) return null;
  const scope = scopePathOf(actor);
  const today = s.today;
  const unit = unitIn('u.id', s.unitIds);
  let matching = q
    .selectFrom('units as u')
    .innerJoin('unit_names as n', (j) =>
      j
        .onRef('n.unit_id', '=', 'u.id')
        .on('n.valid_from', '<=', today)
        .on((eb) => eb.or([eb('n.valid_to', 'is', null), eb('n.valid_to', '>=', today)])),
    )
    .where('u.valid_from', '<=', today)
    .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', today)]))
    .where('u.kind', 'not in', ['province', 'national_root'])
    .where(textOrUnit('n.search_text', s.query, unit));
  if (scope)
    matching = matching.where((eb) =>
      eb.or([eb('u.path', 'like', `${scope}%`), eb('u.kind', '=', 'central_body')]),
    );
  const { n } = await matching
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await matching
    .select(['u.id', 'u.parent_id', 'n.name', 'n.short_name', 'n.symbol_code'])
    .select(matchRank('n.search_text', s.query, { unit }).as('rank'))
    .orderBy('rank')
    .orderBy('u.sort_order')
    .orderBy('n.sort_key')
    .orderBy('u.id')
    .limit(s.limit)
    .execute();
  return {
    total: Number(n),
    items: rows.map((r) => ({
      id: r.id,
      title: r.name,
      subtitle: [
        r.short_name !== r.name ? r.short_name : null,
        r.symbol_code,
        r.parent_id !== null ? s.unitNames.get(r.parent_id) : null,
      ]
        .filter((x): x is string => !!x)
        .join(' — '),
      date: null,
      href: unitHref(actor, r.id),
      match: matchOfRank(r.rank),
    })),
  };
}
