import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { chooseProvince, indicatorPaths, loadIndicator, resolveSubject } from './indicator-access';
import { refSchema } from './indicator-inputs';
import { VALUE_STATUSES } from './tables';
import { toValueViews, type ValueView } from './indicator-view';

/** Input of browseIndicatorValues. */
export const browseIndicatorValuesInput = z
  .object({
    /** One indicator's figures; else every figure of the province in scope. */
    indicatorId: z.number().int().positive().optional(),
    province: refSchema.optional(),
    unit: refSchema.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    /** Only figures in these states; default the ones that count or wait (history: every revision). */
    status: z.array(z.enum(VALUE_STATUSES)).optional(),
    history: z.boolean().default(false),
    limit: z.number().int().min(1).max(2000).default(500),
  })
  .strict();

/**
 * Period values with their provenance: by default those that count or wait
 * for approval; with `history`, every revision (superseded and rejected ones
 * too), newest first within a period. Limited to figures in the actor's scope.
 */
export async function browseIndicatorValues(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof browseIndicatorValuesInput> },
): Promise<{ items: ValueView[] }> {
  const data = parseInput(browseIndicatorValuesInput, input);
  authorize(actor, 'indicator.read');
  const today = ctx.clock.today();
  const q = ctx.db.q;
  let query = q
    .selectFrom('indicator_values as v')
    .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
    .innerJoin('units as o', 'o.id', 'i.owner_unit_id')
    .innerJoin('units as s', 's.id', 'v.unit_id')
    .selectAll('v');
  if (data.indicatorId !== undefined) {
    const ind = await loadIndicator(q, data.indicatorId);
    authorize(actor, 'indicator.read', { unitPaths: indicatorPaths(ind) });
    query = query.where('v.indicator_id', '=', ind.id);
    if (data.unit !== undefined) {
      const subject = await resolveSubject(q, ind, data.unit, { asOf: today, field: 'unit' });
      query = query.where('v.unit_id', '=', subject.id);
    }
  } else {
    const province = await chooseProvince(q, actor, today, data.province);
    query = query.where('i.province_unit_id', '=', province.id);
  }
  const scope = scopePathOf(actor);
  if (scope)
    query = query.where((eb) =>
      eb.or([
        eb('o.path', 'like', `${scope}%`),
        eb.and([
          eb('v.unit_id', '!=', eb.ref('i.province_unit_id')),
          eb('s.path', 'like', `${scope}%`),
        ]),
      ]),
    );
  if (data.year !== undefined) query = query.where('v.year', '=', data.year);
  const statuses = data.status ?? (data.history ? [...VALUE_STATUSES] : ['approved', 'pending']);
  query = query.where('v.status', 'in', statuses);
  const rows = await query
    .orderBy('i.sort_order')
    .orderBy('v.indicator_id')
    .orderBy('v.unit_id')
    .orderBy('v.year', 'desc')
    .orderBy('v.period_index', 'desc')
    .orderBy('v.revision', 'desc')
    .limit(data.limit)
    .execute();
  return { items: await toValueViews(q, rows, today) };
}
