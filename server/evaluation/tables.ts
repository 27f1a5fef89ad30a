import type { Generated } from 'kysely';

/**
 * One evaluation run (lượt đánh giá): the period, the rule set and weights it
 * used, the inputs gathered from the data on the day, and the result — kept
 * whole so the ranking published on that day can be shown and recomputed
 * later, whatever the data became since.
 */
export interface EvaluationRunsTable {
  id: Generated<number>;
  province_unit_id: number;
  year: number;
  /** 1 or 2 for a half-year evaluation; null for the whole year. */
  half: number | null;
  period_from: string;
  period_to: string;
  /** Key of the rule set (`nd90-2020`, `nd335-2025`). */
  rule_set: string;
  /** JSON: weight in percent by criterion. */
  weights: string;
  /** JSON: the inputs gathered per unit and for the province. */
  inputs: string;
  /** JSON: scores, explanations, ranks, levels, heads and the two lists. */
  result: string;
  unit_count: number;
  created_by_user_id: number | null;
  created_by_name: string;
  created_at: string;
}

export interface EvaluationTables {
  evaluation_runs: EvaluationRunsTable;
}
