/**
 * The leader dashboard's one request (`GET /api/v1/dashboard/leader`,
 * server/dashboard/http-schemas.ts): every figure comes with the address of
 * the list behind it, already filtered.
 */
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import type { TaskStatus } from '../../shared/tasks/status';

/** A figure and the list that reproduces it. */
export interface Figure {
  value: number | null;
  href: string;
}

interface CurvePoint {
  month: number;
  through: string;
  cumulative: number;
  rate: number | null;
}

export interface LeaderDashboard {
  today: string;
  province: { id: number; name: string };
  period: {
    key: string;
    basis: 'nd09' | 'calendar';
    label: string;
    from: string;
    to: string;
    asOf: string;
    live: boolean;
  };
  tasks: {
    asOf: string;
    total: Figure;
    counts: Record<TaskStatus, Figure>;
    dueSoon: Figure;
    /** A share 0–1. */
    onTimeRate: Figure;
    trend: Array<{ at: string; href: string; counts: Record<TaskStatus, number>; total: number }>;
  };
  overdue: {
    asOf: string;
    total: Figure;
    byUnit: Array<{ unit: { id: number; name: string }; count: Figure }>;
    byLeader: Array<{ leader: { personId: number | null; name: string }; count: Figure }>;
  };
  investment: {
    at: string;
    year: number;
    basis: 'pm' | 'local';
    target: {
      rate: number;
      recorded: boolean;
      sourceText: string | null;
      sourceDocument: { id: number; numberSymbol: string | null; issueDate: string | null } | null;
    };
    /** Percent. */
    rate: Figure;
    disbursed: Figure;
    plan: Figure;
    gap: number | null;
    curve: { year: number; current: CurvePoint[]; lastYear: CurvePoint[] };
    projection: { basisMonth: number; projected: Figure; projectedRate: Figure } | null;
  };
  revenue: {
    period: string;
    periodLabel: string;
    href: string;
    rows: Array<{
      code: string;
      name: string;
      depth: number;
      unitOfMeasure: string;
      actual: Figure;
      estimateCouncil: number | null;
      estimateCentral: number | null;
      percentOfEstimateCouncil: Figure;
      percentOfEstimateCentral: Figure;
      colour: string;
    }>;
  };
  explanations: {
    asOf: string;
    awaiting: Figure;
    overdue: Figure;
    items: Array<{
      id: number;
      indicator: string;
      unit: string;
      periodLabel: string;
      dueOn: string;
      overdue: boolean;
      href: string;
    }>;
  };
  urgings: { sent: Figure; unread: Figure };
  citizens: {
    reception: {
      fromMonth: string;
      toMonth: string;
      lines: Figure;
      met: Figure;
      rate: Figure;
      notMet: Array<{ leader: string; month: string; days: number; required: number }>;
    };
    dueSoonDays: number;
    casesDueSoon: Figure;
    casesOverdue: Figure;
  };
  meeting: {
    href: string;
    next: {
      id: number;
      title: string;
      meetingDate: string;
      startsAtLocal: string;
      location: string | null;
      chair: string;
      status: string;
      agendaCount: Figure;
      agenda: Array<{
        id: number;
        source: string;
        title: string;
        leadUnit: string | null;
        deadline: string | null;
        daysLate: number | null;
      }>;
    } | null;
  };
  calendar: {
    week: string;
    from: string;
    to: string;
    count: Figure;
    conflicts: Figure;
    events: Array<{
      id: number;
      kind: string;
      title: string;
      leader: string;
      date: string;
      startsAtLocal: string;
      endsAtLocal: string;
      location: string | null;
    }>;
  };
}

/** The dashboard for a period (`month`, `ytd`, `2023-Q2`…) on a basis. */
export function useLeaderDashboard(period: string, basis: 'nd09' | 'calendar') {
  return useQuery({
    queryKey: ['dashboard', 'leader', period, basis],
    queryFn: ({ signal }) =>
      api.get<LeaderDashboard>('/api/v1/dashboard/leader', { period, basis }, signal),
    placeholderData: keepPreviousData,
  });
}
