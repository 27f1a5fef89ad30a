/**
 * The indicator annex of a report period: the socio-economic indicator table
 * (lũy kế, cùng kỳ, kế hoạch, % kế hoạch, so cùng kỳ, đánh giá) and budget
 * revenue by source against both estimates (dự toán Trung ương giao, dự toán
 * HĐND tỉnh giao). The figures are those of indicatorTable and
 * revenueBySource: only approved values count.
 */
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { authorize } from '../../access/policy';
import type { Colour } from '../../../shared/indicators/indicator-math';
import { formatPeriodRef, periodLabel, type PeriodRef } from '../../../shared/periods/periods';
import { chooseProvince } from '../../indicators/indicator-access';
import { defaultReportPeriod } from '../../indicators/figure-scope';
import { periodSchema, refSchema } from '../../indicators/indicator-inputs';
import { indicatorTable, type IndicatorTable } from '../../indicators/indicator-table';
import { revenueBySource, type RevenueRow } from '../../indicators/revenue-by-source';
import type { TargetKind } from '../../indicators/tables';
import { addTableSheet, annexFile, newWorkbook, type AnnexFile } from './sheet-writer';

/** Input of the indicator annex. */
export const indicatorsAnnexInput = z
  .object({
    /** The province (id or code); the actor's or the default province when absent. */
    province: refSchema.optional(),
    year: z.number().int().min(2000).max(2100),
    /**
     * A period of that year ('2023-06', '2023-Q2', '2023-H1', '2023-9M', '2023'); by default
     * the whole year once it has ended, else the last month ended.
     */
    period: periodSchema.optional(),
  })
  .strict();

/** What the indicator annex prints. */
export interface IndicatorsAnnexData {
  province: { id: number; name: string };
  period: PeriodRef;
  table: IndicatorTable;
  revenue: RevenueRow[];
}

/** The period of the annex: the one asked for (in the year), or the year's latest ended one. */
function annexPeriod(year: number, asked: PeriodRef | undefined, today: string): PeriodRef {
  if (asked) {
    if (asked.year !== year)
      throw new AppError('FIELD_INVALID', {
        field: 'period',
        params: { reason: `kỳ ${periodLabel(asked)} không thuộc năm ${year}` },
      });
    return asked;
  }
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return { kind: 'year', year, index: 1 };
  const last = defaultReportPeriod(today);
  if (last.year !== year)
    throw new AppError('FIELD_INVALID', {
      field: 'year',
      params: { reason: `năm ${year} chưa có kỳ báo cáo nào kết thúc` },
    });
  return last;
}

/** Loads the indicator table and the revenue rows of the period. */
export async function loadIndicatorsAnnex(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof indicatorsAnnexInput> },
): Promise<IndicatorsAnnexData> {
  const data = parseInput(indicatorsAnnexInput, input);
  const today = ctx.clock.today();
  const period = annexPeriod(data.year, data.period, today);
  const province = await chooseProvince(ctx.db.q, actor, today, data.province);
  authorize(actor, 'report.read', { unitPaths: [province.path] });
  const ref = formatPeriodRef(period);
  const table = await indicatorTable(ctx, { actor, input: { province: province.id, period: ref } });
  const revenue = await revenueBySource(ctx, {
    actor,
    input: { province: province.id, period: ref },
  });
  return {
    province: { id: province.id, name: province.name },
    period,
    table,
    revenue: revenue.rows,
  };
}

const COLOUR_LABELS: Record<Colour, string> = {
  green: 'Đạt tiến độ',
  amber: 'Cần theo dõi',
  red: 'Chậm tiến độ',
  grey: 'Chưa đủ số liệu',
};

const TARGET_LABELS: Record<TargetKind, string> = {
  plan: 'kế hoạch',
  estimate_central: 'dự toán Trung ương giao',
  estimate_council: 'dự toán HĐND tỉnh giao',
};

