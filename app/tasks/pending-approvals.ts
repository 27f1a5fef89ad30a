/**
 * What waits for a unit's leader: progress reports pending approval and
 * staff extension requests not yet forwarded, on the unit's open tasks.
 *
 * The API has no listing of these yet, so this reads the detail of each open
 * task of the unit (a few at a time). It is the one place to change once the
 * server offers such a listing (see the web issue's report).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchAllPages } from '../ui/table/export';
import { fetchTask, fetchTasks, type TaskDetail } from './api';

/** One item awaiting the unit leader. */
export interface PendingApproval {
  kind: 'progress' | 'extension';
  id: number;
  taskId: number;
  taskContent: string;
  on: string;
  percent?: number;
  narrative?: string;
  requestedDeadline?: string;
  reason?: string;
}

const PARALLEL = 6;
const OPEN = ['CHT_TRONG_HAN', 'CHT_QUA_HAN', 'KHONG_THOI_HAN'];

function pendingOf(task: TaskDetail, unitId: number): PendingApproval[] {
  const own = new Set(task.assignments.filter((a) => a.unitId === unitId).map((a) => a.id));
  const leads = task.leadUnit.id === unitId;
  const base = { taskId: task.id, taskContent: task.content };
  return [
    ...task.progressReports
      .filter((r) => r.status === 'pending' && own.has(r.assignmentId))
      .map((r) => ({
        ...base,
        kind: 'progress' as const,
        id: r.id,
        on: r.reportedOn,
        percent: r.percent,
        narrative: r.narrative,
      })),
    ...task.extensions
      .filter((e) => leads && e.status === 'requested')
      .map((e) => ({
        ...base,
        kind: 'extension' as const,
        id: e.id,
        on: e.requestedOn,
        requestedDeadline: e.requestedDeadline,
        reason: e.reason,
      })),
  ];
}

/** The unit's pending approvals, newest first, and how far the scan has got. */
export function usePendingApprovals(unitId: number | null) {
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const query = useQuery({
    queryKey: ['tasks', 'pending-approvals', unitId],
    enabled: unitId !== null,
    queryFn: async ({ signal }) => {
      if (unitId === null) return [];
      const tasks = await fetchAllPages((page, pageSize) =>
        fetchTasks({ unitId, status: OPEN, page, pageSize, sort: 'deadline' }, signal),
      );
      const found: PendingApproval[] = [];
      let next = 0;
      let done = 0;
      setProgress({ done, total: tasks.length });
      const worker = async () => {
        while (next < tasks.length) {
          const task = tasks[next++];
          if (!task) break;
          found.push(...pendingOf(await fetchTask(task.id, signal), unitId));
          setProgress({ done: ++done, total: tasks.length });
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      return found.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.id - a.id));
    },
  });
  return { ...query, progress };
}
