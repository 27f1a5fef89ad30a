/**
 * The thresholds of the commendation (biểu dương) and criticism (phê bình)
 * lists of a year: the setting `evaluationListThresholds` when the province
 * set them, else the rule set's defaults; and their schema, whose failures
 * name the field and the rule.
 */
import { z } from 'zod';
import type { Tx } from '../platform/db/database';
import { getSetting } from '../platform/settings';
import type { EvaluationRuleSet, ListRules } from './rule-sets';

const count = z
  .number()
  .int('phải là số nguyên')
  .min(1, 'phải từ 1 trở lên')
  .max(1000, 'tối đa 1000');

/** Every threshold, all required; the messages state the rule a value broke. */
export const listThresholdsSchema = z
  .object({
    onTimeAllMinDue: count,
    overdueAtLeast: count,
    urgingsWeightedAtLeast: z.number().positive('phải lớn hơn 0').max(1000, 'tối đa 1000'),
    // At r ≥ 1 a unit is commended for revenue: a threshold above 1 would put it on both lists.
    revenueBelow: z
      .number()
      .positive('phải lớn hơn 0')
      .max(1, 'không được vượt quá 1 (đạt từ 100% tiến độ dự toán là tiêu chí biểu dương)'),
    missingReportsAtLeast: count,
  })
  .strict() satisfies z.ZodType<ListRules>;

/** The thresholds in force for a year and whether they are the rule set's defaults. */
export async function loadListThresholds(
  q: Tx,
  year: number,
  ruleSet: EvaluationRuleSet,
): Promise<{ thresholds: ListRules; isDefault: boolean }> {
  const all = await getSetting(q, 'evaluationListThresholds');
  const stored = listThresholdsSchema.safeParse(all[String(year)]);
  return stored.success
    ? { thresholds: stored.data, isDefault: false }
    : { thresholds: { ...ruleSet.lists }, isDefault: true };
}
