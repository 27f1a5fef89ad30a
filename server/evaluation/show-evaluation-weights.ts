import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { evaluationYearSchema, loadWeights } from './evaluation-weights';
import { CRITERION_KEYS, CRITERION_LABELS, ruleSetFor, type CriterionKey } from './rule-sets';

/** Input of showEvaluationWeights. */
export const showEvaluationWeightsInput = z.object({ year: evaluationYearSchema }).strict();

/** The weights of a year with the rule set they belong to. */
export interface EvaluationWeightsView {
  year: number;
  ruleSet: { key: string; label: string; legalBasis: string };
  /** True when the province has not set the year's weights (the rule set's defaults apply). */
  isDefault: boolean;
  criteria: Array<{ key: CriterionKey; label: string; weight: number; defaultWeight: number }>;
}

/** The scorecard weights of an evaluation year (tiêu chí và trọng số). */
export async function showEvaluationWeights(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof showEvaluationWeightsInput> },
): Promise<EvaluationWeightsView> {
  const data = parseInput(showEvaluationWeightsInput, input);
  authorize(actor, 'evaluation.read');
  const ruleSet = ruleSetFor(data.year);
  if (!ruleSet)
    throw new AppError('FIELD_INVALID', {
      field: 'year',
      params: { reason: 'không có bộ tiêu chí cho năm này' },
    });
  const { weights, isDefault } = await loadWeights(ctx.db.q, data.year, ruleSet);
  return {
    year: data.year,
    ruleSet: { key: ruleSet.key, label: ruleSet.label, legalBasis: ruleSet.legalBasis },
    isDefault,
    criteria: CRITERION_KEYS.map((key) => ({
      key,
      label: CRITERION_LABELS[key],
      weight: weights[key],
      defaultWeight: ruleSet.defaultWeights[key],
    })),
  };
}
