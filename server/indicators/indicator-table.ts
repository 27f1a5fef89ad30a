import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import type { Colour, ColourThresholds } from '../../shared/indicators/indicator-math';
import { formatPeriodRef, periodLabel } from '../../shared/periods/periods';
import { figureScope } from './figure-scope';
import { loadIndicatorFigures, type IndicatorFigures, type SparkPoint } from './indicator-data';
import { periodSchema, refSchema } from './indicator-inputs';
import type { IndicatorView } from './indicator-view';
import { INDICATOR_CATEGORIES, type TargetKind } from './tables';

/** Input of indicatorTable. */
export const indicatorTableInput = z
  .object({
    province: refSchema.optional(),
    /** The unit whose figures are shown; the province-wide figures when absent. */
    unit: refSchema.optional(),
    /** Report period ('2023-06', '2023-Q2', '2023-H1'…); default the last month ended. */
    period: periodSchema.optional(),
    category: z.enum(INDICATOR_CATEGORIES).optional(),
  })
  .strict();

/** One row of the indicator table. */
export interface IndicatorTableRow {
  indicator: Pick<
    IndicatorView,
    | 'id'
    | 'code'
    | 'nameVi'
    | 'nameEn'
    | 'category'
    | 'unitOfMeasure'
    | 'frequency'
    | 'basis'
    | 'aggregation'
    | 'direction'
    | 'parentId'
    | 'colourTarget'
  > & { ownerUnitId: number };
  /** The indicator's own last period in the report period ('2023-Q2' for a quarterly one). */
  period: string | null;
  periodLabel: string | null;
  /** Lũy kế: cumulative to date. */
  cumulative: number | null;
  lastYearCumulative: number | null;
  /** The target that colours it (its kind is `targetKind`) and every target of the year. */
  target: number | null;
  targetKind: TargetKind;
  targets: { plan: number | null; estimateCentral: number | null; estimateCouncil: number | null };
  percentOfTarget: number | null;
  yoyChange: number | null;
  expectedShare: number | null;
  proratedTarget: number | null;
  ratio: number | null;
  colour: Colour;
  includesEstimate: boolean;
  pendingCount: number;
  openExplanation: { id: number; status: string } | null;
  /** The figures of every period of the year (monthly values for a monthly indicator). */
  sparkline: SparkPoint[];
}

/** The indicator table of a report period. */
export interface IndicatorTable {
  province: { id: number; code: string; name: string };
  unit: { id: number; code: string; name: string };
  period: string;
  periodLabel: string;
  thresholds: ColourThresholds;
  counts: Record<Colour, number>;
  rows: IndicatorTableRow[];
}

/** Shapes one indicator's figures as a table row. */
export function toTableRow(x: IndicatorFigures): IndicatorTableRow {
  const i = x.indicator;
  return {
    indicator: {
      id: i.id,
      code: i.code,
      nameVi: i.name_vi,
      nameEn: i.name_en,
      category: i.category,
      unitOfMeasure: i.unit_of_measure,
      frequency: i.frequency,
      basis: i.basis,
      aggregation: i.aggregation,
      direction: i.direction,
      parentId: i.parent_id,
      colourTarget: i.colour_target,
      ownerUnitId: i.owner_unit_id,
    },
    period: x.ownPeriod ? formatPeriodRef(x.ownPeriod) : null,
    periodLabel: x.ownPeriod ? periodLabel(x.ownPeriod) : null,
    cumulative: x.figures.cumulative,
    lastYearCumulative: x.figures.lastYearCumulative,
    target: x.figures.target,
    targetKind: i.colour_target,
    targets: {
      plan: x.targets.plan ?? null,
      estimateCentral: x.targets.estimate_central ?? null,
      estimateCouncil: x.targets.estimate_council ?? null,
    },
    percentOfTarget: x.figures.percentOfTarget,
    yoyChange: x.figures.yoyChange,
    expectedShare: x.figures.expectedShare,
    proratedTarget: x.figures.proratedTarget,
    ratio: x.figures.ratio,
    colour: x.figures.colour,
    includesEstimate: x.figures.includesEstimate,
    pendingCount: x.pendingCount,
    openExplanation: x.openExplanation,
    sparkline: x.sparkline,
  };
}

/**
 * Every indicator in the actor's scope at a report period: cumulative to
 * date, the target, % of target, change against the same period last year,
 * the colour (against the target pro-rated by last year's seasonal share)
 * and the year's figures for a sparkline. Only approved figures count.
 */
export async function indicatorTable(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof indicatorTableInput> },
): Promise<IndicatorTable> {
  const data = parseInput(indicatorTableInput, input);
  authorize(actor, 'indicator.read');
  const scope = await figureScope(ctx, actor, data);
  const figures = await loadIndicatorFigures(ctx.db.q, {
    provinceId: scope.province.id,
    subjectId: scope.subject.id,
    subjectPath: scope.subject.id === scope.province.id ? null : scope.subject.path,
    report: scope.report,
    category: data.category,
    thresholds: scope.thresholds,
    actor,
  });
  const rows = figures.map(toTableRow);
  const counts: Record<Colour, number> = { green: 0, amber: 0, red: 0, grey: 0 };
  for (const r of rows) counts[r.colour] += 1;
  const label = (u: { id: number; code: string; name: string }) => ({
    id: u.id,
    code: u.code,
    name: u.name,
  });
  return {
    province: label(scope.province),
    unit: label(scope.subject),
    period: formatPeriodRef(scope.report),
    periodLabel: periodLabel(scope.report),
    thresholds: scope.thresholds,
    counts,
    rows,
  };
}
