import type { Generated } from 'kysely';

/** Where a task comes from. */
export const TASK_SOURCES = ['document', 'direction', 'meeting', 'manual'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

/** A unit's part in a task: chủ trì (exactly one), phối hợp, theo dõi. */
export const ASSIGNMENT_ROLES = ['lead', 'coordinate', 'follow'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** `programme`: a document's list of items (17-CTr/TU), whose children are the items. */
export type TaskKind = 'task' | 'programme';

export interface TasksTable {
  id: Generated<number>;
  kind: Generated<TaskKind>;
  parent_id: number | null;
  source_kind: TaskSource;
  source_document_id: number | null;
  source_item_label: string | null;
  content: string;
  expected_output: string | null;
  assigning_unit_id: number;
  assigned_by_person_id: number | null;
  leader_person_id: number | null;
  lead_unit_id: number;
  priority: Generated<Priority>;
  assigned_on: string;
  deadline: string | null;
  extended_deadline: string | null;
  extension_approved_on: string | null;
  completed_on: string | null;
  completion_document_id: number | null;
  first_completed_on: string | null;
  reopened_on: string | null;
  /** Done, awaiting the approving body (e.g. "Tỉnh ủy"); null otherwise. */
  awaiting_body: string | null;
  submitted_on: string | null;
  progress_percent: Generated<number>;
  /** JSON recurrence rule of a periodic duty. */
  recurrence: string | null;
  series_id: number | null;
  occurrence: number | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface TaskAssignmentsTable {
  id: Generated<number>;
  task_id: number;
  unit_id: number;
  role: AssignmentRole;
  progress_percent: Generated<number>;
  last_progress_on: string | null;
  /** A unit's own deadline for its part (a coordinating unit's input), when set by the direction. */
  deadline: Generated<string | null>;
  version: Generated<number>;
}

export type ProgressStatus = 'pending' | 'approved' | 'rejected';

export interface TaskProgressReportsTable {
  id: Generated<number>;
  task_id: number;
  assignment_id: number;
  reported_on: string;
  percent: number;
  narrative: string;
  status: ProgressStatus;
  reported_by_user_id: number | null;
  decided_by_user_id: number | null;
  decided_at: string | null;
  decision_note: string | null;
  created_at: string;
}

export interface TaskFilesTable {
  id: Generated<number>;
  progress_report_id: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_at: string;
}

export type ExtensionStatus = 'requested' | 'forwarded' | 'approved' | 'refused';

export interface TaskExtensionsTable {
  id: Generated<number>;
  task_id: number;
  requested_on: string;
  requested_deadline: string;
  reason: string;
  status: ExtensionStatus;
  requested_by_user_id: number | null;
  forwarded_by_user_id: number | null;
  forwarded_on: string | null;
  decided_by_user_id: number | null;
  decided_on: string | null;
  decision_note: string | null;
  approving_document_id: number | null;
  created_at: string;
  version: Generated<number>;
}

/** Đôn đốc levels: nhắc nhở (reminder), phê bình (criticism), kiểm điểm (self-criticism required). */
export const URGING_KINDS = ['nhac_nho', 'phe_binh', 'kiem_diem'] as const;
export type UrgingKind = (typeof URGING_KINDS)[number];

export interface TaskUrgingsTable {
  id: Generated<number>;
  task_id: number;
  assignment_id: number;
  kind: UrgingKind;
  attempt: number;
  message: string;
  sent_by_user_id: number | null;
  sent_by_name: string;
  sent_on: string;
  sent_at: string;
  addressed_to_person_id: number | null;
  addressed_to_name: string | null;
  created_at: string;
}

export interface UrgingReadsTable {
  urging_id: number;
  user_id: number;
  read_at: string;
}

export interface TaskEventsTable {
  id: Generated<number>;
  task_id: number;
  kind: string;
  on_date: string;
  at: string;
  actor_name: string;
  details: string | null;
}

export interface UnitTaskSettingsTable {
  unit_id: number;
  requires_progress_approval: Generated<number>;
}

export interface TaskTables {
  tasks: TasksTable;
  task_assignments: TaskAssignmentsTable;
  task_progress_reports: TaskProgressReportsTable;
  task_files: TaskFilesTable;
  task_extensions: TaskExtensionsTable;
  task_urgings: TaskUrgingsTable;
  urging_reads: UrgingReadsTable;
  task_events: TaskEventsTable;
  unit_task_settings: UnitTaskSettingsTable;
}
