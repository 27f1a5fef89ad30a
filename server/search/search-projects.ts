/**
 * Public-investment projects (dự án đầu tư công) matching a query: code, name, location and
 * investor (the folded `investment_projects.search_text`), or whose investor (chủ đầu tư) is a
 * unit the query names; in the project list's scope (the province's projects, or an investor's
 * own). The web application has no page per project: an item opens the disbursement dashboard.
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

/** Projects the actor may read that match; null when the role may not read investment. */
export async function searchProjects(
  q: Tx,
  actor: Actor,
  s: KindSearch,
): Promise<KindResult | null> {
  if (!can(actor, 'investment.read')) return null;
  const scope = scopePathOf(actor);
  const unit = unitIn('p.investor_unit_id', s.unitIds);
  let matching = q
    .selectFrom('investment_projects as p')
    .innerJoin('units as inv', 'inv.id', 'p.investor_unit_id')
    .innerJoin('units as prov', 'prov.id', 'p.province_unit_id')
    .where(textOrUnit('p.search_text', s.query, unit));
  if (scope)
    matching = matching.where((eb) =>
      eb.or([eb('inv.path', 'like', `${scope}%`), eb('prov.path', 'like', `${scope}%`)]),
    );
  const { n } = await matching
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await matching
    .select(['p.id', 'p.code', 'p.name', 'p.investor_unit_id', 'p.location'])
    .select(matchRank('p.search_text', s.query, { unit }).as('rank'))
    .orderBy('rank')
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .limit(s.limit)
    .execute();
  return {
    total: Number(n),
    items: rows.map((r) => ({
      id: r.id,
      title: r.name,
      subtitle: [r.code, s.unitNames.get(r.investor_unit_id), r.location]
        .filter((x): x is string => !!x)
        .join(' — '),
      date: null,
      href: '/chi-tieu-dau-tu/giai-ngan',
      match: matchOfRank(r.rank),
    })),
  };
}
