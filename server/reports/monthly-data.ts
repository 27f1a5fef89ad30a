/**
 * Figures of the monthly review report, read through the areas' own use cases
 * (the system reads; rows are kept to the province): the VPCP task counts at
 * the end of the data window and the units with overdue tasks, budget
 * revenue against the estimates, and the disbursement of the year's public
 * investment plan with the investors below the provincial average.
 */
import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { emptyCounts, type StatusCounts } from '../../shared/tasks/status';
import { taskStatistics } from '../tasks/task-statistics';
import { revenueBySource } from '../indicators/revenue-by-source';
import { disbursementRates } from '../investment/disbursement-rates';
import type { InvestorRateRow } from '../investment/disbursement-aggregates';

export interface MonthlyFigures {
  at: string;
  year: number;
  tasks: StatusCounts;
  overdueByUnit: Array<{ unit: string; count: number }>;
  revenue: {
    actual: number | null;
    unit: string;
    estimate: boolean;
    percentOfEstimateCentral: number | null;
    percentOfEstimateCouncil: number | null;
    yoyChange: number | null;
  } | null;
  disbursement: {
    disbursed: number;
    ratePm: number | null;
    rateLocal: number | null;
    investorsBelowAverage: number;
  } | null;
}

const STATUS_KEYS = [
  'HT_DUNG_HAN',
  'HT_QUA_HAN',
  'CHT_TRONG_HAN',
  'CHT_QUA_HAN',
  'KHONG_THOI_HAN',
  'total',
  'dueSoon',
] as const;

export async function monthlyFigures(
  ctx: AppContext,
  opts: { provinceId: number; provincePath: string; at: string; period: string; year: number },
): Promise<MonthlyFigures> {
  const stats = await taskStatistics(ctx, {
    actor: SYSTEM_ACTOR,
    input: { at: opts.at, by: 'unit' },
  });
  // The statistics are by lead unit; keep the province's units (a database may hold several provinces).
  const unitIds = stats.rows.map((r) => Number(r.key)).filter((n) => Number.isInteger(n));
  const inProvince = new Set(
    unitIds.length === 0
      ? []
      : (
          await ctx.db.q
            .selectFrom('units')
            .select('id')
            .where('id', 'in', unitIds)
            .where('path', 'like', `${opts.provincePath}%`)
            .execute()
        ).map((u) => u.id),
  );
  const tasks = emptyCounts();
  const overdueByUnit: MonthlyFigures['overdueByUnit'] = [];
  for (const row of stats.rows) {
    if (!inProvince.has(Number(row.key))) continue;
    for (const k of STATUS_KEYS) tasks[k] += row[k];
    if (row.CHT_QUA_HAN > 0) overdueByUnit.push({ unit: row.label, count: row.CHT_QUA_HAN });
  }
  overdueByUnit.sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit, 'vi'));

  const revenueRows = (
    await revenueBySource(ctx, {
      actor: SYSTEM_ACTOR,
      input: { province: opts.provinceId, period: opts.period },
    })
  ).rows;
  const total = revenueRows.find((r) => r.source.depth === 0);

  const rates = await disbursementRates(ctx, {
    actor: SYSTEM_ACTOR,
    input: { province: opts.provinceId, by: 'investor', at: opts.at, year: opts.year },
  });
  const planned = rates.total.planPm + rates.total.planLocal > 0;
  return {
    at: opts.at,
    year: opts.year,
    tasks,
    overdueByUnit,
    revenue: total
      ? {
          actual: total.actual,
          unit: total.unitOfMeasure,
          estimate: total.includesEstimate,
          percentOfEstimateCentral: total.percentOfEstimateCentral,
          percentOfEstimateCouncil: total.percentOfEstimateCouncil,
          yoyChange: total.yoyChange,
        }
      : null,
    disbursement: planned
      ? {
          disbursed: rates.total.disbursed,
          ratePm: rates.total.ratePm,
          rateLocal: rates.total.rateLocal,
          investorsBelowAverage: (rates.rows as InvestorRateRow[]).filter((r) => r.belowAverage)
            .length,
        }
      : null,
  };
}
