/**
 * Replays the task plan through the use cases, each call dated on its day
 * (onDay): createTask / createProgramme, then for every counted task its
 * progress reports, extension request and decision, urgings, submission for
 * approval, completion and re-opening, in date order.
 */
import type { AppContext } from '../../../platform/context';
import { createTask } from '../../../tasks/create-task';
import { createProgramme } from '../../../tasks/programmes';
import { completeTask, reopenTask, submitForApproval } from '../../../tasks/complete-task';
import { reportProgress } from '../../../tasks/report-progress';
import { decideExtension, requestExtension } from '../../../tasks/extensions';
import { urgeAssignment } from '../../../tasks/urge';
import { demoActor, onDay } from './day-context';
import type { PlannedTask, Timeline } from './plan';
import { unitName } from './units';

/** The Văn phòng UBND tỉnh: it records assignments, completions and urgings for the UBND. */
const OFFICE = demoActor('Văn phòng UBND tỉnh');

/** What the replay wrote, for the demo's summary. */
export interface TaskCounts {
  tasks: number;
  progressReports: number;
  extensions: number;
  urgings: number;
  reopened: number;
}

export function emptyCounts(): TaskCounts {
  return { tasks: 0, progressReports: 0, extensions: 0, urgings: 0, reopened: 0 };
}

/** The replay's context: the demo context, leader names by person id, running counts. */
export interface Replay {
  ctx: AppContext;
  leaderNames: ReadonlyMap<number, string>;
  counts: TaskCounts;
}

/** Assigns a planned task and replays its timelines; returns the top task's id. */
export async function writePlannedTask(r: Replay, p: PlannedTask): Promise<number> {
  const view = await createTask(onDay(r.ctx, p.assignedOn), {
    actor: OFFICE,
    input: {
      sourceKind: p.sourceDocumentId === null ? 'manual' : 'document',
      sourceDocumentId: p.sourceDocumentId,
      ...(p.itemLabel ? { itemLabel: p.itemLabel } : {}),
      content: p.content,
      ...(p.expectedOutput ? { expectedOutput: p.expectedOutput } : {}),
      leader: p.leaderId,
      ...(p.leadUnit ? { leadUnit: p.leadUnit } : {}),
      coordinatingUnits: p.coordinatingUnits ?? [],
      addressees: p.addressees ?? [],
      deadline: p.deadline,
      assignedOn: p.assignedOn,
      priority: p.priority ?? 'normal',
      recurrence: p.recurrence ?? null,
    },
  });
  const split = (p.addressees?.length ?? 0) > 1 || p.recurrence !== undefined;
  const counted = split ? await childrenOf(r.ctx, view.id) : [view.id];
  await replayAll(r, p, counted);
  return view.id;
}

/** Creates a programme on its document with its items, then replays each item's timeline. */
export async function writeProgramme(
  r: Replay,
  prog: { documentId: number; title: string; assignedOn: string },
  items: readonly PlannedTask[],
): Promise<number> {
  const view = await createProgramme(onDay(r.ctx, prog.assignedOn), {
    actor: OFFICE,
    input: {
      documentId: prog.documentId,
      title: prog.title,
      items: items.map((p) => ({
        ...(p.itemLabel ? { itemLabel: p.itemLabel } : {}),
        content: p.content,
        ...(p.expectedOutput ? { expectedOutput: p.expectedOutput } : {}),
        leader: p.leaderId,
        ...(p.leadUnit ? { leadUnit: p.leadUnit } : {}),
        coordinatingUnits: p.coordinatingUnits ?? [],
        deadline: p.deadline,
        assignedOn: p.assignedOn,
      })),
    },
  });
  const children = await childrenOf(r.ctx, view.id);
  if (children.length !== items.length)
    throw new Error(
      `programme "${prog.title}": ${children.length} items created, expected ${items.length}`,
    );
  for (const [i, item] of items.entries()) {
    r.counts.tasks += 1;
    const id = children[i];
    const timeline = item.timelines[0];
    if (id !== undefined && timeline && item.leadUnit)
      await replay(r, item, { id, lead: item.leadUnit }, timeline);
  }
  return view.id;
}

