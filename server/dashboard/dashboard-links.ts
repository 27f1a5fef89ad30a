/**
 * The addresses of the lists behind the dashboard's figures, with the filters
 * that reproduce each figure (the web application's routes and the query
 * parameters its list pages read: app/tasks/filters.ts and the like).
 */
import type { TaskStatus } from '../../shared/tasks/status';
import type { DashboardPeriod } from './dashboard-period';

/** Filters of the task list a figure stands for. */
export interface TaskLinkFilters {
  status?: TaskStatus[];
  dueSoon?: boolean;
  leadUnit?: number;
  leader?: number;
  withoutLeader?: boolean;
}

/**
 * Link builders for a period. Task statuses on the list are those of today:
 * when the period ended before today, a task figure links to the VPCP
 * statistics at the period's end instead (grouped as the figure is).
 */
export function links(period: DashboardPeriod, live: boolean) {
  const statistics = (at: string, by: 'unit' | 'leader' = 'unit') =>
    `/nhiem-vu/thong-ke?at=${at}&by=${by}`;
  return {
    statistics,
    tasks(f: TaskLinkFilters, by: 'unit' | 'leader' = 'unit'): string {
      if (!live) return statistics(period.asOf, by);
      const p = new URLSearchParams();
      // Only the tasks statistics count (no programme roots, no parents of sub-tasks).
      p.set('counted', '1');
      for (const s of f.status ?? []) p.append('status', s);
      if (f.dueSoon) p.set('dueSoon', '1');
      if (f.leadUnit !== undefined) p.set('leadUnit', String(f.leadUnit));
      if (f.leader !== undefined) p.set('leader', String(f.leader));
      if (f.withoutLeader) p.set('noLeader', '1');
      return `/nhiem-vu?${p.toString()}`;
    },
  };
}
