import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { getSetting, setSetting } from '../platform/settings';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import type { ColourThresholds } from '../../shared/indicators/indicator-math';

/** Input of setColourThresholds: r at or above `green` is green, at or above `amber` amber. */
export const setColourThresholdsInput = z
  .object({ green: z.number().positive().max(10), amber: z.number().positive().max(10) })
  .strict();

/** Changes the installation's indicator colour thresholds (setting `indicatorColourThresholds`). */
export async function setColourThresholds(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof setColourThresholdsInput> },
): Promise<ColourThresholds> {
  const data = parseInput(setColourThresholdsInput, input);
  authorize(actor, 'indicator.manage');
  if (data.amber > data.green)
    throw new AppError('INDICATOR_THRESHOLDS_INVALID', {
      field: 'amber',
      params: { green: data.green, amber: data.amber },
    });
  return ctx.db.write(async (tx) => {
    const before = await getSetting(tx, 'indicatorColourThresholds');
    await setSetting(tx, 'indicatorColourThresholds', data, ctx.systemNow());
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.set_thresholds',
      entity: 'setting',
      entityId: 'indicatorColourThresholds',
      before,
      after: data,
    });
    return data;
  });
}
