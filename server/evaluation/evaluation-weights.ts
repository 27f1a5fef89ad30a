/**
 * The scorecard weights of a year: the setting `evaluationWeights` when the
 * province set them, else the rule set's defaults; and the check that they
 * sum to 100 % (shared/evaluation), naming the field when they do not.
 */
import { z } from 'zod';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { getSetting } from '../platform/settings';
import { validateWeights } from '../../shared/evaluation/rating';
import {
  CRITERION_KEYS,
  CRITERION_LABELS,
  type EvaluationRuleSet,
  type Weights,
} from './rule-sets';

const weight = z.number().min(0, 'không được âm').max(100, 'tối đa 100');

/** Weights in percent, one per criterion, all required. */
export const weightsSchema = z
  .object(
    Object.fromEntries(CRITERION_KEYS.map((k) => [k, weight])) as Record<
      (typeof CRITERION_KEYS)[number],
      typeof weight
    >,
  )
  .strict();

/** The year of an evaluation (ND 90/2020 onwards). */
export const evaluationYearSchema = z.number().int().min(2020).max(2100);

/**
 * Throws EVALUATION_WEIGHTS_TOTAL naming `field` unless the weights sum to
 * 100 % (to within rounding).
 */
export function assertWeightsSum(weights: Weights, field = 'weights'): void {
  const reason = validateWeights(
    CRITERION_KEYS.map((key) => ({ key, label: CRITERION_LABELS[key], weight: weights[key] })),
  );
  if (reason === null) return;
  const total = CRITERION_KEYS.reduce((s, k) => s + weights[k], 0);
  throw new AppError('EVALUATION_WEIGHTS_TOTAL', {
    field,
    params: { reason, total: Math.round(total * 100) / 100 },
  });
}

/** The weights in force for a year and whether they are the rule set's defaults. */
export async function loadWeights(
  q: Tx,
  year: number,
  ruleSet: EvaluationRuleSet,
): Promise<{ weights: Weights; isDefault: boolean }> {
  const all = await getSetting(q, 'evaluationWeights');
  const stored = weightsSchema.safeParse(all[String(year)]);
  return stored.success
    ? { weights: stored.data, isDefault: false }
    : { weights: { ...ruleSet.defaultWeights }, isDefault: true };
}
