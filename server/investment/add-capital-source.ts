import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput, textSchema } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveProvince } from './investment-scope';
import { unitRefSchema } from './project-inputs';
import { loadSourceTree, normaliseSourceCode, resolveSource } from './source-tree';
import { FUNDING_KINDS } from './tables';

/** Input of addCapitalSource. */
export const addCapitalSourceInput = z
  .object({
    province: unitRefSchema.optional(),
    /** The parent node's code (a national node or one of the province's own). */
    parent: z.string().trim().min(1).max(60),
    /** New code: the parent's code and a suffix, e.g. `NSDP.TSDD.HUYEN`. */
    code: z
      .string()
      .trim()
      .transform(normaliseSourceCode)
      .pipe(
        z
          .string()
          .regex(/^[A-Z0-9]+(\.[A-Z0-9_-]+)+$/, 'dạng MÃ.CHA.HẬU_TỐ, chữ in hoa không dấu và số')
          .max(60),
      ),
    name: textSchema(300),
    shortName: textSchema(80).optional(),
    /** Needed only under a mixed group (a programme node); otherwise inherited from the parent. */
    fundingKind: z.enum(FUNDING_KINDS).optional(),
  })
  .strict();

/**
 * Adds a province's own sub-source under a node of the tree (e.g. land-use
 * fees split by budget level). The new node inherits the parent's budget
 * level, funding kind and programme; a node that already carries plans or
 * disbursements cannot be split.
 */
export async function addCapitalSource(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof addCapitalSourceInput> },
): Promise<{ code: string; name: string; parentCode: string; fundingKind: string }> {
  const data = parseInput(addCapitalSourceInput, input);
  return ctx.db.write(async (tx) => {
    const province = await resolveProvince(tx, data.province, ctx.clock.today());
    authorize(actor, 'investment.manage', { unitPaths: [province.path] });
    const tree = await loadSourceTree(tx, province.id);
    const parent = resolveSource(tree, data.parent, { field: 'parent' });
    if (!data.code.startsWith(`${parent.code}.`))
      throw new AppError('FIELD_INVALID', {
        field: 'code',
        params: { reason: `mã phải bắt đầu bằng "${parent.code}."` },
      });
    if (tree.byCode.has(data.code))
      throw new AppError('CAPITAL_SOURCE_CODE_TAKEN', {
        field: 'code',
        params: { value: data.code },
      });
    const fundingKind = parent.fundingKind ?? data.fundingKind;
    if (!fundingKind) throw new AppError('FIELD_REQUIRED', { field: 'fundingKind' });
    if (parent.fundingKind && data.fundingKind && data.fundingKind !== parent.fundingKind)
      throw new AppError('FIELD_INVALID', {
        field: 'fundingKind',
        params: { reason: `nguồn con phải cùng loại với "${parent.code}"` },
      });
    if (parent.isLeaf) {
      const used =
        (await tx
          .selectFrom('capital_plans')
          .select('id')
          .where('source_id', '=', parent.id)
          .where('province_unit_id', '=', province.id)
          .executeTakeFirst()) ??
        (await tx
          .selectFrom('disbursements')
          .select('id')
          .where('source_id', '=', parent.id)
          .where('province_unit_id', '=', province.id)
          .executeTakeFirst());
      if (used)
        throw new AppError('CAPITAL_SOURCE_IN_USE', {
          field: 'parent',
          params: { value: parent.code },
        });
    }
    const siblings = tree.nodes.filter((n) => n.parentId === parent.id).length;
    const { id } = await tx
      .insertInto('capital_sources')
      .values({
        province_unit_id: province.id,
        parent_id: parent.id,
        code: data.code,
        name: data.name,
        short_name: data.shortName ?? data.name,
        path: '',
        depth: parent.depth + 1,
        budget_level: parent.budgetLevel,
        funding_kind: fundingKind,
        programme: parent.programme,
        sort_order: 1000 + siblings,
        created_at: ctx.clock.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('capital_sources')
      .set({ path: `${parent.path}${id}/` })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'investment.source_add',
      entity: 'capital_source',
      entityId: id,
      after: { province: province.code, parent: parent.code, code: data.code, name: data.name },
    });
    return { code: data.code, name: data.name, parentCode: parent.code, fundingKind };
  });
}
