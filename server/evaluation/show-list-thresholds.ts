import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { evaluationYearSchema } from './evaluation-weights';
import { loadListThresholds } from './list-thresholds';
import {
  LIST_THRESHOLD_KEYS,
  LIST_THRESHOLD_LABELS,
  ruleSetFor,
  type ListRules,
} from './rule-sets';

/** Input of showListThresholds. */
export const showListThresholdsInput = z.object({ year: evaluationYearSchema }).strict();

/** The list thresholds of a year with the rule set they belong to. */
export interface ListThresholdsView {
  year: number;
  ruleSet: { key: string; label: string; legalBasis: string };
  /** True when the province has not set the year's thresholds (the rule set's defaults apply). */
  isDefault: boolean;
  thresholds: ListRules;
  rules: Array<{ key: keyof ListRules; label: string; value: number; defaultValue: number }>;
}

/**
 * The thresholds that put a unit on the commendation (biểu dương) or the
 * criticism (phê bình) list of an evaluation year.
 */
export async function showListThresholds(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof showListThresholdsInput> },
): Promise<ListThresholdsView> {
  const data = parseInput(showListThresholdsInput, input);
  authorize(actor, 'evaluation.read');
  const ruleSet = ruleSetFor(data.year);
  if (!ruleSet)
    throw new AppError('FIELD_INVALID', {
      field: 'year',
      params: { reason: 'không có bộ tiêu chí cho năm này' },
    });
  const { thresholds, isDefault } = await loadListThresholds(ctx.db.q, data.year, ruleSet);
  return {
    year: data.year,
    ruleSet: { key: ruleSet.key, label: ruleSet.label, legalBasis: ruleSet.legalBasis },
    isDefault,
    thresholds,
    rules: LIST_THRESHOLD_KEYS.map((key) => ({
      key,
      label: LIST_THRESHOLD_LABELS[key],
      value: thresholds[key],
      defaultValue: ruleSet.lists[key],
    })),
  };
}
