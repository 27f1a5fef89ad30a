import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import type { ReportContent } from '../../shared/reports/content';
import { formatPeriodRef, type PeriodRef } from '../../shared/periods/periods';
import { formatShortDate } from '../../shared/vi/date';
import { getUnit } from '../organisation/unit-queries';
import { provinceOfUnit } from '../investment/investment-scope';
import { windowStatistics } from './report-data';
import { addTableSheet, newWorkbook, workbookBytes } from './annexes/sheet-writer';
import { addOverdueSheet, addTaskTableSheet } from './annexes/tasks-annex';
import { taskStatistics } from '../tasks/task-statistics';
import { addIndicatorSheet, loadIndicatorsAnnex } from './annexes/indicators-annex';
import { addProjectSheet, loadDisbursementAnnex } from './annexes/disbursement-annex';
import { addIncomingSheet, addOutgoingSheet, loadRegisterAnnex } from './annexes/register-annex';
import type { ReportsTable } from './tables';

/**
 * The report's annexes as a workbook: issued documents by type for the data
 * window, the task results in the VPCP form by lead unit at the window's end
 * with the overdue list, the report's paragraphs (for re-use); then the
 * indicator table of the report's period, the project disbursement list of
 * its year at the window's end, and the issuer's outgoing and incoming
 * registers for the window. An annex without data keeps its sheet, empty.
 */
export async function renderReportXlsx(
  ctx: AppContext,
  report: Selectable<ReportsTable>,
  content: ReportContent,
): Promise<Buffer> {
  const wb = newWorkbook();
  const actor = SYSTEM_ACTOR;
  const from = report.window_from;
  const to = report.window_to;
  const window = `từ ngày ${formatShortDate(from)} đến ngày ${formatShortDate(to)}`;

  const stats = await windowStatistics(ctx, report.issuer_unit_id, from, to);
  const byType: Array<[string, number]> = [
    ['Quyết định quy phạm pháp luật', stats.qpplDecisions],
    ['Chỉ thị', stats.directives],
    ['Quyết định cá biệt', stats.individualDecisions],
    ['Kế hoạch', stats.plans],
    ['Tờ trình', stats.submissions],
    ['Văn bản điều hành khác', stats.other],
  ];
  addTableSheet(wb, {
    name: 'Văn bản ban hành',
    title: [`VĂN BẢN DO ${stats.issuer.name.toUpperCase()} BAN HÀNH`, `(${window})`],
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Loại văn bản', width: 40, kind: 'text' },
      { header: 'Số lượng', width: 12, kind: 'integer' },
    ],
    rows: byType.map(([label, n], i) => [i + 1, label, n]),
    total: [null, 'Tổng cộng', stats.total],
  });

  const tasks = await taskStatistics(ctx, { actor, input: { at: to, by: 'unit' } });
  addTaskTableSheet(wb, { at: to, by: 'unit', stats: tasks });
  addOverdueSheet(wb, { at: to, stats: tasks });

  addTableSheet(wb, {
    name: 'Nội dung báo cáo',
    title: [content.summaryLines.join(' ')],
    columns: [
      { header: 'Mục', width: 8, kind: 'text' },
      { header: 'Nội dung', width: 120, kind: 'wrap' },
      { header: 'Nguồn', width: 14, kind: 'text' },
    ],
    rows: content.blocks.map((b) => [
      b.kind === 'heading' ? b.label : (b.label ?? ''),
      b.text,
      b.kind === 'heading' ? 'tiêu đề' : b.origin === 'generated' ? 'từ số liệu' : 'soạn thảo',
    ]),
  });

  const period = JSON.parse(report.period) as PeriodRef;
  const issuer = await getUnit(ctx.db.q, report.issuer_unit_id, to);
  const provinceId = issuer ? await provinceOfUnit(ctx.db.q, issuer) : null;
  const province = provinceId ?? undefined;
  addIndicatorSheet(
    wb,
    await loadIndicatorsAnnex(ctx, {
      actor,
      input: { province, year: period.year, period: formatPeriodRef(period) },
    }),
  );
  addProjectSheet(
    wb,
    await loadDisbursementAnnex(ctx, { actor, input: { province, year: period.year, at: to } }),
  );
  const register = { register: report.issuer_unit_id, from, to } as const;
  addOutgoingSheet(
    wb,
    await loadRegisterAnnex(ctx, { actor, input: { ...register, direction: 'outgoing' } }),
  );
  addIncomingSheet(
    wb,
    await loadRegisterAnnex(ctx, { actor, input: { ...register, direction: 'incoming' } }),
  );
  return workbookBytes(wb);
}
