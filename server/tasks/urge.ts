import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput, textSchema } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { listPositionsOn } from '../organisation/people';
import { notifyUrging } from '../notifications/notify-urging';
import { addTaskEvent, loadTaskFor } from './task-context';
import { URGING_KINDS, type UrgingKind } from './tables';
import { unitNames } from './task-view';

/** Input of urgeAssignment. */
export const urgeInput = z
  .object({
    assignmentId: z.number().int().positive(),
    /** Nhắc nhở, phê bình or kiểm điểm. */
    kind: z.enum(URGING_KINDS),
    message: textSchema(2000),
  })
  .strict();

/** An urging as shown to senders and receivers. */
export interface UrgingView {
  id: number;
  taskId: number;
  assignmentId: number;
  unitId: number;
  unitName: string;
  kind: UrgingKind;
  attempt: number;
  message: string;
  sentBy: string;
  sentOn: string;
  sentAt: string;
  addressedTo: string | null;
  reads: Array<{ userId: number; readAt: string }>;
}

/**
 * The office or a leader urges a unit on its part of a task (đôn đốc):
 * numbered automatically per assignment (lần 1, 2, 3…), addressed to the
 * unit's head on that day, immutable once sent. Completed tasks cannot be urged.
 */
export async function urgeAssignment(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof urgeInput> },
): Promise<UrgingView> {
  const data = parseInput(urgeInput, input);
  const today = ctx.clock.today();
  const id = await ctx.db.write(async (tx) => {
    const assignment = await tx
      .selectFrom('task_assignments')
      .selectAll()
      .where('id', '=', data.assignmentId)
      .executeTakeFirst();
    if (!assignment)
      throw new AppError('NOT_FOUND', {
        field: 'assignmentId',
        params: { entity: 'phân công', id: data.assignmentId },
      });
    const { row, paths } = await loadTaskFor(tx, actor, assignment.task_id, 'task.read');
    authorize(actor, 'task.urge', { unitPaths: [paths.assigning] });
    if (row.completed_on)
      throw new AppError('URGING_TARGET_DONE', { params: { completedOn: row.completed_on } });
    const previous = await tx
      .selectFrom('task_urgings')
      .select((eb) => eb.fn.max('attempt').as('last'))
      .where('assignment_id', '=', assignment.id)
      .executeTakeFirst();
    const attempt = Number(previous?.last ?? 0) + 1;
    const head = (await listPositionsOn(tx, { asOf: today, unitId: assignment.unit_id })).find(
      (p) => p.rank === 'head',
    );
    const now = ctx.systemNow().toISOString();
    const { id } = await tx
      .insertInto('task_urgings')
      .values({
        task_id: row.id,
        assignment_id: assignment.id,
        kind: data.kind,
        attempt,
        message: data.message,
        sent_by_user_id: actor.kind === 'user' ? actor.userId : null,
        sent_by_name: actor.name,
        sent_on: today,
        sent_at: now,
        addressed_to_person_id: head?.personId ?? null,
        addressed_to_name: head ? `${head.title} ${head.fullName}` : null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addTaskEvent(tx, {
      taskId: row.id,
      kind: 'urged',
      onDate: today,
      at: ctx.systemNow(),
      actor,
      details: { urgingId: id, kind: data.kind, attempt, unitId: assignment.unit_id },
    });
    await notifyUrging(tx, ctx.systemNow(), {
      id,
      taskId: row.id,
      unitId: assignment.unit_id,
      kind: data.kind,
      attempt,
      message: data.message,
      taskContent: row.content,
      sentBy: actor.name,
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'task.urge',
      entity: 'task',
      entityId: row.id,
      after: { urgingId: id, unitId: assignment.unit_id, kind: data.kind, attempt },
    });
    return id;
  });
  const [view] = await listUrgings(ctx, { actor, urgingId: id });
  if (!view) throw new Error('urging vanished');
  return view;
}

/** A user of the urged unit records having read an urging (read receipt, once per person). */
export async function markUrgingRead(
  ctx: AppContext,
  { actor, urgingId }: { actor: Actor; urgingId: number },
): Promise<UrgingView> {
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  await ctx.db.write(async (tx) => {
    const u = await tx
      .selectFrom('task_urgings')
      .selectAll()
      .where('id', '=', urgingId)
      .executeTakeFirst();
    if (!u)
      throw new AppError('NOT_FOUND', {
        field: 'urgingId',
        params: { entity: 'văn bản đôn đốc', id: urgingId },
      });
    const { paths } = await loadTaskFor(tx, actor, u.task_id, 'task.read');
    const assignment = await tx
      .selectFrom('task_assignments')
      .select('unit_id')
      .where('id', '=', u.assignment_id)
      .executeTakeFirstOrThrow();
    authorize(actor, 'task.read', { unitPaths: [paths.units.get(assignment.unit_id) ?? ''] });
    await tx
      .insertInto('urging_reads')
      .values({ urging_id: u.id, user_id: actor.userId, read_at: ctx.systemNow().toISOString() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  });
  const [view] = await listUrgings(ctx, { actor, urgingId });
  if (!view) throw new Error('urging vanished');
  return view;
}

/**
 * Urgings visible to the actor: of one task, received by one unit, or one by
 * id, sent within dates, or only those nobody has read yet; newest first.
 */
export async function listUrgings(
  ctx: AppContext,
  {
    actor,
    taskId,
    unitId,
    urgingId,
    sentFrom,
    sentTo,
    unread,
  }: {
    actor: Actor;
    taskId?: number;
    unitId?: number;
    urgingId?: number;
    sentFrom?: string;
    sentTo?: string;
    /** Only urgings no user has opened (no read recorded). */
    unread?: boolean;
  },
): Promise<UrgingView[]> {
  authorize(actor, 'task.read');
  let q = ctx.db.q
    .selectFrom('task_urgings as g')
    .innerJoin('task_assignments as a', 'a.id', 'g.assignment_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .innerJoin('tasks as t', 't.id', 'g.task_id')
    .innerJoin('units as au', 'au.id', 't.assigning_unit_id')
    .selectAll('g')
    .select(['a.unit_id']);
  const scope = scopePathOf(actor);
  if (scope)
    q = q.where((eb) =>
      eb.or([eb('u.path', 'like', `${scope}%`), eb('au.path', 'like', `${scope}%`)]),
    );
  if (taskId !== undefined) q = q.where('g.task_id', '=', taskId);
  if (unitId !== undefined) q = q.where('a.unit_id', '=', unitId);
  if (urgingId !== undefined) q = q.where('g.id', '=', urgingId);
  if (sentFrom !== undefined) q = q.where('g.sent_on', '>=', sentFrom);
  if (sentTo !== undefined) q = q.where('g.sent_on', '<=', sentTo);
  if (unread)
    q = q.where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('urging_reads as r')
            .select('r.urging_id')
            .whereRef('r.urging_id', '=', 'g.id'),
        ),
      ),
    );
  const rows = await q.orderBy('g.sent_at', 'desc').orderBy('g.id', 'desc').limit(500).execute();
  const ids = rows.map((r) => r.id);
  const reads =
    ids.length === 0
      ? []
      : await ctx.db.q
          .selectFrom('urging_reads')
          .selectAll()
          .where('urging_id', 'in', ids)
          .execute();
  const names = await unitNames(
    ctx.db.q,
    [...new Set(rows.map((r) => r.unit_id))],
    ctx.clock.today(),
  );
  return rows.map((r) => ({
    id: r.id,
    taskId: r.task_id,
    assignmentId: r.assignment_id,
    unitId: r.unit_id,
    unitName: names.get(r.unit_id) ?? '',
    kind: r.kind,
    attempt: r.attempt,
    message: r.message,
    sentBy: r.sent_by_name,
    sentOn: r.sent_on,
    sentAt: r.sent_at,
    addressedTo: r.addressed_to_name,
    reads: reads
      .filter((x) => x.urging_id === r.id)
      .map((x) => ({ userId: x.user_id, readAt: x.read_at })),
  }));
}
