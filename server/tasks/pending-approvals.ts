import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { authorize, scopePathOf } from '../access/policy';
import { taskInScope } from './task-scope';

/** One item waiting for a unit leader's decision (chờ lãnh đạo đơn vị duyệt). */
export interface PendingApprovalView {
  kind: 'progress' | 'extension';
  id: number;
  taskId: number;
  taskContent: string;
  /** When it was reported or requested. */
  on: string;
}

/**
 * What waits for a unit's leader on its open tasks: progress reports of the
 * unit's own assignments not yet approved (`pending`), and extension requests
 * on tasks the unit leads not yet forwarded (`requested`); newest first. The
 * same rule as the web's "Việc của đơn vị" page (app/tasks/pending-approvals.ts).
 */
export async function listPendingApprovals(
  ctx: AppContext,
  { actor, unitId }: { actor: Actor; unitId: number },
): Promise<PendingApprovalView[]> {
  authorize(actor, 'task.read');
  const scope = scopePathOf(actor);
  const q = ctx.db.q;
  let progress = q
    .selectFrom('task_progress_reports as r')
    .innerJoin('task_assignments as a', 'a.id', 'r.assignment_id')
    .innerJoin('tasks', 'tasks.id', 'r.task_id')
    .select(['r.id', 'r.task_id', 'r.reported_on as on', 'tasks.content'])
    .where('r.status', '=', 'pending')
    .where('a.unit_id', '=', unitId)
    .where('tasks.completed_on', 'is', null);
  let extensions = q
    .selectFrom('task_extensions as e')
    .innerJoin('tasks', 'tasks.id', 'e.task_id')
    .select(['e.id', 'e.task_id', 'e.requested_on as on', 'tasks.content'])
    .where('e.status', '=', 'requested')
    .where('tasks.lead_unit_id', '=', unitId)
    .where('tasks.completed_on', 'is', null);
  if (scope) {
    progress = progress.where(taskInScope(scope));
    extensions = extensions.where(taskInScope(scope));
  }
  const items: PendingApprovalView[] = [
    ...(await progress.execute()).map((r) => ({
      kind: 'progress' as const,
      id: r.id,
      taskId: r.task_id,
      taskContent: r.content,
      on: r.on,
    })),
    ...(await extensions.execute()).map((r) => ({
      kind: 'extension' as const,
      id: r.id,
      taskId: r.task_id,
      taskContent: r.content,
      on: r.on,
    })),
  ];
  return items.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.id - a.id));
}
