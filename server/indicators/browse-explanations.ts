import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { chooseProvince } from './indicator-access';
import { refSchema } from './indicator-inputs';
import { EXPLANATION_STATUSES } from './tables';
import { toExplanationViews, type ExplanationView } from './explanation-view';

/** Input of browseExplanations. */
export const browseExplanationsInput = z
  .object({
    province: refSchema.optional(),
    status: z.array(z.enum(EXPLANATION_STATUSES)).optional(),
    indicatorId: z.number().int().positive().optional(),
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .strict();

/** Explanation requests of a province in the actor's scope, newest first, with their threads. */
export async function browseExplanations(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof browseExplanationsInput> },
): Promise<{ items: ExplanationView[] }> {
  const data = parseInput(browseExplanationsInput, input);
  authorize(actor, 'indicator.read');
  const today = ctx.clock.today();
  const q = ctx.db.q;
  const province = await chooseProvince(q, actor, today, data.province);
  let query = q
    .selectFrom('indicator_explanations as e')
    .innerJoin('indicators as i', 'i.id', 'e.indicator_id')
    .innerJoin('units as o', 'o.id', 'i.owner_unit_id')
    .innerJoin('units as s', 's.id', 'e.unit_id')
    .selectAll('e')
    .where('i.province_unit_id', '=', province.id);
  const scope = scopePathOf(actor);
  if (scope)
    query = query.where((eb) =>
      eb.or([
        eb('o.path', 'like', `${scope}%`),
        eb.and([
          eb('e.unit_id', '!=', eb.ref('i.province_unit_id')),
          eb('s.path', 'like', `${scope}%`),
        ]),
      ]),
    );
  if (data.status) query = query.where('e.status', 'in', data.status);
  if (data.indicatorId !== undefined) query = query.where('e.indicator_id', '=', data.indicatorId);
  if (data.year !== undefined) query = query.where('e.year', '=', data.year);
  const rows = await query.orderBy('e.id', 'desc').limit(500).execute();
  return { items: await toExplanationViews(q, rows, today) };
}
