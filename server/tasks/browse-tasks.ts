import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { addDays } from '../../shared/dates/local-date';
import { TASK_STATUSES } from '../../shared/tasks/status';
import { containsEveryWord } from '../platform/db/word-index';
import { viFold } from '../../shared/vi/text';
import { effectiveDeadlineSql, statusSql } from './status-sql';
import { countedTask, taskInScope } from './task-scope';
import { loadTaskFor, statusOptions } from './task-context';
import { toTaskViews, type TaskView } from './task-view';
import { listUrgings, type UrgingView } from './urge';

export const TASK_SORTS = [
  'deadline',
  '-deadline',
  'assignedOn',
  '-assignedOn',
  'id',
  '-id',
] as const;

/** Filters of the task list (all optional). */
export const browseTasksInput = z
  .object({
    q: z.string().max(200).optional(),
    status: z.array(z.enum(TASK_STATUSES)).optional(),
    dueSoon: z.boolean().optional(),
    /** Tasks the unit leads, coordinates or follows. */
    unitId: z.number().int().positive().optional(),
    role: z.enum(['lead', 'coordinate', 'follow']).optional(),
    leaderPersonId: z.number().int().positive().optional(),
    /** Tasks without a leader in charge (lãnh đạo phụ trách). */
    withoutLeader: z.boolean().optional(),
    /** Tasks whose lead unit (đơn vị chủ trì) is this unit, as statistics group them. */
    leadUnitId: z.number().int().positive().optional(),
    /** Only the tasks statistics count: real tasks without sub-tasks, assigned by today. */
    counted: z.boolean().optional(),
    sourceDocumentId: z.number().int().positive().optional(),
    parentId: z.number().int().positive().optional(),
    /** Only top-level tasks (no parent). */
    topLevel: z.boolean().optional(),
    deadlineFrom: z.string().optional(),
    deadlineTo: z.string().optional(),
    awaitingApproval: z.boolean().optional(),
    sort: z.enum(TASK_SORTS).default('deadline'),
    limit: z.number().int().min(1).max(1000).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

/**
 * Tasks the actor may see (its scope subtree), filtered, with their status on
 * the product's today, one page and the total.
 */
export async function browseTasks(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof browseTasksInput> },
): Promise<{ items: TaskView[]; total: number }> {
  const f = parseInput(browseTasksInput, input);
  authorize(actor, 'task.read');
  const today = ctx.clock.today();
  const opts = await statusOptions(ctx.db.q);
  const status = statusSql(today, opts.rule, 'tasks');
  const eff = effectiveDeadlineSql(today, opts.rule, 'tasks');
  let q = ctx.db.q.selectFrom('tasks');
  const scope = scopePathOf(actor);
  if (scope) q = q.where(taskInScope(scope));
  if (f.q)
    q = q.where(
      containsEveryWord(ctx.db.q, 'tasks', 'tasks', viFold(f.q).split(' ').filter(Boolean)),
    );
  if (f.status?.length) q = q.where(status, 'in', f.status);
  if (f.dueSoon)
    q = q.where(status, '=', 'CHT_TRONG_HAN').where(eff, '<=', addDays(today, opts.dueSoonDays));
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('task_assignments as fa')
          .select(sql`1`.as('one'))
          .whereRef('fa.task_id', '=', 'tasks.id')
          .where('fa.unit_id', '=', unitId)
          .$if(f.role !== undefined, (qb) => qb.where('fa.role', '=', f.role ?? 'lead')),
      ),
    );
  }
  if (f.leaderPersonId !== undefined) q = q.where('tasks.leader_person_id', '=', f.leaderPersonId);
  if (f.withoutLeader) q = q.where('tasks.leader_person_id', 'is', null);
  if (f.leadUnitId !== undefined) q = q.where('tasks.lead_unit_id', '=', f.leadUnitId);
  if (f.counted) q = q.where(countedTask()).where('tasks.assigned_on', '<=', today);
  if (f.sourceDocumentId !== undefined)
    q = q.where('tasks.source_document_id', '=', f.sourceDocumentId);
  if (f.parentId !== undefined) q = q.where('tasks.parent_id', '=', f.parentId);
  if (f.topLevel) q = q.where('tasks.parent_id', 'is', null);
  if (f.deadlineFrom) q = q.where(eff, '>=', f.deadlineFrom);
  if (f.deadlineTo) q = q.where(eff, '<=', f.deadlineTo);
  if (f.awaitingApproval !== undefined)
    q = f.awaitingApproval
      ? q.where('tasks.awaiting_body', 'is not', null).where('tasks.completed_on', 'is', null)
      : q.where('tasks.awaiting_body', 'is', null);
  const total = Number(
    (await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );
  const dir = f.sort.startsWith('-') ? 'desc' : 'asc';
  const column = f.sort.replace('-', '');
  const ordered =
    column === 'deadline'
      ? q
          .selectAll('tasks')
          .orderBy(sql`case when ${eff} is null then 1 else 0 end`)
          .orderBy(eff, dir)
      : column === 'assignedOn'
        ? q.selectAll('tasks').orderBy('tasks.assigned_on', dir)
        : q.selectAll('tasks');
  const rows = await ordered.orderBy('tasks.id', dir).limit(f.limit).offset(f.offset).execute();
  return { items: await toTaskViews(ctx.db.q, rows, { today, ...opts }), total };
}

