import type { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { searchText } from '../../shared/vi/text';
import { provinceOfPath } from './indicator-access';
import { createIndicatorInput } from './indicator-inputs';
import { toIndicatorViews, type IndicatorView } from './indicator-view';

/**
 * Adds an indicator to its province's catalogue (the province is the one of
 * the owner unit). Office and administrators of the owner unit's subtree.
 */
export async function createIndicator(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createIndicatorInput> },
): Promise<IndicatorView> {
  const data = parseInput(createIndicatorInput, input);
  const today = ctx.clock.today();
  const id = await ctx.db.write(async (tx) => {
    const owner = await resolveUnit(tx, data.ownerUnit, { asOf: today, field: 'ownerUnit' });
    authorize(actor, 'indicator.manage', { unitPaths: [owner.path] });
    const province = await ownerProvince(tx, owner.path, owner.name);
    const taken = await tx
      .selectFrom('indicators')
      .select('id')
      .where('province_unit_id', '=', province.id)
      .where('code', '=', data.code)
      .executeTakeFirst();
    if (taken)
      throw new AppError('INDICATOR_CODE_TAKEN', { field: 'code', params: { code: data.code } });
    const parentId =
      data.parent === undefined || data.parent === null
        ? null
        : await resolveParent(tx, province.id, data.parent);
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('indicators')
      .values({
        province_unit_id: province.id,
        code: data.code,
        name_vi: data.nameVi,
        name_en: data.nameEn,
        category: data.category,
        unit_of_measure: data.unitOfMeasure,
        frequency: data.frequency,
        basis: data.basis,
        aggregation: data.aggregation,
        direction: data.direction,
        owner_unit_id: owner.id,
        data_source: data.dataSource,
        parent_id: parentId,
        colour_target: data.colourTarget,
        sort_order: data.sortOrder,
        search_text: searchText(data.code, data.nameVi, data.nameEn),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.create',
      entity: 'indicator',
      entityId: id,
      after: { ...data, ownerUnit: owner.id, parent: parentId, province: province.id },
    });
    return id;
  });
  const row = await ctx.db.q
    .selectFrom('indicators')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const [view] = await toIndicatorViews(ctx.db.q, [row], today);
  if (!view) throw new Error('indicator vanished');
  return view;
}

/** The province of an owner unit; an owner outside every province is refused. */
export async function ownerProvince(
  tx: Tx,
  ownerPath: string,
  ownerName: string,
): Promise<{ id: number; path: string }> {
  const province = await provinceOfPath(tx, ownerPath);
  if (!province)
    throw new AppError('FIELD_INVALID', {
      field: 'ownerUnit',
      params: { reason: `"${ownerName}" không thuộc tỉnh nào` },
    });
  return province;
}

/** The id of a parent indicator of the same province, given by id or code. */
export async function resolveParent(
  tx: Tx,
  provinceId: number,
  ref: number | string,
): Promise<number> {
  let q = tx
    .selectFrom('indicators')
    .select(['id', 'province_unit_id'])
    .where('province_unit_id', '=', provinceId);
  q = typeof ref === 'number' ? q.where('id', '=', ref) : q.where('code', '=', ref.toUpperCase());
  const parent = await q.executeTakeFirst();
  if (!parent)
    throw new AppError('INDICATOR_PARENT_INVALID', {
      field: 'parent',
      params: { reason: `không có chỉ tiêu "${ref}" trong danh mục của tỉnh` },
    });
  return parent.id;
}
