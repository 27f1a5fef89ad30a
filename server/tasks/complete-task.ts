import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../platform/validation';
import { checkVersion } from '../platform/versioning';
import { authorize, can } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { addTaskEvent, loadTaskFor, taskView } from './task-context';
import type { TaskView } from './task-view';

/** Input of completeTask. */
export const completeTaskInput = z
  .object({
    taskId: z.number().int().positive(),
    completedOn: localDateSchema.optional(),
    /** The result document from the register (báo cáo, tờ trình, quyết định…). */
    resultDocumentId: z.number().int().positive().nullish(),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Records a task as done on a date, with its result document. The office (or
 * the lead unit's leader) confirms completion; the date cannot be in the future.
 */
export async function completeTask(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof completeTaskInput> },
): Promise<TaskView> {
  const data = parseInput(completeTaskInput, input);
  const today = ctx.clock.today();
  const on = data.completedOn ?? today;
  if (on > today)
    throw new AppError('TASK_DATE_IN_FUTURE', {
      field: 'completedOn',
      params: { date: on, today },
    });
  await ctx.db.write(async (tx) => {
    const { row, paths } = await loadTaskFor(tx, actor, data.taskId, 'task.read');
    const leadPath = paths.units.get(row.lead_unit_id) ?? '';
    if (!(canManage(actor, paths.assigning) || canApproveUnit(actor, leadPath)))
      authorize(actor, 'task.manage', { unitPaths: [paths.assigning] });
    checkVersion(row.version, data.version);
    if (row.completed_on)
      throw new AppError('TASK_CLOSED', {
        params: { completedOn: row.completed_on, action: 'ghi nhận hoàn thành lần nữa' },
      });
    if (on < row.assigned_on) {
      throw new AppError('TASK_DEADLINE_BEFORE_SOURCE', {
        field: 'completedOn',
        params: { deadline: on, sourceDate: row.assigned_on },
      });
    }
    if (data.resultDocumentId) {
      const doc = await tx
        .selectFrom('documents')
        .select('id')
        .where('id', '=', data.resultDocumentId)
        .executeTakeFirst();
      if (!doc)
        throw new AppError('NOT_FOUND', {
          field: 'resultDocumentId',
          params: { entity: 'văn bản', id: data.resultDocumentId },
        });
    }
    await tx
      .updateTable('tasks')
      .set({
        completed_on: on,
        completion_document_id: data.resultDocumentId ?? null,
        awaiting_body: null,
        progress_percent: 100,
        version: row.version + 1,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await tx
      .updateTable('task_assignments')
      .set({ progress_percent: 100, last_progress_on: on })
      .where('task_id', '=', row.id)
      .where('role', '=', 'lead')
      .execute();
    if (row.source_kind === 'direction' && row.source_document_id && row.parent_id === null) {
      // The incoming document is handled when its handling task is done.
      await tx
        .updateTable('documents')
        .set({ handled_on: on })
        .where('id', '=', row.source_document_id)
        .execute();
    }
    await addTaskEvent(tx, {
      taskId: row.id,
      kind: 'completed',
      onDate: on,
      at: ctx.systemNow(),
      actor,
      details: { resultDocumentId: data.resultDocumentId ?? null },
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'task.complete',
      entity: 'task',
      entityId: row.id,
      before: { completedOn: null },
      after: { completedOn: on, resultDocumentId: data.resultDocumentId ?? null },
    });
  });
  return taskView(ctx, ctx.db.q, data.taskId);
}

/** Input of reopenTask. */
export const reopenTaskInput = z
  .object({
    taskId: z.number().int().positive(),
    reason: textSchema(1000),
    reopenedOn: localDateSchema.optional(),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Re-opens a completed task (the result was not accepted). The completion is
 * kept as the first completion, so a report for an earlier date still sees
 * it; the re-opening is recorded on the timeline.
 */
export async function reopenTask(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof reopenTaskInput> },
): Promise<TaskView> {
  const data = parseInput(reopenTaskInput, input);
  const today = ctx.clock.today();
  const on = data.reopenedOn ?? today;
  if (on > today)
    throw new AppError('TASK_DATE_IN_FUTURE', { field: 'reopenedOn', params: { date: on, today } });
  await ctx.db.write(async (tx) => {
    const { row } = await loadTaskFor(tx, actor, data.taskId, 'task.manage');
    checkVersion(row.version, data.version);
    if (!row.completed_on) throw new AppError('TASK_NOT_CLOSED');
    if (on < row.completed_on) {
      throw new AppError('FIELD_INVALID', {
        field: 'reopenedOn',
        params: { reason: `không được trước ngày hoàn thành ${row.completed_on}` },
      });
    }
    await tx
      .updateTable('tasks')
      .set({
        first_completed_on: row.first_completed_on ?? row.completed_on,
        completed_on: null,
        completion_document_id: null,
        reopened_on: on,
        version: row.version + 1,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await addTaskEvent(tx, {
      taskId: row.id,
      kind: 'reopened',
      onDate: on,
      at: ctx.systemNow(),
      actor,
      details: { reason: data.reason, previousCompletion: row.completed_on },
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'task.reopen',
      entity: 'task',
      entityId: row.id,
      before: { completedOn: row.completed_on },
      after: { reopenedOn: on },
      details: { reason: data.reason },
    });
  });
  return taskView(ctx, ctx.db.q, data.taskId);
}

/** Input of submitForApproval. */
export const submitForApprovalInput = z
  .object({
    taskId: z.number().int().positive(),
    /** The body whose approval is awaited, e.g. "Tỉnh ủy". */
    body: textSchema(200),
    submittedOn: localDateSchema.optional(),
    note: optionalTextSchema(1000),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Records the sub-state "done, awaiting the approving body": the unit's work
 * is at 100 % and submitted (e.g. to the Tỉnh ủy); the task stays open until
 * the body approves and the office records completion.
 */
export async function submitForApproval(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof submitForApprovalInput> },
): Promise<TaskView> {
  const data = parseInput(submitForApprovalInput, input);
  const today = ctx.clock.today();
  const on = data.submittedOn ?? today;
  if (on > today)
    throw new AppError('TASK_DATE_IN_FUTURE', {
      field: 'submittedOn',
      params: { date: on, today },
    });
  await ctx.db.write(async (tx) => {
    const { row } = await loadTaskFor(tx, actor, data.taskId, 'task.manage');
    checkVersion(row.version, data.version);
    if (row.completed_on)
      throw new AppError('TASK_CLOSED', {
        params: { completedOn: row.completed_on, action: 'trình phê duyệt' },
      });
    await tx
      .updateTable('tasks')
      .set({
        awaiting_body: data.body,
        submitted_on: on,
        progress_percent: 100,
        version: row.version + 1,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await tx
      .updateTable('task_assignments')
      .set({ progress_percent: 100, last_progress_on: on })
      .where('task_id', '=', row.id)
      .where('role', '=', 'lead')
      .execute();
    await addTaskEvent(tx, {
      taskId: row.id,
      kind: 'awaiting_approval',
      onDate: on,
      at: ctx.systemNow(),
      actor,
      details: { body: data.body, note: data.note },
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'task.submit_for_approval',
      entity: 'task',
      entityId: row.id,
      after: { awaitingBody: data.body, submittedOn: on },
    });
  });
  return taskView(ctx, ctx.db.q, data.taskId);
}

function canManage(actor: Actor, assigningPath: string): boolean {
  return can(actor, 'task.manage', { unitPaths: [assigningPath] });
}
function canApproveUnit(actor: Actor, leadPath: string): boolean {
  return can(actor, 'task.approve_unit', { unitPaths: [leadPath] });
}