/** The indicator table: one row per indicator in catalogue order, sub-indicators indented. */
export function addIndicatorSheet(
  wb: ExcelJS.Workbook,
  data: IndicatorsAnnexData,
  name = 'Chỉ tiêu KT-XH',
): void {
  const rows = data.table.rows;
  const parentOf = new Map(rows.map((r) => [r.indicator.id, r.indicator.parentId]));
  const depthOf = (id: number): number => {
    let depth = 0;
    for (let p = parentOf.get(id) ?? null; p !== null && depth < 10; p = parentOf.get(p) ?? null)
      depth += 1;
    return depth;
  };
  addTableSheet(wb, {
    name,
    title: [
      'TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI',
      `(${periodLabel(data.period)} — ${data.province.name})`,
    ],
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Mã chỉ tiêu', width: 16, kind: 'text' },
      { header: 'Chỉ tiêu', width: 44, kind: 'wrap' },
      { header: 'Đơn vị tính', width: 12, kind: 'text' },
      { header: 'Kỳ số liệu', width: 14, kind: 'text' },
      { header: 'Thực hiện lũy kế', width: 14, kind: 'number' },
      { header: 'Cùng kỳ năm trước', width: 14, kind: 'number' },
      { header: 'Chỉ tiêu năm', width: 14, kind: 'number' },
      { header: 'Đạt % chỉ tiêu năm', width: 12, kind: 'percent' },
      { header: 'Tăng/giảm so với cùng kỳ (%)', width: 12, kind: 'percent' },
      { header: 'Đánh giá', width: 16, kind: 'text' },
      { header: 'Ghi chú', width: 30, kind: 'wrap' },
    ],
    rows: rows.map((r, i) => {
      const notes = [
        r.target !== null ? `Chỉ tiêu năm: ${TARGET_LABELS[r.targetKind]}` : null,
        r.includesEstimate ? 'có số ước tính' : null,
        r.openExplanation ? 'đang giải trình' : null,
      ].filter(Boolean);
      const depth = depthOf(r.indicator.id);
      return {
        cells: [
          i + 1,
          r.indicator.code,
          r.indicator.nameVi,
          r.indicator.unitOfMeasure,
          r.periodLabel,
          r.cumulative,
          r.lastYearCumulative,
          r.target,
          r.percentOfTarget,
          r.yoyChange,
          COLOUR_LABELS[r.colour],
          notes.join('; '),
        ],
        bold: depth === 0 && rows.some((c) => c.indicator.parentId === r.indicator.id),
        indent: depth,
      };
    }),
    emptyText: 'Chưa có chỉ tiêu nào trong danh mục.',
  });
}

/** Budget revenue by source against the estimate of the centre and of the HĐND. */
export function addRevenueSheet(
  wb: ExcelJS.Workbook,
  data: IndicatorsAnnexData,
  name = 'Thu ngân sách',
): void {
  addTableSheet(wb, {
    name,
    title: [
      'THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN THEO NGUỒN THU',
      `(${periodLabel(data.period)} — ${data.province.name})`,
    ],
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Nội dung', width: 44, kind: 'wrap' },
      { header: 'Đơn vị tính', width: 12, kind: 'text' },
      { header: 'Dự toán Trung ương giao', width: 14, kind: 'number' },
      { header: 'Dự toán HĐND tỉnh giao', width: 14, kind: 'number' },
      { header: 'Thực hiện lũy kế', width: 14, kind: 'number' },
      { header: 'Cùng kỳ năm trước', width: 14, kind: 'number' },
      { header: 'Đạt % dự toán Trung ương giao', width: 12, kind: 'percent' },
      { header: 'Đạt % dự toán HĐND tỉnh giao', width: 12, kind: 'percent' },
      { header: 'Tăng/giảm so với cùng kỳ (%)', width: 12, kind: 'percent' },
    ],
    rows: data.revenue.map((r, i) => ({
      cells: [
        i + 1,
        r.source.nameVi,
        r.unitOfMeasure,
        r.estimateCentral,
        r.estimateCouncil,
        r.actual,
        r.lastYearActual,
        r.percentOfEstimateCentral,
        r.percentOfEstimateCouncil,
        r.yoyChange,
      ],
      bold: r.source.depth === 0,
      indent: r.source.depth,
    })),
    emptyText: 'Chưa có chỉ tiêu thu ngân sách nào trong danh mục.',
  });
}

/**
 * The indicator workbook of a period: the indicator table and revenue by
 * source. REPORT_NO_DATA when no indicator has an approved figure for it.
 */
export async function indicatorsAnnex(
  ctx: AppContext,
  opts: { actor: Actor; input: z.input<typeof indicatorsAnnexInput> },
): Promise<AnnexFile> {
  const data = await loadIndicatorsAnnex(ctx, opts);
  if (data.table.rows.every((r) => r.cumulative === null))
    throw new AppError('REPORT_NO_DATA', {
      field: 'period',
      params: {
        period: periodLabel(data.period),
        reason: `${data.province.name} chưa có số liệu chỉ tiêu nào được duyệt`,
      },
    });
  const wb = newWorkbook();
  addIndicatorSheet(wb, data);
  addRevenueSheet(wb, data);
  return annexFile(wb, `chi-tieu-${formatPeriodRef(data.period)}.xlsx`);
}
