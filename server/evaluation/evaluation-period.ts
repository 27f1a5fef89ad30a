import { calendarRange, periodLabel, type PeriodRef } from '../../shared/periods/periods';
import type { EvaluationPeriod } from './evaluation-model';

/**
 * The period of an evaluation: a calendar half-year (1/1–30/6, 1/7–31/12) or
 * the calendar year, with the indicator report period that ends with it.
 */
export function evaluationPeriod(
  year: number,
  half: number | null,
): { period: EvaluationPeriod; report: PeriodRef } {
  const report: PeriodRef =
    half === null ? { kind: 'year', year, index: 1 } : { kind: 'half', year, index: half };
  const { from, to } = calendarRange(report);
  return { period: { year, half, from, to, label: periodLabel(report) }, report };
}
