import ExcelJS from 'exceljs';
import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import type { ReportContent } from '../../shared/reports/content';
import { TASK_STATUS_LABELS } from '../../shared/tasks/status';
import { taskStatistics } from '../tasks/task-statistics';
import { windowStatistics } from './report-data';
import type { ReportsTable } from './tables';

/**
 * The report's annexes as a workbook: issued documents by type for the data
 * window, the task results in the VPCP form by lead unit at the window's end
 * with the overdue list, and the report's paragraphs (for re-use).
 */
export async function renderReportXlsx(
  ctx: AppContext,
  report: Selectable<ReportsTable>,
  content: ReportContent,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dieuhanh';
  const bold = { bold: true } as const;

  const docs = wb.addWorksheet('Văn bản ban hành');
  const stats = await windowStatistics(
    ctx,
    report.issuer_unit_id,
    report.window_from,
    report.window_to,
  );
  docs.addRow([
    `Văn bản do ${stats.issuer.name} ban hành từ ${report.window_from} đến ${report.window_to}`,
  ]).font = bold;
  docs.addRow(['STT', 'Loại văn bản', 'Số lượng']).font = bold;
  const rows: Array<[string, number]> = [
    ['Quyết định quy phạm pháp luật', stats.qpplDecisions],
    ['Chỉ thị', stats.directives],
    ['Quyết định cá biệt', stats.individualDecisions],
    ['Kế hoạch', stats.plans],
    ['Tờ trình', stats.submissions],
    ['Văn bản điều hành khác', stats.other],
  ];
  rows.forEach(([label, n], i) => docs.addRow([i + 1, label, n]));
  docs.addRow(['', 'Tổng cộng', stats.total]).font = bold;
  docs.columns = [{ width: 6 }, { width: 40 }, { width: 12 }];

  const tasks = wb.addWorksheet('Nhiệm vụ (mẫu VPCP)');
  const t = await taskStatistics(ctx, {
    actor: SYSTEM_ACTOR,
    input: { at: report.window_to, by: 'unit' },
  });
  tasks.addRow([`Tình hình thực hiện nhiệm vụ đến ngày ${t.at}`]).font = bold;
  tasks.addRow([
    'STT',
    'Đơn vị chủ trì',
    TASK_STATUS_LABELS.HT_DUNG_HAN,
    TASK_STATUS_LABELS.HT_QUA_HAN,
    TASK_STATUS_LABELS.CHT_TRONG_HAN,
    TASK_STATUS_LABELS.CHT_QUA_HAN,
    TASK_STATUS_LABELS.KHONG_THOI_HAN,
    'Tổng số',
    'Tỷ lệ đúng hạn (%)',
  ]).font = bold;
  t.rows.forEach((r, i) =>
    tasks.addRow([
      i + 1,
      r.label,
      r.HT_DUNG_HAN,
      r.HT_QUA_HAN,
      r.CHT_TRONG_HAN,
      r.CHT_QUA_HAN,
      r.KHONG_THOI_HAN,
      r.total,
      r.onTimeRate === null ? '' : Math.round(r.onTimeRate * 1000) / 10,
    ]),
  );
  tasks.addRow([
    '',
    t.total.label,
    t.total.HT_DUNG_HAN,
    t.total.HT_QUA_HAN,
    t.total.CHT_TRONG_HAN,
    t.total.CHT_QUA_HAN,
    t.total.KHONG_THOI_HAN,
    t.total.total,
    t.total.onTimeRate === null ? '' : Math.round(t.total.onTimeRate * 1000) / 10,
  ]).font = bold;
  tasks.columns = [
    { width: 6 },
    { width: 40 },
    ...Array.from({ length: 7 }, () => ({ width: 16 })),
  ];

  const overdue = wb.addWorksheet('Nhiệm vụ quá hạn');
  overdue.addRow(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời hạn', 'Số ngày quá hạn']).font = bold;
  t.overdue.forEach((o, i) =>
    overdue.addRow([i + 1, o.content, o.leadUnit, o.deadline, o.daysLate]),
  );
  overdue.columns = [{ width: 6 }, { width: 80 }, { width: 30 }, { width: 12 }, { width: 14 }];

  const text = wb.addWorksheet('Nội dung báo cáo');
  text.addRow(['Mục', 'Nội dung', 'Nguồn']).font = bold;
  for (const b of content.blocks)
    text.addRow([
      b.kind === 'heading' ? b.label : (b.label ?? ''),
      b.text,
      b.kind === 'heading' ? 'tiêu đề' : b.origin === 'generated' ? 'từ số liệu' : 'soạn thảo',
    ]);
  text.columns = [{ width: 8 }, { width: 120 }, { width: 14 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
