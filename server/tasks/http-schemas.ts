import { z } from 'zod';
import { TASK_STATUSES } from '../../shared/tasks/status';
import { ASSIGNMENT_ROLES, PRIORITIES, TASK_SOURCES, URGING_KINDS } from './tables';

const statusAt = z.object({
  status: z.enum(TASK_STATUSES),
  effectiveDeadline: z.string().nullable(),
  completedOn: z.string().nullable(),
  dueSoon: z.boolean(),
  daysLate: z.number(),
});

/** Response shape of a task (mirrors TaskView). */
export const taskViewSchema = z.object({
  id: z.number(),
  kind: z.enum(['task', 'programme']),
  parentId: z.number().nullable(),
  source: z.object({
    kind: z.enum(TASK_SOURCES),
    documentId: z.number().nullable(),
    numberSymbol: z.string().nullable(),
    itemLabel: z.string().nullable(),
  }),
  content: z.string(),
  expectedOutput: z.string().nullable(),
  assigningUnit: z.object({ id: z.number(), name: z.string() }),
  assignedBy: z.object({ personId: z.number(), name: z.string() }).nullable(),
  leader: z.object({ personId: z.number(), name: z.string() }).nullable(),
  leadUnit: z.object({ id: z.number(), name: z.string() }),
  assignments: z.array(
    z.object({
      id: z.number(),
      unitId: z.number(),
      unitName: z.string(),
      role: z.enum(ASSIGNMENT_ROLES),
      progressPercent: z.number(),
      lastProgressOn: z.string().nullable(),
    }),
  ),
  priority: z.enum(PRIORITIES),
  assignedOn: z.string(),
  deadline: z.string().nullable(),
  extendedDeadline: z.string().nullable(),
  extensionApprovedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  completionDocumentId: z.number().nullable(),
  reopenedOn: z.string().nullable(),
  awaitingBody: z.string().nullable(),
  submittedOn: z.string().nullable(),
  progressPercent: z.number(),
  recurrence: z.unknown(),
  seriesId: z.number().nullable(),
  occurrence: z.number().nullable(),
  childCount: z.number(),
  status: statusAt,
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const urgingViewSchema = z.object({
  id: z.number(),
  taskId: z.number(),
  assignmentId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  kind: z.enum(URGING_KINDS),
  attempt: z.number(),
  message: z.string(),
  sentBy: z.string(),
  sentOn: z.string(),
  sentAt: z.string(),
  addressedTo: z.string().nullable(),
  reads: z.array(z.object({ userId: z.number(), readAt: z.string() })),
});

/** Response shape of one task with everything attached (mirrors TaskDetail). */
export const taskDetailSchema = taskViewSchema.extend({
  events: z.array(
    z.object({
      kind: z.string(),
      onDate: z.string(),
      at: z.string(),
      actor: z.string(),
      details: z.unknown(),
    }),
  ),
  progressReports: z.array(
    z.object({
      id: z.number(),
      assignmentId: z.number(),
      reportedOn: z.string(),
      percent: z.number(),
      narrative: z.string(),
      status: z.string(),
      decisionNote: z.string().nullable(),
    }),
  ),
  extensions: z.array(
    z.object({
      id: z.number(),
      requestedOn: z.string(),
      requestedDeadline: z.string(),
      reason: z.string(),
      status: z.string(),
      forwardedOn: z.string().nullable(),
      decidedOn: z.string().nullable(),
      decisionNote: z.string().nullable(),
      version: z.number(),
    }),
  ),
  urgings: z.array(urgingViewSchema),
});

const statRow = z.object({
  key: z.string(),
  label: z.string(),
  HT_DUNG_HAN: z.number(),
  HT_QUA_HAN: z.number(),
  CHT_TRONG_HAN: z.number(),
  CHT_QUA_HAN: z.number(),
  KHONG_THOI_HAN: z.number(),
  total: z.number(),
  dueSoon: z.number(),
  onTimeRate: z.number().nullable(),
});

export const taskStatisticsSchema = z.object({
  at: z.string(),
  by: z.string(),
  rows: z.array(statRow),
  total: statRow,
  overdue: z.array(
    z.object({
      taskId: z.number(),
      content: z.string(),
      leadUnitId: z.number(),
      leadUnit: z.string(),
      deadline: z.string(),
      daysLate: z.number(),
    }),
  ),
});

export const rollupSchema = z.object({
  programme: taskViewSchema,
  at: z.string(),
  counts: statRow,
  awaitingApproval: z.number(),
});
