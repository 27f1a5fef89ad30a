import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { localDateSchema, parseInput } from '../platform/validation';
import { getSetting } from '../platform/settings';
import { authorize } from '../access/policy';
import type { LocalDate } from '../../shared/dates/local-date';
import {
  yearFigures,
  type InvestorRateRow,
  type ProgrammeRateRow,
  type ProjectRateRow,
  type SourceRateRow,
} from './disbursement-aggregates';
import { monthlyDisbursed, planTimeline } from './investment-figures';
import { resolveProvince } from './investment-scope';
import { unitRefSchema, yearSchema } from './project-inputs';
import type { UnitRef } from './project-view';
import { nextReportingDates, type ReportingDate } from './reporting-rules';
import {
  belowAverage,
  buildCurve,
  paceToTarget,
  planOn,
  projectYear,
  rateOn,
  type CurvePoint,
  type Figures,
  type Pace,
  type Projection,
} from './rollup-rules';
import { loadDisbursementTarget, type DisbursementTarget } from './set-disbursement-target';
import { loadSourceTree } from './source-tree';
import { PLAN_BASES, type PlanBasis } from './tables';

/** Input of the dashboard: a province, a report date and a plan year (all defaulted). */
export const investmentDashboardInput = z
  .object({
    province: unitRefSchema.optional(),
    /** The report date; the product's today by default. */
    at: localDateSchema.optional(),
    /** The plan year; the report date's year by default. */
    year: yearSchema.optional(),
    /** Overrides the `investmentDenominator` setting for gauges and rankings. */
    denominator: z.enum(PLAN_BASES).optional(),
  })
  .strict();

/** The leader dashboard's public-investment aggregates on a date (response shape). */
export interface InvestmentDashboard {
  province: UnitRef;
  at: LocalDate;
  year: number;
  /** The denominator gauges, rankings and the average use. */
  denominator: PlanBasis;
  target: DisbursementTarget & {
    /** Provincial rate on the target's basis minus the target, in percentage points. */
    gap: number | null;
  };
  /** Public investment capital of the province (recurrent funds excluded), both denominators. */
  provincial: Figures & { rate: number | null };
  investors: {
    /** The provincial average on the default denominator: Σ disbursed ÷ Σ plan. */
    average: number | null;
    rows: InvestorRateRow[];
    /** Investors below the average, lowest first, with the gap in points. */
    belowAverage: Array<{ investor: UnitRef; rate: number; gap: number }>;
  };
  sources: SourceRateRow[];
  /** The 3 national target programmes' investment capital, apart (recurrent funds beside it). */
  programmes: { total: Figures & { rate: number | null }; rows: ProgrammeRateRow[] };
  keyProjects: ProjectRateRow[];
  curve: {
    current: { year: number; points: CurvePoint[] };
    lastYear: { year: number; points: CurvePoint[] };
  };
  projection: Projection | null;
  pace: Pace;
  reportingDates: ReportingDate[];
}

/**
 * The dashboard aggregates of a province's public investment on a date: the
 * provincial rate on both denominators against the year's target, rates by
 * investor (ranked, with the ones below the pooled average), by capital
 * source and by national target programme, the key projects, the monthly
 * curve of the year and of last year, the year-end projection, the pace
 * needed to reach the target by 31/01 of the next year, and the next ND 40
 * reporting dates. Needs `investment.read` on the province.
 */
export async function investmentDashboard(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof investmentDashboardInput> },
): Promise<InvestmentDashboard> {
  const data = parseInput(investmentDashboardInput, input);
  const q = ctx.db.q;
  const at = data.at ?? ctx.clock.today();
  const year = data.year ?? Number(at.slice(0, 4));
  const province = await resolveProvince(q, data.province, at);
  authorize(actor, 'investment.read', { unitPaths: [province.path] });
  const basis = data.denominator ?? (await getSetting(q, 'investmentDenominator'));
  const tree = await loadSourceTree(q, province.id);
  const figures = await yearFigures(q, { provinceUnitId: province.id, year, at, basis, tree });
  const average = rateOn(figures.total, basis);
  const target = await loadDisbursementTarget(q, province.id, year);

  const monthly = await monthlyDisbursed(q, {
    provinceUnitId: province.id,
    years: [year, year - 1, year - 2, year - 3],
    at,
  });
  const currentPlan = await planTimeline(q, { provinceUnitId: province.id, year });
  const lastPlan = await planTimeline(q, { provinceUnitId: province.id, year: year - 1 });
  const empty = new Map<number, number>();
  const projection = projectYear({
    year,
    at,
    monthlyByYear: monthly,
    plan: { pm: figures.total.planPm, local: figures.total.planLocal },
  });
  const pace = paceToTarget({
    year,
    at,
    plan: planOn(figures.total, target.basis),
    cumulative: figures.total.disbursed,
    targetRate: target.rate,
    basis: target.basis,
  });
  const targetRate = rateOn(figures.total, target.basis);
  return {
    province: { id: province.id, code: province.code, name: province.name },
    at,
    year,
    denominator: basis,
    target: { ...target, gap: targetRate === null ? null : targetRate - target.rate },
    provincial: { ...figures.total, rate: average },
    investors: {
      average,
      rows: figures.investors,
      belowAverage: belowAverage(figures.investors, average, basis).map((r) => ({
        investor: r.investor,
        rate: rateOn(r, basis) ?? 0,
        gap: r.gap,
      })),
    },
    sources: figures.sources,
    programmes: {
      total: { ...figures.programmesTotal, rate: rateOn(figures.programmesTotal, basis) },
      rows: figures.programmes,
    },
    keyProjects: figures.projects.filter((p) => p.keyProject),
    curve: {
      current: {
        year,
        points: buildCurve({ year, at, monthly: monthly.get(year) ?? empty, planAt: currentPlan }),
      },
      lastYear: {
        year: year - 1,
        points: buildCurve({
          year: year - 1,
          at,
          monthly: monthly.get(year - 1) ?? empty,
          planAt: lastPlan,
        }),
      },
    },
    projection,
    pace,
    reportingDates: nextReportingDates(at),
  };
}
