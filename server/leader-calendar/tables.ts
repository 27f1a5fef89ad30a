import type { Generated } from 'kysely';

/**
 * Kinds of calendar event: họp (meeting), thị sát (field trip), hội nghị đánh
 * giá (review meeting, added by the meetings area), tiếp công dân (citizen
 * reception, which the citizens area will add).
 */
export const LEADER_EVENT_KINDS = [
  'meeting',
  'field_trip',
  'review_meeting',
  'citizen_reception',
] as const;
export type LeaderEventKind = (typeof LEADER_EVENT_KINDS)[number];

export interface LeaderEventsTable {
  id: Generated<number>;
  /** Whose calendar: the Chủ tịch or a Phó Chủ tịch. */
  leader_person_id: number;
  /** The UBND the leader belongs to (scope of the event). */
  committee_unit_id: number;
  kind: LeaderEventKind;
  title: string;
  location: string | null;
  /** ISO UTC instants; shown in the province's zone. */
  starts_at: string;
  ends_at: string;
  participant_note: string | null;
  /** Set when the event is a monthly review meeting's own entry. */
  meeting_id: number | null;
  created_by_user_id: number | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A participant: another person (counted for conflicts) or a unit. */
export interface LeaderEventParticipantsTable {
  id: Generated<number>;
  event_id: number;
  person_id: number | null;
  unit_id: number | null;
}

export interface LeaderCalendarTables {
  leader_events: LeaderEventsTable;
  leader_event_participants: LeaderEventParticipantsTable;
}
