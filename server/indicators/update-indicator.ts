import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { searchText } from '../../shared/vi/text';
import { loadIndicator } from './indicator-access';
import { indicatorDescriptionFields } from './indicator-inputs';
import { ownerProvince, resolveParent } from './create-indicator';
import { toIndicatorViews, type IndicatorView } from './indicator-view';

/**
 * Input of updateIndicator. The code, frequency, basis and aggregation are
 * fixed once created: stored values are read through them (a changed rule
 * is a new indicator).
 */
export const updateIndicatorInput = z
  .object({
    indicatorId: z.number().int().positive(),
    version: z.number().int().positive().optional(),
    ...indicatorDescriptionFields,
    active: z.boolean(),
  })
  .partial()
  .required({ indicatorId: true })
  .strict();

/** Changes the descriptive fields of a catalogue entry, with lost-update protection. */
export async function updateIndicator(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof updateIndicatorInput> },
): Promise<IndicatorView> {
  const data = parseInput(updateIndicatorInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const ind = await loadIndicator(tx, data.indicatorId);
    authorize(actor, 'indicator.manage', { unitPaths: [ind.owner_path] });
    if (data.version !== undefined && data.version !== ind.version)
      throw new AppError('STALE_VERSION', {
        field: 'version',
        params: { current: ind.version, sent: data.version },
      });
    let ownerId = ind.owner_unit_id;
    if (data.ownerUnit !== undefined) {
      const owner = await resolveUnit(tx, data.ownerUnit, { asOf: today, field: 'ownerUnit' });
      authorize(actor, 'indicator.manage', { unitPaths: [owner.path] });
      const province = await ownerProvince(tx, owner.path, owner.name);
      if (province.id !== ind.province_unit_id)
        throw new AppError('INDICATOR_UNIT_OUTSIDE_PROVINCE', {
          field: 'ownerUnit',
          params: { unit: owner.name },
        });
      ownerId = owner.id;
    }
    let parentId = ind.parent_id;
    if (data.parent !== undefined) {
      parentId =
        data.parent === null ? null : await resolveParent(tx, ind.province_unit_id, data.parent);
      // Walking up from the new parent must never meet the indicator itself.
      for (let at = parentId; at !== null;) {
        if (at === ind.id)
          throw new AppError('INDICATOR_PARENT_INVALID', {
            field: 'parent',
            params: { reason: 'chỉ tiêu không thể là chỉ tiêu con của chính nó' },
          });
        const up = await tx
          .selectFrom('indicators')
          .select('parent_id')
          .where('id', '=', at)
          .executeTakeFirstOrThrow();
        at = up.parent_id;
      }
    }
    const next = {
      name_vi: data.nameVi ?? ind.name_vi,
      name_en: data.nameEn ?? ind.name_en,
      category: data.category ?? ind.category,
      unit_of_measure: data.unitOfMeasure ?? ind.unit_of_measure,
      direction: data.direction ?? ind.direction,
      owner_unit_id: ownerId,
      data_source: data.dataSource === undefined ? ind.data_source : data.dataSource,
      parent_id: parentId,
      colour_target: data.colourTarget ?? ind.colour_target,
      sort_order: data.sortOrder ?? ind.sort_order,
      active: data.active === undefined ? ind.active : data.active ? 1 : 0,
    };
    await tx
      .updateTable('indicators')
      .set({
        ...next,
        search_text: searchText(ind.code, next.name_vi, next.name_en),
        updated_at: ctx.clock.now().toISOString(),
        version: ind.version + 1,
      })
      .where('id', '=', ind.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.update',
      entity: 'indicator',
      entityId: ind.id,
      before: pick(ind, Object.keys(next)),
      after: next,
    });
  });
  const row = await ctx.db.q
    .selectFrom('indicators')
    .selectAll()
    .where('id', '=', data.indicatorId)
    .executeTakeFirstOrThrow();
  const [view] = await toIndicatorViews(ctx.db.q, [row], today);
  if (!view) throw new Error('indicator vanished');
  return view;
}

function pick(row: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}
