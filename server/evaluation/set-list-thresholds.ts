import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { getSetting, setSetting } from '../platform/settings';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { evaluationYearSchema } from './evaluation-weights';
import { listThresholdsSchema } from './list-thresholds';
import { showListThresholds, type ListThresholdsView } from './show-list-thresholds';

/** Input of setListThresholds: every threshold of the year, validated field by field. */
export const setListThresholdsInput = z
  .object({ year: evaluationYearSchema, thresholds: listThresholdsSchema })
  .strict();

/**
 * Sets the thresholds of the commendation and criticism lists of an
 * evaluation year (setting `evaluationListThresholds`); runs of that year
 * use them from then on, runs already stored keep theirs.
 */
export async function setListThresholds(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof setListThresholdsInput> },
): Promise<ListThresholdsView> {
  const data = parseInput(setListThresholdsInput, input);
  authorize(actor, 'evaluation.manage');
  await ctx.db.write(async (tx) => {
    const all = await getSetting(tx, 'evaluationListThresholds');
    const key = String(data.year);
    await setSetting(
      tx,
      'evaluationListThresholds',
      { ...all, [key]: data.thresholds },
      ctx.systemNow(),
    );
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'evaluation.set_list_thresholds',
      entity: 'setting',
      entityId: `evaluationListThresholds.${key}`,
      before: all[key] ?? null,
      after: data.thresholds,
    });
  });
  return showListThresholds(ctx, { actor, input: { year: data.year } });
}
