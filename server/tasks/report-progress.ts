import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { addTaskEvent, loadTaskFor, taskView } from './task-context';
import type { TaskView } from './task-view';

/** Input of reportProgress. */
export const reportProgressInput = z
  .object({
    taskId: z.number().int().positive(),
    /** The reporting unit's assignment row; defaults to the actor's unit's row. */
    assignmentId: z.number().int().positive().optional(),
    percent: z.number().int(),
    narrative: textSchema(4000),
    reportedOn: localDateSchema.optional(),
  })
  .strict();

/**
 * A unit reports progress on its part of a task (dated, percent and
 * narrative). When the unit requires its leader's approval, the report waits
 * (status pending) and counts only once approved.
 */
export async function reportProgress(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof reportProgressInput> },
): Promise<{ reportId: number; status: 'pending' | 'approved'; task: TaskView }> {
  const data = parseInput(reportProgressInput, input);
  if (data.percent < 0 || data.percent > 100) {
    throw new AppError('TASK_PROGRESS_RANGE', {
      field: 'percent',
      params: { percent: data.percent },
    });
  }
  const today = ctx.clock.today();
  const reportedOn = data.reportedOn ?? today;
  if (reportedOn > today)
    throw new AppError('TASK_DATE_IN_FUTURE', {
      field: 'reportedOn',
      params: { date: reportedOn, today },
    });
  const result = await ctx.db.write(async (tx) => {
    const { row, paths } = await loadTaskFor(tx, actor, data.taskId, 'task.report');
    if (row.completed_on)
      throw new AppError('TASK_CLOSED', {
        params: { completedOn: row.completed_on, action: 'báo cáo tiến độ' },
      });
    const assignment = await pickAssignment(tx, actor, data.taskId, data.assignmentId);
    // Units report only on their own row; the office may report for any row of a task in its scope.
    const unitPath = paths.units.get(assignment.unit_id);
    authorize(actor, 'task.report', { unitPaths: unitPath ? [unitPath] : [] });
    const settings = await tx
      .selectFrom('unit_task_settings')
      .select('requires_progress_approval')
      .where('unit_id', '=', assignment.unit_id)
      .executeTakeFirst();
    const needsApproval =
      settings?.requires_progress_approval === 1 &&
      !(
        actor.kind === 'user' &&
        (actor.role === 'unit_leader' || actor.role === 'admin' || actor.role === 'office')
      );
    const status = needsApproval ? ('pending' as const) : ('approved' as const);
    const now = ctx.systemNow().toISOString();
    const { id } = await tx
      .insertInto('task_progress_reports')
      .values({
        task_id: row.id,
        assignment_id: assignment.id,
        reported_on: reportedOn,
        percent: data.percent,
        narrative: data.narrative,
        status,
        reported_by_user_id: actor.kind === 'user' ? actor.userId : null,
        decided_by_user_id: null,
        decided_at: status === 'approved' ? now : null,
        decision_note: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (status === 'approved')
      await applyProgress(tx, row.lead_unit_id, assignment.id, row.id, data.percent, reportedOn);
    await addTaskEvent(tx, {
      taskId: row.id,
      kind: 'progress',
      onDate: reportedOn,
      at: ctx.systemNow(),
      actor,
      details: { percent: data.percent, status, unitId: assignment.unit_id },
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'task.report_progress',
      entity: 'task',
      entityId: row.id,
      after: { reportId: id, percent: data.percent, status },
    });
    return { reportId: id, status };
  });
  return { ...result, task: await taskView(ctx, ctx.db.q, data.taskId) };
}

/** Input of decideProgress. */
export const decideProgressInput = z
  .object({
    reportId: z.number().int().positive(),
    approve: z.boolean(),
    note: optionalTextSchema(1000),
  })
  .strict();

/** The unit leader approves (it then counts) or rejects a pending progress report of the unit. */
export async function decideProgress(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof decideProgressInput> },
): Promise<TaskView> {
  const data = parseInput(decideProgressInput, input);
  const taskId = await ctx.db.write(async (tx) => {
    const report = await tx
      .selectFrom('task_progress_reports')
      .selectAll()
      .where('id', '=', data.reportId)
      .executeTakeFirst();
    if (!report)
      throw new AppError('NOT_FOUND', {
        field: 'reportId',
        params: { entity: 'báo cáo tiến độ', id: data.reportId },
      });
    const { row, paths } = await loadTaskFor(tx, actor, report.task_id, 'task.read');
    const assignment = await tx
      .selectFrom('task_assignments')
      .selectAll()
      .where('id', '=', report.assignment_id)
      .executeTakeFirstOrThrow();
    authorize(actor, 'task.approve_unit', {
      unitPaths: [paths.units.get(assignment.unit_id) ?? ''],
    });
    if (report.status !== 'pending')
      throw new AppError('TASK_PROGRESS_STATE', { params: { status: report.status } });
    await tx
      .updateTable('task_progress_reports')
      .set({
        status: data.approve ? 'approved' : 'rejected',
        decided_by_user_id: actor.kind === 'user' ? actor.userId : null,
        decided_at: ctx.systemNow().toISOString(),
        decision_note: data.note,
      })
      .where('id', '=', report.id)
      .execute();
    if (data.approve)
      await applyProgress(
        tx,
        row.lead_unit_id,
        assignment.id,
        row.id,
        report.percent,
        report.reported_on,
      );
    await addTaskEvent(tx, {
      taskId: row.id,
      kind: data.approve ? 'progress_approved' : 'progress_rejected',
      onDate: ctx.clock.today(),
      at: ctx.systemNow(),
      actor,
      details: { reportId: report.id },
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: data.approve ? 'task.approve_progress' : 'task.reject_progress',
      entity: 'task',
      entityId: row.id,
      details: { reportId: report.id, note: data.note },
    });
    return row.id;
  });
  return taskView(ctx, ctx.db.q, taskId);
}

/** The assignment a report is about: the given row, or the actor's unit's row. */
async function pickAssignment(
  tx: Tx,
  actor: Actor,
  taskId: number,
  assignmentId: number | undefined,
) {
  let q = tx.selectFrom('task_assignments').selectAll().where('task_id', '=', taskId);
  if (assignmentId !== undefined) q = q.where('id', '=', assignmentId);
  else if (actor.kind === 'user' && actor.unitId !== null)
    q = q.where('unit_id', '=', actor.unitId);
  else q = q.where('role', '=', 'lead');
  const a = await q.executeTakeFirst();
  if (!a) throw new AppError('TASK_NOT_ASSIGNED_TO_UNIT', { field: 'assignmentId' });
  return a;
}

/** Writes approved progress on the row and, for the lead unit, on the task. */
async function applyProgress(
  tx: Tx,
  leadUnitId: number,
  assignmentId: number,
  taskId: number,
  percent: number,
  on: string,
): Promise<void> {
  const a = await tx
    .selectFrom('task_assignments')
    .select(['unit_id', 'version', 'last_progress_on'])
    .where('id', '=', assignmentId)
    .executeTakeFirstOrThrow();
  // An older report approved late does not overwrite a newer one.
  if (a.last_progress_on && a.last_progress_on > on) return;
  await tx
    .updateTable('task_assignments')
    .set({ progress_percent: percent, last_progress_on: on, version: a.version + 1 })
    .where('id', '=', assignmentId)
    .execute();
  if (a.unit_id === leadUnitId)
    await tx
      .updateTable('tasks')
      .set({ progress_percent: percent })
      .where('id', '=', taskId)
      .execute();
}
