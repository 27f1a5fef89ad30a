import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { refSchema } from './indicator-inputs';
import { requiresApproval } from './value-rules';

/** Input of setUnitIndicatorSettings. */
export const setUnitIndicatorSettingsInput = z
  .object({
    unit: refSchema,
    /** Whether the unit leader must approve the unit's figures before they count. */
    requiresApproval: z.boolean(),
  })
  .strict();

/** Sets whether a unit's figures wait for its leader's approval (the default) or count at once. */
export async function setUnitIndicatorSettings(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof setUnitIndicatorSettingsInput> },
): Promise<{ unitId: number; requiresApproval: boolean }> {
  const data = parseInput(setUnitIndicatorSettingsInput, input);
  return ctx.db.write(async (tx) => {
    const unit = await resolveUnit(tx, data.unit, { asOf: ctx.clock.today(), field: 'unit' });
    authorize(actor, 'indicator.manage', { unitPaths: [unit.path] });
    const before = await requiresApproval(tx, unit.id);
    const value = data.requiresApproval ? 1 : 0;
    const updated_at = ctx.clock.now().toISOString();
    await tx
      .insertInto('unit_indicator_settings')
      .values({ unit_id: unit.id, requires_value_approval: value, updated_at })
      .onConflict((oc) =>
        oc.column('unit_id').doUpdateSet({ requires_value_approval: value, updated_at }),
      )
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.set_unit_settings',
      entity: 'unit',
      entityId: unit.id,
      before: { requiresApproval: before },
      after: { requiresApproval: data.requiresApproval },
    });
    return { unitId: unit.id, requiresApproval: data.requiresApproval };
  });
}
