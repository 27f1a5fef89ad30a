/** The unit dashboard (`GET /api/v1/dashboard/unit`, server/unit-dashboard/routes.ts). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import type { TaskStatus } from '../../shared/tasks/status';

/** A number and the address of the list it counts. */
export interface Figure {
  count: number;
  link: string;
}

export interface RoleCounts {
  total: Figure;
  byStatus: Record<TaskStatus, Figure>;
}

/** The dashboard of one unit on the product's today. */
export interface UnitDashboard {
  unit: { id: number; name: string };
  asOf: string;
  week: { from: string; to: string };
  tasks: { lead: RoleCounts; coordinate: RoleCounts };
  dueThisWeek: Figure & {
    items: Array<{
      id: number;
      content: string;
      status: TaskStatus;
      deadline: string | null;
      link: string;
    }>;
  };
  indicators: {
    period: string;
    periodLabel: string;
    total: Figure;
    toEnter: Figure & {
      items: Array<{ id: number; code: string; name: string; period: string; link: string }>;
    };
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

/** The dashboard of the user's unit (or of `unitId` for the office and leaders). */
export function useUnitDashboard(unitId?: number) {
  return useQuery({
    queryKey: ['unit-dashboard', unitId ?? 'own'],
    queryFn: ({ signal }) => api.get<UnitDashboard>('/api/v1/dashboard/unit', { unitId }, signal),
  });
}
