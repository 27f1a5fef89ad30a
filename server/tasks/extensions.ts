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
import { authorize, can } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { addTaskEvent, loadTaskFor, taskView } from './task-context';
import type { TaskView } from './task-view';

/** Input of requestExtension. */
export const requestExtensionInput = z
  .object({
    taskId: z.number().int().positive(),
    requestedDeadline: localDateSchema,
    reason: textSchema(2000),
  })
  .strict();

/**
 * The lead unit asks for a later deadline (gia hạn). Staff requests wait for
 * the unit leader to forward them; a unit leader's request goes straight to
 * the leader in charge. The original deadline is always kept.
 */
export async function requestExtension(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof requestExtensionInput> },
): Promise<TaskView> {
  const data = parseInput(requestExtensionInput, input);
  await ctx.db.write(async (tx) => {
    const { row, paths } = await loadTaskFor(tx, actor, data.taskId, 'task.report');
    authorize(actor, 'task.report', { unitPaths: [paths.units.get(row.lead_unit_id) ?? ''] });
    if (row.completed_on)
      throw new AppError('TASK_CLOSED', {
        params: { completedOn: row.completed_on, action: 'đề nghị gia hạn' },
      });
    const current =
      row.extended_deadline && row.extension_approved_on ? row.extended_deadline : row.deadline;
    if (current && data.requestedDeadline <= current) {
      throw new AppError('TASK_EXTENSION_DATE', {
        field: 'requestedDeadline',
        params: { requested: data.requestedDeadline, current },
      });
    }
    await assertNoPending(tx, row.id);
    const forwarded = can(actor, 'task.approve_unit', {
      unitPaths: [paths.units.get(row.lead_unit_id) ?? ''],
    });
    const today = ctx.clock.today();
    const { id } = await tx
      .insertInto('task_extensions')
      .values({
        task_id: row.id,
        requested_on: today,
        requested_deadline: data.requestedDeadline,
        reason: data.reason,
        status: forwarded ? 'forwarded' : 'requested',
        requested_by_user_id: actor.kind === 'user' ? actor.userId : null,
        forwarded_by_user_id: forwarded && actor.kind === 'user' ? actor.userId : null,
        forwarded_on: forwarded ? today : null,
        decided_by_user_id: null,
        decided_on: null,
        decision_note: null,
        approving_document_id: null,
        created_at: ctx.systemNow().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addTaskEvent(tx, {
      taskId: row.id,
      kind: 'extension_requested',
      onDate: today,
      at: ctx.systemNow(),
      actor,
      details: { extensionId: id, requestedDeadline: data.requestedDeadline, reason: data.reason },
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'task.request_extension',
      entity: 'task',
      entityId: row.id,
      after: { extensionId: id, requestedDeadline: data.requestedDeadline, forwarded },
    });
  });
  return taskView(ctx, ctx.db.q, data.taskId);
}

/** The unit leader forwards a staff request to the leader in charge. */
export async function forwardExtension(
  ctx: AppContext,
  { actor, extensionId }: { actor: Actor; extensionId: number },
): Promise<TaskView> {
  const taskId = await ctx.db.write(async (tx) => {
    const ext = await loadExtension(tx, extensionId);
    const { row, paths } = await loadTaskFor(tx, actor, ext.task_id, 'task.read');
    authorize(actor, 'task.approve_unit', { unitPaths: [paths.units.get(row.lead_unit_id) ?? ''] });
    if (ext.status !== 'requested')
      throw new AppError('TASK_EXTENSION_STATE', {
        params: { status: ext.status, action: 'chuyển lãnh đạo' },
      });
    const today = ctx.clock.today();
    await tx
      .updateTable('task_extensions')
      .set({
        status: 'forwarded',
        forwarded_by_user_id: actor.kind === 'user' ? actor.userId : null,
        forwarded_on: today,
        version: ext.version + 1,
      })
      .where('id', '=', ext.id)
      .execute();
    await addTaskEvent(tx, {
      taskId: row.id,
      kind: 'extension_forwarded',
      onDate: today,
      at: ctx.systemNow(),
      actor,
      details: { extensionId: ext.id },
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'task.forward_extension',
      entity: 'task',
      entityId: row.id,
      details: { extensionId: ext.id },
    });
    return row.id;
  });
  return taskView(ctx, ctx.db.q, taskId);
}

/** Input of decideExtension. */
export const decideExtensionInput = z
  .object({
    extensionId: z.number().int().positive(),
    approve: z.boolean(),
    /** The approved deadline; defaults to the requested one. */
    deadline: localDateSchema.optional(),
    note: optionalTextSchema(1000),
    approvingDocumentId: z.number().int().positive().nullish(),
  })
  .strict();

/**
 * The leader in charge (or the Chair) approves or refuses a forwarded
 * request. An approval records the new deadline and its date; whether "on
 * time" is then judged against it follows the `taskExtensionRule` setting.
 */
export async function decideExtension(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof decideExtensionInput> },
): Promise<TaskView> {
  const data = parseInput(decideExtensionInput, input);
  const taskId = await ctx.db.write(async (tx) => {
    const ext = await loadExtension(tx, data.extensionId);
    const { row } = await loadTaskFor(tx, actor, ext.task_id, 'task.decide');
    await assertLeaderInCharge(tx, actor, row.leader_person_id, row.assigning_unit_id);
    if (ext.status !== 'forwarded')
      throw new AppError('TASK_EXTENSION_STATE', {
        params: { status: ext.status, action: 'quyết định' },
      });
    if (row.completed_on)
      throw new AppError('TASK_CLOSED', {
        params: { completedOn: row.completed_on, action: 'gia hạn' },
      });
    const today = ctx.clock.today();
    const newDeadline = data.deadline ?? ext.requested_deadline;
    if (data.approve && row.deadline && newDeadline <= row.deadline) {
      throw new AppError('TASK_EXTENSION_DATE', {
        field: 'deadline',
        params: { requested: newDeadline, current: row.deadline },
      });
    }
    await tx
      .updateTable('task_extensions')
      .set({
        status: data.approve ? 'approved' : 'refused',
        decided_by_user_id: actor.kind === 'user' ? actor.userId : null,
        decided_on: today,
        decision_note: data.note,
        approving_document_id: data.approvingDocumentId ?? null,
        version: ext.version + 1,
      })
      .where('id', '=', ext.id)
      .execute();
    if (data.approve) {
      await tx
        .updateTable('tasks')
        .set({
          extended_deadline: newDeadline,
          extension_approved_on: today,
          version: row.version + 1,
          updated_at: ctx.clock.now().toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
    }
    await addTaskEvent(tx, {
      taskId: row.id,
      kind: data.approve ? 'extension_approved' : 'extension_refused',
      onDate: today,
      at: ctx.systemNow(),
      actor,
      details: { extensionId: ext.id, deadline: newDeadline, note: data.note },
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: data.approve ? 'task.approve_extension' : 'task.refuse_extension',
      entity: 'task',
      entityId: row.id,
      before: { deadline: row.deadline, extendedDeadline: row.extended_deadline },
      after: data.approve ? { extendedDeadline: newDeadline, approvedOn: today } : null,
    });
    return row.id;
  });
  return taskView(ctx, ctx.db.q, taskId);
}

async function loadExtension(tx: Tx, id: number) {
  const ext = await tx
    .selectFrom('task_extensions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!ext)
    throw new AppError('NOT_FOUND', {
      field: 'extensionId',
      params: { entity: 'đề nghị gia hạn', id },
    });
  return ext;
}

async function assertNoPending(tx: Tx, taskId: number): Promise<void> {
  const pending = await tx
    .selectFrom('task_extensions')
    .select('id')
    .where('task_id', '=', taskId)
    .where('status', 'in', ['requested', 'forwarded'])
    .executeTakeFirst();
  if (pending) throw new AppError('TASK_EXTENSION_PENDING', { field: 'taskId' });
}

/** Only the leader in charge, or the head (Chủ tịch) of the assigning unit, decides; admins and the system too. */
async function assertLeaderInCharge(
  tx: Tx,
  actor: Actor,
  leaderPersonId: number | null,
  assigningUnitId: number,
): Promise<void> {
  if (actor.kind === 'system' || actor.role === 'admin') return;
  if (actor.personId !== null && actor.personId === leaderPersonId) return;
  if (actor.personId !== null) {
    const head = await tx
      .selectFrom('positions')
      .select('id')
      .where('person_id', '=', actor.personId)
      .where('unit_id', '=', assigningUnitId)
      .where('rank', '=', 'head')
      .executeTakeFirst();
    if (head) return;
  }
  if (leaderPersonId === null) return;
  throw new AppError('TASK_NOT_LEADER_IN_CHARGE');
}
