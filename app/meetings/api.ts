/**
 * The monthly review meetings' API (`/api/v1/meetings…`, server/meetings):
 * response shapes (meeting-view.ts), hooks, and the write helper that
 * reloads meetings and tasks (issuing turns conclusions into tasks).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';

type UnitRef = { id: number; name: string };
type PersonRef = { personId: number; name: string };

export type AgendaSource = 'overdue_task' | 'due_soon_task' | 'manual';

export interface AgendaItem {
  id: number;
  source: AgendaSource;
  title: string;
  note: string | null;
  taskId: number | null;
  leadUnit: UnitRef | null;
  deadline: string | null;
  /** Status code at the meeting date; null for items typed by hand. */
  status: string | null;
  daysLate: number | null;
}

export interface Conclusion {
  id: number;
  number: number;
  content: string;
  expectedOutput: string | null;
  leadUnit: UnitRef;
  coordinatingUnits: UnitRef[];
  deadline: string | null;
  leader: PersonRef | null;
  taskId: number | null;
}

export interface MeetingView {
  id: number;
  kind: 'monthly_review';
  title: string;
  meetingDate: string;
  startsAtLocal: string;
  endsAtLocal: string;
  location: string | null;
  committee: UnitRef;
  chair: PersonRef;
  attendees: UnitRef[];
  status: 'draft' | 'issued';
  calendarEventId: number | null;
  agenda: AgendaItem[];
  dismissedCount: number;
  conclusions: Conclusion[];
  conclusionDocument: { id: number; numberSymbol: string | null; issueDate: string | null } | null;
  issuedOn: string | null;
  version: number;
}

export interface MeetingSummary {
  id: number;
  title: string;
  meetingDate: string;
  committee: UnitRef;
  chair: PersonRef;
  status: 'draft' | 'issued';
  agendaCount: number;
  conclusionCount: number;
  conclusionDocument: { id: number; numberSymbol: string | null; issueDate: string | null } | null;
}

/** Meetings, newest first. */
export function useMeetings() {
  return useQuery({
    queryKey: ['meetings', 'list'],
    queryFn: async ({ signal }) =>
      (await api.get<{ items: MeetingSummary[] }>('/api/v1/meetings', { limit: 200 }, signal))
        .items,
  });
}

/** One meeting with its agenda and conclusions. */
export function useMeeting(id: number) {
  return useQuery({
    queryKey: ['meetings', 'detail', id],
    queryFn: ({ signal }) => api.get<MeetingView>(`/api/v1/meetings/${id}`, undefined, signal),
  });
}

/** A meeting write: meetings, tasks and the calendar may all have changed. */
export function useMeetingWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all(
        ['meetings', 'tasks', 'leader-calendar', 'documents'].map((key) =>
          client.invalidateQueries({ queryKey: [key] }),
        ),
      );
    },
  });
}
