import type { Generated } from 'kysely';

/**
 * Where a voter petition comes from: voters met before or after HĐND session N
 * (tiếp xúc cử tri trước / sau kỳ họp), or forwarded by the National Assembly
 * delegation of the province (Đoàn ĐBQH, QĐ 33/2017/QĐ-TTg).
 */
export const PETITION_SOURCES = ['before_session', 'after_session', 'na_delegation'] as const;
export type PetitionSource = (typeof PETITION_SOURCES)[number];

/**
 * Where the answer stands: `pending` (chưa trả lời), and the three results an
 * answer reports — `in_progress` (đang giải quyết), `resolved` (đã giải
 * quyết), `explained` (đã giải trình, cung cấp thông tin).
 */
export const PETITION_STATUSES = ['pending', 'in_progress', 'resolved', 'explained'] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** How the deadline was set: before the next regular session, days after receipt, or given. */
export const DEADLINE_BASES = ['next_session', 'days_after_receipt', 'given', 'none'] as const;
export type DeadlineBasis = (typeof DEADLINE_BASES)[number];

/** Kiến nghị cử tri — one petition of voters, answered by the UBND through a unit. */
export interface VoterPetitionsTable {
  id: Generated<number>;
  /** The UBND that answers (scope of the petition). */
  committee_unit_id: number;
  source: PetitionSource;
  /** HĐND session N (null for the National Assembly delegation's petitions). */
  session_id: number | null;
  /** The delegation's letter or the NA session, as written. */
  source_note: string | null;
  received_on: string;
  /** A code of PETITION_FIELDS. */
  field: string;
  content: string;
  /** Where the voters live ("huyện Bù Đăng"). */
  voter_locality: string | null;
  /** The unit that prepares the answer. */
  assigned_unit_id: number;
  deadline: string | null;
  deadline_basis: DeadlineBasis;
  status: PetitionStatus;
  /** The answer (văn bản trả lời) in the register. */
  answer_document_id: number | null;
  answered_on: string | null;
  answer_summary: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** Chất vấn — a question of an HĐND deputy to a member of the UBND. */
export interface InterpellationsTable {
  id: Generated<number>;
  committee_unit_id: number;
  /** The session it was asked at; null between sessions (Luật 87/2015 Điều 69). */
  session_id: number | null;
  deputy_name: string;
  /** Đơn vị bầu cử / tổ đại biểu. */
  deputy_constituency: string | null;
  question: string;
  /** The member of the UBND who answers (Chủ tịch, Phó Chủ tịch, Giám đốc Sở). */
  responsible_person_id: number;
  responsible_title: string | null;
  /** The agency the member heads, if any (scope). */
  responsible_unit_id: number | null;
  questioned_on: string;
  due_on: string;
  answer_document_id: number | null;
  answered_on: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface VoterPetitionTables {
  voter_petitions: VoterPetitionsTable;
  interpellations: InterpellationsTable;
}
