import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { getSetting, setSetting } from '../platform/settings';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { assertWeightsSum, evaluationYearSchema, weightsSchema } from './evaluation-weights';
import { showEvaluationWeights, type EvaluationWeightsView } from './show-evaluation-weights';

/** Input of setEvaluationWeights: every criterion's weight in percent, summing to 100. */
export const setEvaluationWeightsInput = z
  .object({ year: evaluationYearSchema, weights: weightsSchema })
  .strict();

/**
 * Sets the scorecard weights of an evaluation year (setting
 * `evaluationWeights`); refused, naming the field, unless they sum to 100 %.
 */
export async function setEvaluationWeights(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof setEvaluationWeightsInput> },
): Promise<EvaluationWeightsView> {
  const data = parseInput(setEvaluationWeightsInput, input);
  authorize(actor, 'evaluation.manage');
  assertWeightsSum(data.weights);
  await ctx.db.write(async (tx) => {
    const all = await getSetting(tx, 'evaluationWeights');
    const key = String(data.year);
    await setSetting(tx, 'evaluationWeights', { ...all, [key]: data.weights }, ctx.systemNow());
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'evaluation.set_weights',
      entity: 'setting',
      entityId: `evaluationWeights.${key}`,
      before: all[key] ?? null,
      after: data.weights,
    });
  });
  return showEvaluationWeights(ctx, { actor, input: { year: data.year } });
}