async function childrenOf(ctx: AppContext, parentId: number): Promise<number[]> {
  const rows = await ctx.db.q
    .selectFrom('tasks')
    .select('id')
    .where('parent_id', '=', parentId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

async function replayAll(r: Replay, p: PlannedTask, ids: readonly number[]): Promise<void> {
  if (ids.length !== p.timelines.length)
    throw new Error(`"${p.content}": ${ids.length} tasks created, ${p.timelines.length} planned`);
  for (const [i, id] of ids.entries()) {
    r.counts.tasks += 1;
    const timeline = p.timelines[i];
    const lead = p.addressees?.[i] ?? p.leadUnit;
    if (timeline && lead) await replay(r, p, { id, lead }, timeline);
  }
}

/** One dated action of a timeline; `order` breaks ties on the same day. */
interface Action {
  on: string;
  order: number;
  run: (ctx: AppContext) => Promise<unknown>;
}

async function replay(
  r: Replay,
  p: PlannedTask,
  task: { id: number; lead: string },
  t: Timeline,
): Promise<void> {
  const taskId = task.id;
  const unit = demoActor(unitName(task.lead));
  const leader = demoActor(
    (p.leaderId === null ? undefined : r.leaderNames.get(p.leaderId)) ?? 'Chủ tịch UBND tỉnh',
  );
  const actions: Action[] = [];
  for (const pr of t.progress) {
    actions.push({
      on: pr.on,
      order: 1,
      run: (ctx) =>
        reportProgress(ctx, {
          actor: unit,
          input: { taskId, percent: pr.percent, narrative: pr.narrative, reportedOn: pr.on },
        }),
    });
  }
  r.counts.progressReports += t.progress.length;
  const ext = t.extension;
  if (ext) {
    r.counts.extensions += 1;
    actions.push({
      on: ext.requestedOn,
      order: 2,
      run: (ctx) =>
        requestExtension(ctx, {
          actor: unit,
          input: { taskId, requestedDeadline: ext.requestedDeadline, reason: ext.reason },
        }),
    });
    const decision = ext.decision;
    if (decision)
      actions.push({
        on: decision.on,
        order: 3,
        run: async (ctx) => {
          const row = await ctx.db.q
            .selectFrom('task_extensions')
            .select('id')
            .where('task_id', '=', taskId)
            .where('status', '=', 'forwarded')
            .executeTakeFirstOrThrow();
          return decideExtension(ctx, {
            actor: leader,
            input: { extensionId: row.id, approve: decision.approve, note: decision.note },
          });
        },
      });
  }
  for (const u of t.urgings) {
    actions.push({
      on: u.on,
      order: 4,
      run: async (ctx) => {
        const lead = await ctx.db.q
          .selectFrom('task_assignments')
          .select('id')
          .where('task_id', '=', taskId)
          .where('role', '=', 'lead')
          .executeTakeFirstOrThrow();
        return urgeAssignment(ctx, {
          actor: OFFICE,
          input: { assignmentId: lead.id, kind: u.kind, message: u.message },
        });
      },
    });
  }
  r.counts.urgings += t.urgings.length;
  const submitted = t.submitted;
  if (submitted)
    actions.push({
      on: submitted.on,
      order: 5,
      run: (ctx) =>
        submitForApproval(ctx, {
          actor: unit,
          input: { taskId, body: submitted.body, submittedOn: submitted.on },
        }),
    });
  const done = t.completedOn;
  if (done)
    actions.push({
      on: done,
      order: 6,
      run: (ctx) =>
        completeTask(ctx, {
          actor: OFFICE,
          input: {
            taskId,
            completedOn: done,
            ...(t.resultDocumentId === undefined ? {} : { resultDocumentId: t.resultDocumentId }),
          },
        }),
    });
  const reopen = t.reopen;
  if (reopen) {
    r.counts.reopened += 1;
    actions.push({
      on: reopen.on,
      order: 7,
      run: (ctx) =>
        reopenTask(ctx, {
          actor: leader,
          input: { taskId, reason: reopen.reason, reopenedOn: reopen.on },
        }),
    });
    const again = reopen.completedAgainOn;
    if (again)
      actions.push({
        on: again,
        order: 8,
        run: (ctx) => completeTask(ctx, { actor: OFFICE, input: { taskId, completedOn: again } }),
      });
  }
  actions.sort((a, b) => a.on.localeCompare(b.on) || a.order - b.order);
  for (const a of actions) await a.run(onDay(r.ctx, a.on));
}
