import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { percentOfTarget, type Colour } from '../../shared/indicators/indicator-math';
import { formatPeriodRef, periodLabel } from '../../shared/periods/periods';
import { figureScope } from './figure-scope';
import { loadIndicatorFigures } from './indicator-data';
import { periodSchema, refSchema } from './indicator-inputs';

/** Input of revenueBySource. */
export const revenueBySourceInput = z
  .object({
    province: refSchema.optional(),
    unit: refSchema.optional(),
    /** Report period; default the last month ended. */
    period: periodSchema.optional(),
  })
  .strict();

/** One revenue source against both estimates. */
export interface RevenueRow {
  source: {
    indicatorId: number;
    code: string;
    nameVi: string;
    nameEn: string;
    parentId: number | null;
    /** 0 for the total, 1 for its parts, 2 for "of which" lines. */
    depth: number;
  };
  unitOfMeasure: string;
  /** Dự toán Trung ương giao and dự toán HĐND tỉnh giao for the year. */
  estimateCentral: number | null;
  estimateCouncil: number | null;
  /** Lũy kế thực hiện to the end of the report period. */
  actual: number | null;
  lastYearActual: number | null;
  /** Đạt X% dự toán Trung ương / HĐND giao. */
  percentOfEstimateCentral: number | null;
  percentOfEstimateCouncil: number | null;
  /** Tăng/giảm X% so với cùng kỳ. */
  yoyChange: number | null;
  colour: Colour;
  includesEstimate: boolean;
}

/**
 * Budget revenue (thu ngân sách nhà nước trên địa bàn) by source at a report
 * period: each source's cumulative actual against the estimate assigned by
 * the centre and the one adopted by the HĐND, with the year-on-year change —
 * the rows the dashboard and the report generator print. Sources are the
 * catalogue's `budget_revenue` indicators, in catalogue order.
 */
export async function revenueBySource(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof revenueBySourceInput> },
): Promise<{
  province: { id: number; code: string; name: string };
  period: string;
  periodLabel: string;
  rows: RevenueRow[];
}> {
  const data = parseInput(revenueBySourceInput, input);
  authorize(actor, 'indicator.read');
  const scope = await figureScope(ctx, actor, data);
  const figures = await loadIndicatorFigures(ctx.db.q, {
    provinceId: scope.province.id,
    subjectId: scope.subject.id,
    subjectPath: scope.subject.id === scope.province.id ? null : scope.subject.path,
    report: scope.report,
    category: 'budget_revenue',
    thresholds: scope.thresholds,
    actor,
  });
  const parentOf = new Map(figures.map((f) => [f.indicator.id, f.indicator.parent_id]));
  const depthOf = (id: number): number => {
    let depth = 0;
    for (let p = parentOf.get(id) ?? null; p !== null && depth < 10; p = parentOf.get(p) ?? null)
      depth += 1;
    return depth;
  };
  return {
    province: { id: scope.province.id, code: scope.province.code, name: scope.province.name },
    period: formatPeriodRef(scope.report),
    periodLabel: periodLabel(scope.report),
    rows: figures.map((f) => {
      const central = f.targets.estimate_central ?? null;
      const council = f.targets.estimate_council ?? null;
      const actual = f.figures.cumulative;
      return {
        source: {
          indicatorId: f.indicator.id,
          code: f.indicator.code,
          nameVi: f.indicator.name_vi,
          nameEn: f.indicator.name_en,
          parentId: f.indicator.parent_id,
          depth: depthOf(f.indicator.id),
        },
        unitOfMeasure: f.indicator.unit_of_measure,
        estimateCentral: central,
        estimateCouncil: council,
        actual,
        lastYearActual: f.figures.lastYearCumulative,
        percentOfEstimateCentral: percentOfTarget(actual, central),
        percentOfEstimateCouncil: percentOfTarget(actual, council),
        yoyChange: f.figures.yoyChange,
        colour: f.figures.colour,
        includesEstimate: f.figures.includesEstimate,
      };
    }),
  };
}
