import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { addDays } from '../../shared/dates/local-date';
import {
  emptyCounts,
  onTimeRate,
  taskStatusAt,
  type StatusCounts,
  type TaskStatus,
} from '../../shared/tasks/status';
import { statusSql, effectiveDeadlineSql } from './status-sql';
import { countedTask, taskInScope } from './task-scope';
import { statusOptions } from './task-context';
import { timelineOf, unitNames } from './task-view';

export const TASK_STAT_DIMENSIONS = ['unit', 'leader', 'document', 'month', 'none'] as const;
export type TaskStatDimension = (typeof TASK_STAT_DIMENSIONS)[number];

/** Input of taskStatistics. */
export const taskStatisticsInput = z
  .object({
    /** Report date: only events dated on or before it count. Defaults to today. */
    at: localDateSchema.optional(),
    by: z.enum(TASK_STAT_DIMENSIONS).default('unit'),
    /** For `by: month`: the year whose months are rows (defaults to the year of `at`). */
    year: z.number().int().min(2000).max(2100).optional(),
    sourceDocumentId: z.number().int().positive().optional(),
    leadUnitId: z.number().int().positive().optional(),
    /** Only tasks under this parent (a programme's items). */
    parentId: z.number().int().positive().optional(),
  })
  .strict();

/** One row of the VPCP table. */
export interface StatRow extends StatusCounts {
  key: string;
  label: string;
  /** HT_DUNG_HAN / (HT_DUNG_HAN + HT_QUA_HAN + CHT_QUA_HAN); null when nothing has come due. */
  onTimeRate: number | null;
}

/** The VPCP table for a date, grouped, with totals and the overdue list. */
export interface TaskStatistics {
  at: string;
  by: TaskStatDimension;
  rows: StatRow[];
  total: StatRow;
  overdue: Array<{
    taskId: number;
    content: string;
    leadUnitId: number;
    leadUnit: string;
    deadline: string;
    daysLate: number;
  }>;
}

/**
 * The task statistics of the Government's reporting form (VPCP): done on
 * time, done late, open within the deadline, open and overdue, no deadline —
 * by lead unit, leader in charge, source document or month of the deadline,
 * at a report date. Counted in SQL with the same rules as the status
 * function; tasks assigned after the date do not exist yet. By month, tasks
 * due in an earlier year and still open form a "carried over" row.
 */
