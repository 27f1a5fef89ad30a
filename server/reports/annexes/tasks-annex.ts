/**
 * The task-status annex (mẫu của Văn phòng Chính phủ): the VPCP table by lead
 * unit or by leader in charge, the task list (nội dung, văn bản giao, đơn vị
 * chủ trì, phối hợp, thời hạn, tình trạng, số ngày quá hạn) and the overdue
 * list with the days late, all at one report date. Counts and statuses come
 * from the tasks slice (taskStatistics, toTaskViews): nothing is recounted here.
 */
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { localDateSchema, parseInput } from '../../platform/validation';
import { authorize, scopePathOf } from '../../access/policy';
import { TASK_STATUS_LABELS, type TaskStatus } from '../../../shared/tasks/status';
import { formatShortDate } from '../../../shared/vi/date';
import { taskStatistics, type TaskStatistics } from '../../tasks/task-statistics';
import { countedTask, taskInScope } from '../../tasks/task-scope';
import { statusOptions } from '../../tasks/task-context';
import { toTaskViews, type TaskView } from '../../tasks/task-view';
import { addTableSheet, annexFile, newWorkbook, type AnnexFile } from './sheet-writer';

/** Input of the task annex. */
export const tasksAnnexInput = z
  .object({
    /** Report date; the product's today by default. */
    at: localDateSchema.optional(),
    /** Rows of the VPCP table: lead units or leaders in charge. */
    by: z.enum(['unit', 'leader']).default('unit'),
  })
  .strict();

/** What the task annex prints. */
export interface TasksAnnexData {
  at: string;
  by: 'unit' | 'leader';
  stats: TaskStatistics;
  /** Every counted task assigned by `at`, with its status at `at`, by deadline. */
  tasks: TaskView[];
}

const STATUS_COLUMNS: readonly TaskStatus[] = [
  'HT_DUNG_HAN',
  'HT_QUA_HAN',
  'CHT_TRONG_HAN',
  'CHT_QUA_HAN',
  'KHONG_THOI_HAN',
];

/** Loads the statistics and the task list the actor may see at the report date. */
export async function loadTasksAnnex(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof tasksAnnexInput> },
): Promise<TasksAnnexData> {
  const data = parseInput(tasksAnnexInput, input);
  authorize(actor, 'report.read');
  const at = data.at ?? ctx.clock.today();
  const stats = await taskStatistics(ctx, { actor, input: { at, by: data.by } });
  // The same tasks the statistics count: real tasks without sub-tasks, assigned by `at`, in scope.
  let q = ctx.db.q
    .selectFrom('tasks')
    .selectAll('tasks')
    .where(countedTask())
    .where('tasks.assigned_on', '<=', at);
  const scope = scopePathOf(actor);
  if (scope) q = q.where(taskInScope(scope));
  const rows = await q.orderBy('tasks.id').execute();
  const tasks = await toTaskViews(ctx.db.q, rows, {
    today: at,
    ...(await statusOptions(ctx.db.q)),
  });
  tasks.sort(
    (a, b) =>
      (a.status.effectiveDeadline ?? '9999').localeCompare(b.status.effectiveDeadline ?? '9999') ||
      a.id - b.id,
  );
  return { at, by: data.by, stats, tasks };
}

const rate = (r: number | null) => (r === null ? null : r * 100);

/** The VPCP table: one row per lead unit (or leader), the total, the on-time rate. */
export function addTaskTableSheet(
  wb: ExcelJS.Workbook,
  data: Pick<TasksAnnexData, 'at' | 'by' | 'stats'>,
  name = 'Nhiệm vụ (mẫu VPCP)',
): void {
  const t = data.stats;
  const rowOf = (r: TaskStatistics['total']) => [
    r.label,
    ...STATUS_COLUMNS.map((s) => r[s]),
    r.total,
    rate(r.onTimeRate),
  ];
  addTableSheet(wb, {
    name,
    title: [
      'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO',
      `(Số liệu đến ngày ${formatShortDate(data.at)}; theo mẫu của Văn phòng Chính phủ)`,
    ],
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      {
        header: data.by === 'leader' ? 'Lãnh đạo phụ trách' : 'Đơn vị chủ trì',
        width: 40,
        kind: 'wrap',
      },
      ...STATUS_COLUMNS.map((s) => ({
        header: TASK_STATUS_LABELS[s],
        width: 16,
        kind: 'integer' as const,
      })),
      { header: 'Tổng số', width: 10, kind: 'integer' },
      { header: 'Tỷ lệ đúng hạn (%)', width: 12, kind: 'percent' },
    ],
    rows: t.rows.map((r, i) => [i + 1, ...rowOf(r)]),
    total: [null, ...rowOf(t.total)],
    emptyText: 'Không có nhiệm vụ nào.',
  });
}

