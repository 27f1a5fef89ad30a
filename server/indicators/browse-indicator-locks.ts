import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { chooseProvince } from './indicator-access';
import { refSchema } from './indicator-inputs';
import { toLockView, type LockView } from './lock-view';

/** Input of browseIndicatorLocks. */
export const browseIndicatorLocksInput = z
  .object({
    province: refSchema.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .strict();

/** The locked periods of a province (by default the actor's), newest first; none from outside it. */
export async function browseIndicatorLocks(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof browseIndicatorLocksInput> },
): Promise<{ items: LockView[] }> {
  const data = parseInput(browseIndicatorLocksInput, input);
  authorize(actor, 'indicator.read');
  const province = await chooseProvince(ctx.db.q, actor, ctx.clock.today(), data.province);
  // Locks are the province's: visible from inside it (any scope within) or from above it.
  const scope = scopePathOf(actor);
  if (scope && !province.path.startsWith(scope) && !scope.startsWith(province.path))
    return { items: [] };
  let q = ctx.db.q
    .selectFrom('indicator_period_locks')
    .selectAll()
    .where('province_unit_id', '=', province.id);
  if (data.year !== undefined) q = q.where('year', '=', data.year);
  const rows = await q
    .orderBy('year', 'desc')
    .orderBy('period_kind')
    .orderBy('period_index', 'desc')
    .execute();
  return { items: rows.map(toLockView) };
}