/** One task with its timeline, progress reports, extension requests and urgings. */
export interface TaskDetail extends TaskView {
  events: Array<{ kind: string; onDate: string; at: string; actor: string; details: unknown }>;
  progressReports: Array<{
    id: number;
    assignmentId: number;
    reportedOn: string;
    percent: number;
    narrative: string;
    status: string;
    decisionNote: string | null;
  }>;
  extensions: Array<{
    id: number;
    requestedOn: string;
    requestedDeadline: string;
    reason: string;
    status: string;
    forwardedOn: string | null;
    decidedOn: string | null;
    decisionNote: string | null;
    version: number;
  }>;
  urgings: UrgingView[];
}

/** Loads one task for the actor, with everything attached. */
export async function showTask(
  ctx: AppContext,
  { actor, id }: { actor: Actor; id: number },
): Promise<TaskDetail> {
  const { row } = await loadTaskFor(ctx.db.q, actor, id, 'task.read');
  const [view] = await toTaskViews(ctx.db.q, [row], {
    today: ctx.clock.today(),
    ...(await statusOptions(ctx.db.q)),
  });
  if (!view) throw new AppError('NOT_FOUND', { field: 'id', params: { entity: 'nhiệm vụ', id } });
  const events = await ctx.db.q
    .selectFrom('task_events')
    .selectAll()
    .where('task_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const reports = await ctx.db.q
    .selectFrom('task_progress_reports')
    .selectAll()
    .where('task_id', '=', id)
    .orderBy('reported_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const extensions = await ctx.db.q
    .selectFrom('task_extensions')
    .selectAll()
    .where('task_id', '=', id)
    .orderBy('id', 'desc')
    .execute();
  return {
    ...view,
    events: events.map((e) => ({
      kind: e.kind,
      onDate: e.on_date,
      at: e.at,
      actor: e.actor_name,
      details: e.details ? (JSON.parse(e.details) as unknown) : null,
    })),
    progressReports: reports.map((r) => ({
      id: r.id,
      assignmentId: r.assignment_id,
      reportedOn: r.reported_on,
      percent: r.percent,
      narrative: r.narrative,
      status: r.status,
      decisionNote: r.decision_note,
    })),
    extensions: extensions.map((e) => ({
      id: e.id,
      requestedOn: e.requested_on,
      requestedDeadline: e.requested_deadline,
      reason: e.reason,
      status: e.status,
      forwardedOn: e.forwarded_on,
      decidedOn: e.decided_on,
      decisionNote: e.decision_note,
      version: e.version,
    })),
    urgings: await listUrgings(ctx, { actor, taskId: id }),
  };
}
