import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { authorize } from '../access/policy';
import { indicatorPaths, loadIndicator } from './indicator-access';
import {
  toIndicatorViews,
  toTargetViews,
  type IndicatorView,
  type TargetView,
} from './indicator-view';

/** One catalogue entry with its yearly targets (every year and unit) and its direct breakdowns. */
export async function showIndicator(
  ctx: AppContext,
  { actor, indicatorId }: { actor: Actor; indicatorId: number },
): Promise<{ indicator: IndicatorView; targets: TargetView[]; childIds: number[] }> {
  const q = ctx.db.q;
  const today = ctx.clock.today();
  const ind = await loadIndicator(q, indicatorId);
  authorize(actor, 'indicator.read', { unitPaths: indicatorPaths(ind) });
  const [view] = await toIndicatorViews(q, [ind], today);
  if (!view) throw new Error('indicator vanished');
  const targets = await q
    .selectFrom('indicator_targets')
    .selectAll()
    .where('indicator_id', '=', ind.id)
    .orderBy('year', 'desc')
    .orderBy('unit_id')
    .orderBy('kind')
    .execute();
  const children = await q
    .selectFrom('indicators')
    .select('id')
    .where('parent_id', '=', ind.id)
    .orderBy('sort_order')
    .execute();
  return {
    indicator: view,
    targets: await toTargetViews(q, targets, today),
    childIds: children.map((c) => c.id),
  };
}