/** The overdue list: open tasks past their deadline at the report date, most days late first. */
export function addOverdueSheet(
  wb: ExcelJS.Workbook,
  data: Pick<TasksAnnexData, 'at' | 'stats'>,
  name = 'Nhiệm vụ quá hạn',
): void {
  addTableSheet(wb, {
    name,
    title: [
      'DANH SÁCH NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN',
      `(Đến ngày ${formatShortDate(data.at)})`,
    ],
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Nội dung', width: 70, kind: 'wrap' },
      { header: 'Đơn vị chủ trì', width: 30, kind: 'wrap' },
      { header: 'Thời hạn', width: 12, kind: 'date' },
      { header: 'Số ngày quá hạn', width: 12, kind: 'integer' },
    ],
    rows: data.stats.overdue.map((o, i) => [i + 1, o.content, o.leadUnit, o.deadline, o.daysLate]),
    emptyText: 'Không có nhiệm vụ quá hạn.',
  });
}

function sourceText(t: TaskView): string {
  const doc = t.source.numberSymbol;
  const item = t.source.itemLabel ? `mục ${t.source.itemLabel}` : null;
  return [doc, item].filter(Boolean).join(', ');
}

/** The task list in the VPCP form. */
export function addTaskListSheet(
  wb: ExcelJS.Workbook,
  data: Pick<TasksAnnexData, 'at' | 'tasks'>,
  name = 'Danh sách nhiệm vụ',
): void {
  addTableSheet(wb, {
    name,
    title: ['DANH SÁCH NHIỆM VỤ ĐƯỢC GIAO', `(Tình trạng đến ngày ${formatShortDate(data.at)})`],
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Nội dung nhiệm vụ', width: 60, kind: 'wrap' },
      { header: 'Văn bản giao', width: 20, kind: 'wrap' },
      { header: 'Đơn vị chủ trì', width: 28, kind: 'wrap' },
      { header: 'Đơn vị phối hợp', width: 28, kind: 'wrap' },
      { header: 'Thời hạn', width: 12, kind: 'date' },
      { header: 'Tình trạng', width: 22, kind: 'wrap' },
      { header: 'Số ngày quá hạn', width: 11, kind: 'integer' },
    ],
    rows: data.tasks.map((t, i) => [
      i + 1,
      t.content,
      sourceText(t),
      t.leadUnit.name,
      t.assignments
        .filter((a) => a.role === 'coordinate')
        .map((a) => a.unitName)
        .join('; '),
      t.status.effectiveDeadline ?? 'Thường xuyên',
      TASK_STATUS_LABELS[t.status.status],
      t.status.daysLate > 0 ? t.status.daysLate : null,
    ]),
    emptyText: 'Không có nhiệm vụ nào.',
  });
}

/**
 * The task-status workbook at a report date: the VPCP table, the task list
 * and the overdue list. REPORT_NO_DATA when no task had been assigned by then.
 */
export async function tasksAnnex(
  ctx: AppContext,
  opts: { actor: Actor; input: z.input<typeof tasksAnnexInput> },
): Promise<AnnexFile> {
  const data = await loadTasksAnnex(ctx, opts);
  if (data.stats.total.total === 0)
    throw new AppError('REPORT_NO_DATA', {
      field: 'at',
      params: {
        period: `đến ngày ${formatShortDate(data.at)}`,
        reason: 'chưa có nhiệm vụ nào được giao trong phạm vi được xem',
      },
    });
  const wb = newWorkbook();
  addTaskTableSheet(wb, data);
  addTaskListSheet(wb, data);
  addOverdueSheet(wb, data);
  return annexFile(wb, `nhiem-vu-${data.at}.xlsx`);
}
