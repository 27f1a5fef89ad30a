/**
 * Bảng điều hành của đơn vị: the home page of a sở or a xã. Every figure is
 * taken from the use case that owns it (the task list, the pending approvals,
 * the indicator table, the evaluation runs, the explanation requests, the
 * urgings) and comes with the address of the list behind it, so the number on
 * the dashboard is the total of that list.
 */
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { UserActor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { resolveUnit } from '../organisation/unit-queries';
import { addDays, isoWeekday } from '../../shared/dates/local-date';
import { TASK_STATUSES, type TaskStatus } from '../../shared/tasks/status';
import { browseTasks, type browseTasksInput } from '../tasks/browse-tasks';
import { listPendingApprovals } from '../tasks/pending-approvals';
import { listUrgings } from '../tasks/urge';
import { indicatorTable } from '../indicators/indicator-table';
import { browseExplanations } from '../indicators/browse-explanations';
import { listEvaluationRuns } from '../evaluation/list-evaluation-runs';
import { showEvaluationRun } from '../evaluation/show-evaluation-run';

/** Input of unitDashboard: the unit (default: the actor's own unit). */
export const unitDashboardInput = z
  .object({ unitId: z.number().int().positive().optional() })
  .strict();

/** A number and the address of the list it counts. */
export interface Figure {
  count: number;
  link: string;
}

/** Tasks of one role of the unit (chủ trì or phối hợp), by VPCP status. */
export interface RoleCounts {
  total: Figure;
  byStatus: Record<TaskStatus, Figure>;
}

/** A task named on the dashboard. */
export interface TaskBrief {
  id: number;
  content: string;
  status: TaskStatus;
  deadline: string | null;
  link: string;
}

/** The dashboard of one unit on the product's today. */
export interface UnitDashboard {
  unit: { id: number; name: string };
  asOf: string;
  /** Monday and Sunday of the current week. */
  week: { from: string; to: string };
  tasks: { lead: RoleCounts; coordinate: RoleCounts };
  /** Open tasks the unit leads whose (extended) deadline falls in this week. */
  dueThisWeek: Figure & { items: TaskBrief[] };
  indicators: {
    /** The report period of the indicator table (the last month ended). */
    period: string;
    periodLabel: string;
    /** Indicators the unit is in charge of (đơn vị phụ trách). */
    total: Figure;
    /** Of which without a figure for their own period yet (none entered or awaiting approval). */
    toEnter: Figure & {
      items: Array<{ id: number; code: string; name: string; period: string; link: string }>;
    };
    /** Of which with a figure awaiting approval. */
    awaitingApproval: number;
  };
  approvals: Figure & { progress: number; extension: number };
  scorecard: {
    runId: number;
    periodLabel: string;
    score: number | null;
    rank: number | null;
    level: string | null;
    unitCount: number;
    summary: string;
    link: string;
  } | null;
  explanations: Figure & {
    items: Array<{
      id: number;
      indicator: string;
      periodLabel: string;
      dueOn: string;
      overdue: boolean;
      link: string;
    }>;
  };
  urgings: { total: Figure; unread: Figure; read: number };
}

const OPEN: TaskStatus[] = ['CHT_TRONG_HAN', 'CHT_QUA_HAN'];

/** The task list's address for filters (the keys of app/tasks/filters.ts). */
export function taskListLink(f: {
  unitId: number;
  role?: 'lead' | 'coordinate';
  status?: readonly TaskStatus[];
  from?: string;
  to?: string;
  sort?: string;
}): string {
  const p = new URLSearchParams();
  p.set('unit', String(f.unitId));
  if (f.role) p.set('role', f.role);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  for (const s of f.status ?? []) p.append('status', s);
  if (f.sort) p.set('sort', f.sort);
  return `/nhiem-vu?${p.toString()}`;
}

/** The dashboard of a unit: the actor's own, or any unit in the actor's scope. */
export async function unitDashboard(
  ctx: AppContext,
  { actor, input }: { actor: UserActor; input: z.input<typeof unitDashboardInput> },
): Promise<UnitDashboard> {
  const data = parseInput(unitDashboardInput, input);
  const today = ctx.clock.today();
  const unitId = data.unitId ?? actor.unitId;
  if (unitId === null) throw new AppError('UNIT_DASHBOARD_UNIT_REQUIRED', { field: 'unitId' });
  const unit = await resolveUnit(ctx.db.q, unitId, { asOf: today, field: 'unitId' });
  authorize(actor, 'task.read', { unitPaths: [unit.path] });

  const count = async (f: z.input<typeof browseTasksInput>) =>
    (await browseTasks(ctx, { actor, input: { ...f, limit: 1 } })).total;
  const roleCounts = async (role: 'lead' | 'coordinate'): Promise<RoleCounts> => {
    const byStatus = {} as Record<TaskStatus, Figure>;
    for (const status of TASK_STATUSES)
      byStatus[status] = {
        count: await count({ unitId: unit.id, role, status: [status] }),
        link: taskListLink({ unitId: unit.id, role, status: [status] }),
      };
    return {
      total: {
        count: await count({ unitId: unit.id, role }),
        link: taskListLink({ unitId: unit.id, role }),
      },
      byStatus,
    };
  };

  const monday = addDays(today, 1 - isoWeekday(today));
  const week = { from: monday, to: addDays(monday, 6) };
  const dueFilter = {
    unitId: unit.id,
    role: 'lead' as const,
    status: OPEN,
    deadlineFrom: week.from,
    deadlineTo: week.to,
  };
  const due = await browseTasks(ctx, {
    actor,
    input: { ...dueFilter, sort: 'deadline', limit: 5 },
  });

  const table = await indicatorTable(ctx, { actor, input: {} });
  const own = table.rows.filter((r) => r.indicator.ownerUnitId === unit.id);
  const missing = own.filter(
    (r) =>
      r.period !== null &&
      r.pendingCount === 0 &&
      (r.sparkline.find((p) => p.period === r.period)?.value ?? null) === null,
  );
  const tableLink = `/chi-tieu-dau-tu?ky=${table.period}`;

  const approvals = await listPendingApprovals(ctx, { actor, unitId: unit.id });

  const runs = await listEvaluationRuns(ctx, { actor, input: {} });
  const latest = runs[0];
  let scorecard: UnitDashboard['scorecard'] = null;
  if (latest) {
    const run = await showEvaluationRun(ctx, { actor, input: { id: latest.id } });
    const line = run.units.find((u) => u.unit.id === unit.id);
    if (line)
      scorecard = {
        runId: run.id,
        periodLabel: run.period.label,
        score: line.score,
        rank: line.rank,
        level: line.level,
        unitCount: run.unitCount,
        summary: line.summary,
        link: `/chi-tieu-dau-tu/danh-gia/${run.id}`,
      };
  }

  const asked = (
    await browseExplanations(ctx, { actor, input: { status: ['requested'] } })
  ).items.filter((e) => e.answeringUnit.id === unit.id);

  const urgings = await listUrgings(ctx, { actor, unitId: unit.id });
  const unread = urgings.filter((u) => !u.reads.some((r) => r.userId === actor.userId)).length;

  return {
    unit: { id: unit.id, name: unit.name },
    asOf: today,
    week,
    tasks: { lead: await roleCounts('lead'), coordinate: await roleCounts('coordinate') },
    dueThisWeek: {
      count: due.total,
      link: taskListLink({ ...dueFilter, from: week.from, to: week.to, sort: 'deadline' }),
      items: due.items.map((t) => ({
        id: t.id,
        content: t.content,
        status: t.status.status,
        deadline: t.status.effectiveDeadline,
        link: `/nhiem-vu/${t.id}`,
      })),
    },
    indicators: {
      period: table.period,
      periodLabel: table.periodLabel,
      total: { count: own.length, link: tableLink },
      toEnter: {
        count: missing.length,
        link: tableLink,
        items: missing.map((r) => ({
          id: r.indicator.id,
          code: r.indicator.code,
          name: r.indicator.nameVi,
          period: r.periodLabel ?? r.period ?? '',
          link: `/chi-tieu-dau-tu/chi-tieu/${r.indicator.id}`,
        })),
      },
      awaitingApproval: own.filter((r) => r.pendingCount > 0).length,
    },
    approvals: {
      count: approvals.length,
      link: '/nhiem-vu/don-vi',
      progress: approvals.filter((a) => a.kind === 'progress').length,
      extension: approvals.filter((a) => a.kind === 'extension').length,
    },
    scorecard,
    explanations: {
      count: asked.length,
      link: tableLink,
      items: asked.map((e) => ({
        id: e.id,
        indicator: `${e.indicator.code} — ${e.indicator.nameVi}`,
        periodLabel: e.periodLabel,
        dueOn: e.dueOn,
        overdue: e.overdue,
        link: `/chi-tieu-dau-tu/chi-tieu/${e.indicator.id}`,
      })),
    },
    urgings: {
      total: { count: urgings.length, link: '/nhiem-vu/don-vi' },
      unread: { count: unread, link: '/nhiem-vu/don-vi' },
      read: urgings.length - unread,
    },
  };
}
