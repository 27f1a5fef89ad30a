import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { viFold } from '../../shared/vi/text';
import { chooseProvince } from './indicator-access';
import { refSchema } from './indicator-inputs';
import { INDICATOR_CATEGORIES } from './tables';
import { toIndicatorViews, type IndicatorView } from './indicator-view';

/** Input of browseIndicators. */
export const browseIndicatorsInput = z
  .object({
    province: refSchema.optional(),
    category: z.enum(INDICATOR_CATEGORIES).optional(),
    q: z.string().max(200).optional(),
    includeInactive: z.boolean().default(false),
  })
  .strict();

/**
 * The catalogue of a province (by default the actor's), in display order,
 * limited to the indicators whose owner unit lies in the actor's scope.
 */
export async function browseIndicators(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof browseIndicatorsInput> },
): Promise<{ province: { id: number; code: string; name: string }; items: IndicatorView[] }> {
  const data = parseInput(browseIndicatorsInput, input);
  authorize(actor, 'indicator.read');
  const today = ctx.clock.today();
  const q = ctx.db.q;
  const province = await chooseProvince(q, actor, today, data.province);
  const scope = scopePathOf(actor);
  let query = q
    .selectFrom('indicators as i')
    .innerJoin('units as o', 'o.id', 'i.owner_unit_id')
    .selectAll('i')
    .where('i.province_unit_id', '=', province.id);
  if (scope) query = query.where('o.path', 'like', `${scope}%`);
  if (data.category) query = query.where('i.category', '=', data.category);
  if (!data.includeInactive) query = query.where('i.active', '=', 1);
  if (data.q) query = query.where('i.search_text', 'like', `%${viFold(data.q)}%`);
  const rows = await query.orderBy('i.sort_order').orderBy('i.code').execute();
  return {
    province: { id: province.id, code: province.code, name: province.name },
    items: await toIndicatorViews(q, rows, today),
  };
}
