import type { Generated } from 'kysely';

/** Kinds of meeting; the monthly review (hội nghị đánh giá hàng tháng) is the first. */
export const MEETING_KINDS = ['monthly_review'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** `draft` until the Thông báo kết luận is issued; then everything is frozen. */
export type MeetingStatus = 'draft' | 'issued';

/**
 * Where an agenda item comes from: a data source (see agenda-sources.ts) or
 * added by hand. Red indicators will add their own source.
 */
export const AGENDA_ITEM_SOURCES = ['overdue_task', 'due_soon_task', 'manual'] as const;
export type AgendaItemSource = (typeof AGENDA_ITEM_SOURCES)[number];

export interface MeetingsTable {
  id: Generated<number>;
  kind: MeetingKind;
  title: string;
  /** The local date the meeting is held; the agenda is judged at it. */
  meeting_date: string;
  starts_at: string;
  ends_at: string;
  location: string | null;
  /** The UBND convening the meeting (the chair's committee). */
  committee_unit_id: number;
  /** Người chủ trì: the Chủ tịch or a Phó Chủ tịch. */
  chair_person_id: number;
  status: MeetingStatus;
  /** The Thông báo kết luận, once issued. */
  conclusion_document_id: number | null;
  issued_on: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface MeetingAttendeesTable {
  meeting_id: number;
  unit_id: number;
}

export interface MeetingAgendaItemsTable {
  id: Generated<number>;
  meeting_id: number;
  source: AgendaItemSource;
  /** Identity of a data item within its source (`task:12`), so a refresh updates it; null for manual items. */
  source_key: string | null;
  task_id: number | null;
  title: string;
  note: string | null;
  lead_unit_id: number | null;
  /** Snapshot at the last refresh: the effective deadline, status and days late at the meeting date. */
  deadline: string | null;
  status_code: string | null;
  days_late: number | null;
  /** A data item removed by hand: kept so a refresh does not bring it back. */
  dismissed: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface MeetingConclusionsTable {
  id: Generated<number>;
  meeting_id: number;
  /** 1, 2, 3… in the order recorded; the item label of the task it becomes. */
  number: number;
  content: string;
  expected_output: string | null;
  lead_unit_id: number;
  /** JSON array of unit ids (đơn vị phối hợp). */
  coordinating_unit_ids: string;
  deadline: string | null;
  leader_person_id: number | null;
  /** The task created when the Thông báo kết luận was issued. */
  task_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingTables {
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_agenda_items: MeetingAgendaItemsTable;
  meeting_conclusions: MeetingConclusionsTable;
}
