import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { authorize, can } from '../access/policy';
import { allRegimeIds, loadRegime, regimePaths } from './regime-queries';
import { toRegimeView, type RegimeView } from './regime-view';

/**
 * The reporting regimes the caller may see: those whose issuer or one of
 * whose reporting units lies in the caller's scope (a Sở sees the regimes it
 * reports under).
 */
export async function listRegimes(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<RegimeView[]> {
  authorize(actor, 'periodic_report.read');
  const q = ctx.db.q;
  const today = ctx.clock.today();
  const views: RegimeView[] = [];
  for (const id of await allRegimeIds(q)) {
    const regime = await loadRegime(q, id, today);
    if (!can(actor, 'periodic_report.read', { unitPaths: await regimePaths(q, regime, today) }))
      continue;
    views.push(await toRegimeView(q, regime, today));
  }
  return views;
}
