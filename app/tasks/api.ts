/**
 * The task-accountability API (`/api/v1/tasks…`, server/tasks/http-schemas.ts):
 * response shapes, the fetchers and the React Query hooks. Writes live with
 * the forms that send them; they invalidate the `tasks` queries.
 */
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, type Query } from '../platform/api-client';
import type { PageOf } from '../ui/table/export';
import type { TaskStatus } from '../../shared/tasks/status';

export type AssignmentRole = 'lead' | 'coordinate' | 'follow';
export type UrgingKind = 'nhac_nho' | 'phe_binh' | 'kiem_diem';
export type TaskSourceKind = 'document' | 'direction' | 'meeting' | 'manual';
export type Priority = 'normal' | 'high' | 'urgent';

/** The status at the product's today (shared/tasks/status.ts StatusAt). */
export interface TaskStatusAt {
  status: TaskStatus;
  effectiveDeadline: string | null;
  completedOn: string | null;
  dueSoon: boolean;
  daysLate: number;
}

/** Phân công: one unit's part in a task. */
export interface Assignment {
  id: number;
  unitId: number;
  unitName: string;
  role: AssignmentRole;
  progressPercent: number;
  lastProgressOn: string | null;
}

/** A task as lists show it (TaskView). */
export interface TaskView {
  id: number;
  kind: 'task' | 'programme';
  parentId: number | null;
  source: {
    kind: TaskSourceKind;
    documentId: number | null;
    numberSymbol: string | null;
    itemLabel: string | null;
  };
  content: string;
  expectedOutput: string | null;
  assigningUnit: { id: number; name: string };
  assignedBy: { personId: number; name: string } | null;
  leader: { personId: number; name: string } | null;
  leadUnit: { id: number; name: string };
  assignments: Assignment[];
  priority: Priority;
  assignedOn: string;
  deadline: string | null;
  extendedDeadline: string | null;
  extensionApprovedOn: string | null;
  completedOn: string | null;
  completionDocumentId: number | null;
  reopenedOn: string | null;
  awaitingBody: string | null;
  submittedOn: string | null;
  progressPercent: number;
  seriesId: number | null;
  occurrence: number | null;
  childCount: number;
  status: TaskStatusAt;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Văn bản đôn đốc (UrgingView). */
export interface UrgingView {
  id: number;
  taskId: number;
  assignmentId: number;
  unitId: number;
  unitName: string;
  kind: UrgingKind;
  attempt: number;
  message: string;
  sentBy: string;
  sentOn: string;
  sentAt: string;
  addressedTo: string | null;
  reads: { userId: number; readAt: string }[];
}

export interface TaskEvent {
  kind: string;
  onDate: string;
  at: string;
  actor: string;
  details: unknown;
}

export interface ProgressReport {
  id: number;
  assignmentId: number;
  reportedOn: string;
  percent: number;
  narrative: string;
  /** pending, approved or rejected (the server sends it as text). */
  status: string;
  decisionNote: string | null;
}

export interface ExtensionRequest {
  id: number;
  requestedOn: string;
  requestedDeadline: string;
  reason: string;
  /** requested, forwarded, approved or refused (the server sends it as text). */
  status: string;
  forwardedOn: string | null;
  decidedOn: string | null;
  decisionNote: string | null;
  version: number;
}

/** One task with everything attached (TaskDetail). */
export interface TaskDetail extends TaskView {
  events: TaskEvent[];
  progressReports: ProgressReport[];
  extensions: ExtensionRequest[];
  urgings: UrgingView[];
}

/** One row of the VPCP table. */
export interface StatRow {
  key: string;
  label: string;
  HT_DUNG_HAN: number;
  HT_QUA_HAN: number;
  CHT_TRONG_HAN: number;
  CHT_QUA_HAN: number;
  KHONG_THOI_HAN: number;
  total: number;
  dueSoon: number;
  onTimeRate: number | null;
}

export type StatDimension = 'unit' | 'leader' | 'document' | 'month';

/** `GET /api/v1/tasks/statistics`. */
export interface TaskStatistics {
  at: string;
  by: string;
  rows: StatRow[];
  total: StatRow;
  overdue: {
    taskId: number;
    content: string;
    leadUnitId: number;
    leadUnit: string;
    deadline: string;
    daysLate: number;
  }[];
}

/** `GET /api/v1/programmes/:id/rollup`. */
export interface ProgrammeRollup {
  programme: TaskView;
  at: string;
  counts: StatRow;
  awaitingApproval: number;
}

/** A line of the Sổ theo dõi giải quyết văn bản đến. */
export interface IncomingHandlingLine {
  documentId: number;
  arrivalNumber: number | null;
  arrivalDate: string | null;
  numberSymbol: string | null;
  issueDate: string | null;
  issuer: string;
  summary: string;
  handlingUnit: string | null;
  deadline: string | null;
  task: TaskView | null;
  replyNumberSymbol: string | null;
}

export function fetchTasks(query: Query, signal?: AbortSignal) {
  return api.get<PageOf<TaskView>>('/api/v1/tasks', query, signal);
}

/** One page of tasks for an API query (the list, the inbox, a programme's items). */
export function useTaskPage(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['tasks', 'list', query],
    queryFn: ({ signal }) => fetchTasks(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const taskKey = (id: number) => ['tasks', 'detail', id] as const;

export function fetchTask(id: number, signal?: AbortSignal) {
  return api.get<TaskDetail>(`/api/v1/tasks/${id}`, undefined, signal);
}

/** One task with its timeline. */
export function useTask(id: number) {
  return useQuery({ queryKey: taskKey(id), queryFn: ({ signal }) => fetchTask(id, signal) });
}

/** Urgings received by a unit (newest first). */
export function useUnitUrgings(unitId: number | null) {
  return useQuery({
    queryKey: ['tasks', 'urgings', unitId],
    queryFn: async ({ signal }) =>
      (await api.get<{ items: UrgingView[] }>('/api/v1/urgings', { unitId }, signal)).items,
    enabled: unitId !== null,
  });
}

/** The VPCP table at a report date. */
export function useTaskStatistics(query: {
  at: string;
  by: StatDimension;
  year?: number | undefined;
}) {
  return useQuery({
    queryKey: ['tasks', 'statistics', query],
    queryFn: ({ signal }) => api.get<TaskStatistics>('/api/v1/tasks/statistics', query, signal),
    enabled: query.at !== '',
    placeholderData: keepPreviousData,
  });
}

/** A programme's roll-up at a date. */
export function useProgrammeRollup(id: number, at: string) {
  return useQuery({
    queryKey: ['tasks', 'rollup', id, at],
    queryFn: ({ signal }) =>
      api.get<ProgrammeRollup>(`/api/v1/programmes/${id}/rollup`, { at }, signal),
    enabled: at !== '',
  });
}

/** The incoming-documents handling register for arrival dates in a range. */
export function useIncomingHandling(from: string, to: string) {
  return useQuery({
    queryKey: ['tasks', 'incoming-handling', from, to],
    queryFn: async ({ signal }) =>
      (
        await api.get<{ items: IncomingHandlingLine[] }>(
          '/api/v1/incoming-handling',
          { from, to },
          signal,
        )
      ).items,
    enabled: from !== '' && to !== '',
  });
}

/** After any task write: every list, detail, statistic and inbox may have changed. */
export function invalidateTasks(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: ['tasks'] });
}

/** A task write (progress, extension, urging…): on success every task query reloads. */
export function useTaskWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => invalidateTasks(client) });
}
