/**
 * Citizens' cases (đơn, vụ việc) matching a query by their number and summary ONLY: the folded
 * `citizen_cases.search_text` holds nothing else, and the protected persons
 * (`citizen_case_persons`: complainants, denouncers…) are never read or searched here. In the
 * case list's scope (received by or assigned to a unit of the actor's subtree).
 */
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { can, scopePathOf } from '../access/policy';
import { matchOfRank, matchRank, wordsMatch, type KindResult, type KindSearch } from './search-hit';

/** Cases the actor may read that match; null when the role may not read citizens' cases. */
export async function searchCases(q: Tx, actor: Actor, s: KindSearch): Promise<KindResult | null> {
  if (!can(actor, 'citizen.read')) return null;
  const scope = scopePathOf(actor);
  let matching = q
    .selectFrom('citizen_cases as c')
    .innerJoin('units as r', 'r.id', 'c.receiving_unit_id')
    .leftJoin('units as a', 'a.id', 'c.unit_id')
    .where(wordsMatch('c.search_text', s.query));
  if (scope)
    matching = matching.where((eb) =>
      eb.or([eb('r.path', 'like', `${scope}%`), eb('a.path', 'like', `${scope}%`)]),
    );
  const { n } = await matching
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await matching
    .select(['c.id', 'c.case_number', 'c.summary', 'c.received_on'])
    .select(matchRank('c.search_text', s.query).as('rank'))
    .orderBy('rank')
    .orderBy('c.received_on', 'desc')
    .orderBy('c.id', 'desc')
    .limit(s.limit)
    .execute();
  return {
    total: Number(n),
    items: rows.map((r) => ({
      id: r.id,
      title: r.case_number,
      subtitle: r.summary,
      date: r.received_on,
      href: `/cong-dan-cu-tri/don/${r.id}`,
      match: matchOfRank(r.rank),
    })),
  };
}
