import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { getSetting } from '../platform/settings';
import { authorize, type Action } from '../access/policy';
import { listUnitsOn } from '../organisation/unit-queries';
import { defaultProvincialCommittee } from '../organisation/province';
import type { ExtensionRule } from '../../shared/tasks/status';
import { toTaskViews, type TaskView } from './task-view';

/** The status settings in force (extension rule, "due soon" window). */
export async function statusOptions(q: Tx): Promise<{ rule: ExtensionRule; dueSoonDays: number }> {
  return {
    rule: await getSetting(q, 'taskExtensionRule'),
    dueSoonDays: await getSetting(q, 'dueSoonDays'),
  };
}

/** One task shaped for output, as of the product's today. */
export async function taskView(ctx: AppContext, q: Tx, id: number): Promise<TaskView> {
  const row = await q.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row)
    throw new AppError('NOT_FOUND', { field: 'taskId', params: { entity: 'nhiệm vụ', id } });
  const [view] = await toTaskViews(q, [row], {
    today: ctx.clock.today(),
    ...(await statusOptions(q)),
  });
  if (!view) throw new Error('task vanished');
  return view;
}

/** The paths of the units a task belongs to: its assigning unit and every assigned unit. */
export async function taskUnitPaths(
  q: Tx,
  taskId: number,
): Promise<{ assigning: string; units: Map<number, string> }> {
  const task = await q
    .selectFrom('tasks as t')
    .innerJoin('units as u', 'u.id', 't.assigning_unit_id')
    .select(['u.path'])
    .where('t.id', '=', taskId)
    .executeTakeFirst();
  if (!task)
    throw new AppError('NOT_FOUND', {
      field: 'taskId',
      params: { entity: 'nhiệm vụ', id: taskId },
    });
  const rows = await q
    .selectFrom('task_assignments as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.unit_id', 'u.path'])
    .where('a.task_id', '=', taskId)
    .execute();
  return { assigning: task.path, units: new Map(rows.map((r) => [r.unit_id, r.path])) };
}

/** Loads a task row after checking the actor may do `action` on it. */
export async function loadTaskFor(q: Tx, actor: Actor, taskId: number, action: Action) {
  const paths = await taskUnitPaths(q, taskId);
  // Managing and deciding belong to the assigning side; reading and reporting also to assigned units.
  const unitPaths =
    action === 'task.manage' || action === 'task.decide'
      ? [paths.assigning]
      : [paths.assigning, ...paths.units.values()];
  authorize(actor, action, { unitPaths });
  const row = await q
    .selectFrom('tasks')
    .selectAll()
    .where('id', '=', taskId)
    .executeTakeFirstOrThrow();
  return { row, paths };
}

/** The unit that leads a multi-addressee instruction's parent task (Văn phòng UBND). */
export async function officeUnit(q: Tx, asOf: string): Promise<{ id: number; path: string }> {
  const code = await getSetting(q, 'officeUnitCode');
  const committee = await defaultProvincialCommittee(q, asOf);
  const agencies = await listUnitsOn(q, { asOf, underPath: committee.path, kinds: ['agency'] });
  const office =
    (code ? agencies.find((u) => u.code === code) : undefined) ??
    agencies.find(
      (u) =>
        u.symbolCode === 'VPUBND' ||
        /^văn phòng ủy ban nhân dân/i.test(u.name) ||
        /^văn phòng ubnd/i.test(u.name),
    );
  if (!office) {
    throw new AppError('UNKNOWN_UNIT', {
      field: 'leadUnit',
      params: { value: 'Văn phòng UBND tỉnh (officeUnitCode)', date: asOf },
    });
  }
  return { id: office.id, path: office.path };
}

/** Appends an event to a task's timeline. */
export async function addTaskEvent(
  tx: Tx,
  e: { taskId: number; kind: string; onDate: string; at: Date; actor: Actor; details?: unknown },
): Promise<void> {
  await tx
    .insertInto('task_events')
    .values({
      task_id: e.taskId,
      kind: e.kind,
      on_date: e.onDate,
      at: e.at.toISOString(),
      actor_name: e.actor.name,
      details: e.details === undefined ? null : JSON.stringify(e.details),
    })
    .execute();
}