export async function taskStatistics(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof taskStatisticsInput> },
): Promise<TaskStatistics> {
  const data = parseInput(taskStatisticsInput, input);
  authorize(actor, 'task.read');
  const at = data.at ?? ctx.clock.today();
  const opts = await statusOptions(ctx.db.q);
  const status = statusSql(at, opts.rule, 'tasks');
  const eff = effectiveDeadlineSql(at, opts.rule, 'tasks');
  const year = data.year ?? Number(at.slice(0, 4));
  const key =
    data.by === 'unit'
      ? sql<string>`cast(tasks.lead_unit_id as text)`
      : data.by === 'leader'
        ? sql<string>`coalesce(cast(tasks.leader_person_id as text), '-')`
        : data.by === 'document'
          ? sql<string>`coalesce(cast(tasks.source_document_id as text), '-')`
          : data.by === 'month'
            ? sql<string>`(case when ${eff} is null then 'none' when ${eff} < ${`${year}-01-01`} then 'carried' when ${eff} > ${`${year}-12-31`} then 'later' else substr(${eff}, 1, 7) end)`
            : sql<string>`tasks.kind`;
  let query = ctx.db.q
    .selectFrom('tasks')
    .select([
      key.as('k'),
      status.as('s'),
      sql<number>`sum(case when ${status} = 'CHT_TRONG_HAN' and ${eff} <= ${addDays(at, opts.dueSoonDays)} then 1 else 0 end)`.as(
        'soon',
      ),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where(countedTask())
    .where('tasks.assigned_on', '<=', at);
  const scope = scopePathOf(actor);
  if (scope) query = query.where(taskInScope(scope));
  if (data.sourceDocumentId)
    query = query.where('tasks.source_document_id', '=', data.sourceDocumentId);
  if (data.leadUnitId) query = query.where('tasks.lead_unit_id', '=', data.leadUnitId);
  if (data.parentId) query = query.where('tasks.parent_id', '=', data.parentId);
  // Group by output position: PostgreSQL cannot match parameterised expressions across clauses.
  const grouped = await query.groupBy([sql`1`, sql`2`]).execute();

  const rows = new Map<string, StatRow>();
  const total: StatRow = { ...emptyCounts(), key: 'total', label: 'Tổng cộng', onTimeRate: null };
  for (const g of grouped) {
    if (data.by === 'month' && g.k === 'carried' && g.s !== 'CHT_QUA_HAN') continue;
    const row = rows.get(g.k) ?? { ...emptyCounts(), key: g.k, label: g.k, onTimeRate: null };
    const n = Number(g.n);
    row[g.s as TaskStatus] += n;
    row.total += n;
    row.dueSoon += Number(g.soon);
    total[g.s as TaskStatus] += n;
    total.total += n;
    total.dueSoon += Number(g.soon);
    rows.set(g.k, row);
  }
  const list = [...rows.values()];
  await labelRows(ctx, data.by, list, at);
  for (const r of [...list, total]) r.onTimeRate = onTimeRate(r);
  list.sort((a, b) =>
    data.by === 'month'
      ? monthOrder(a.key) - monthOrder(b.key) || a.key.localeCompare(b.key)
      : b.total - a.total || a.label.localeCompare(b.label, 'vi'),
  );

  // The overdue list: open tasks past their deadline at `at`, most days late first.
  let overdueQuery = ctx.db.q
    .selectFrom('tasks')
    .select([
      'tasks.id',
      'tasks.content',
      'tasks.lead_unit_id',
      'tasks.deadline',
      'tasks.extended_deadline',
      'tasks.extension_approved_on',
      'tasks.completed_on',
      'tasks.first_completed_on',
      'tasks.reopened_on',
    ])
    .where(countedTask())
    .where('tasks.assigned_on', '<=', at)
    .where(status, '=', 'CHT_QUA_HAN');
  if (scope) overdueQuery = overdueQuery.where(taskInScope(scope));
  if (data.sourceDocumentId)
    overdueQuery = overdueQuery.where('tasks.source_document_id', '=', data.sourceDocumentId);
  if (data.leadUnitId)
    overdueQuery = overdueQuery.where('tasks.lead_unit_id', '=', data.leadUnitId);
  if (data.parentId) overdueQuery = overdueQuery.where('tasks.parent_id', '=', data.parentId);
  const overdueRows = await overdueQuery.orderBy(eff).limit(500).execute();
  const names = await unitNames(ctx.db.q, [...new Set(overdueRows.map((r) => r.lead_unit_id))], at);
  const overdue = overdueRows.map((r) => {
    const s = taskStatusAt(timelineOf(r), at, {
      extensionRule: opts.rule,
      dueSoonDays: opts.dueSoonDays,
    });
    return {
      taskId: r.id,
      content: r.content,
      leadUnitId: r.lead_unit_id,
      leadUnit: names.get(r.lead_unit_id) ?? '',
      deadline: s.effectiveDeadline ?? '',
      daysLate: s.daysLate,
    };
  });
  return { at, by: data.by, rows: list, total, overdue };
}

function monthOrder(key: string): number {
  return key === 'carried'
    ? -1
    : key === 'none'
      ? 99
      : key === 'later'
        ? 98
        : Number(key.slice(5, 7));
}

async function labelRows(
  ctx: AppContext,
  by: TaskStatDimension,
  rows: StatRow[],
  at: string,
): Promise<void> {
  if (by === 'unit') {
    const names = await unitNames(
      ctx.db.q,
      rows.map((r) => Number(r.key)),
      at,
    );
    for (const r of rows) r.label = names.get(Number(r.key)) ?? r.key;
  } else if (by === 'leader') {
    const ids = rows.map((r) => Number(r.key)).filter((n) => Number.isInteger(n));
    const people = new Map(
      ids.length
        ? (
            await ctx.db.q
              .selectFrom('people')
              .select(['id', 'full_name'])
              .where('id', 'in', ids)
              .execute()
          ).map((p) => [p.id, p.full_name])
        : [],
    );
    for (const r of rows)
      r.label =
        r.key === '-' ? 'Chưa giao lãnh đạo phụ trách' : (people.get(Number(r.key)) ?? r.key);
  } else if (by === 'document') {
    const ids = rows.map((r) => Number(r.key)).filter((n) => Number.isInteger(n));
    const docs = new Map(
      ids.length
        ? (
            await ctx.db.q
              .selectFrom('documents')
              .select(['id', 'number_symbol', 'title'])
              .where('id', 'in', ids)
              .execute()
          ).map((d) => [d.id, d.number_symbol ?? d.title ?? String(d.id)])
        : [],
    );
    for (const r of rows)
      r.label = r.key === '-' ? 'Không có văn bản giao' : (docs.get(Number(r.key)) ?? r.key);
  } else if (by === 'month') {
    for (const r of rows) {
      r.label =
        r.key === 'carried'
          ? 'Năm trước chuyển sang (còn quá hạn)'
          : r.key === 'none'
            ? 'Không có thời hạn'
            : r.key === 'later'
              ? 'Hạn sau năm báo cáo'
              : `Tháng ${Number(r.key.slice(5, 7))}/${r.key.slice(0, 4)}`;
    }
  } else {
    for (const r of rows) r.label = 'Tất cả';
  }
}
