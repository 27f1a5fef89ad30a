import type { Generated } from 'kysely';

/** How feedback reached the UBND. */
export const FEEDBACK_CHANNELS = [
  /** The quick-response team's hotline or Zalo group (Tổ phản ứng nhanh). */
  'quick_response_team',
  /** Raised at a dialogue meeting with businesses. */
  'dialogue',
  /** A letter (văn bản) of the enterprise or an association. */
  'document',
  /** The provincial portal or the national public-service portal. */
  'portal',
  'email',
  'hotline',
] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

/** A unit's part in handling feedback: chủ trì (one) or phối hợp. */
export const FEEDBACK_UNIT_ROLES = ['lead', 'coordinate'] as const;
export type FeedbackUnitRole = (typeof FEEDBACK_UNIT_ROLES)[number];

/** Phản ánh, kiến nghị của doanh nghiệp — one issue an enterprise raised. */
export interface BusinessFeedbackTable {
  id: Generated<number>;
  committee_unit_id: number;
  enterprise_name: string;
  enterprise_sort_key: string;
  /** Mã số thuế / mã số doanh nghiệp: 10 digits, or 13 for a branch (10 + 3). */
  tax_code: string;
  issue: string;
  /** A code of BUSINESS_FIELDS. */
  field: string;
  channel: FeedbackChannel;
  dialogue_id: number | null;
  received_on: string;
  /** Forwarding to the competent unit due (ND 20/2008 Điều 9: 5 working days). */
  forward_due: string;
  forwarded_on: string | null;
  /** Resolution due (setting voterBusinessLimits.businessFeedbackResolution [U]). */
  resolution_due: string;
  resolved_on: string | null;
  result: string | null;
  result_document_id: number | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface BusinessFeedbackUnitsTable {
  feedback_id: number;
  unit_id: number;
  role: FeedbackUnitRole;
}

/** Hội nghị gặp gỡ, đối thoại với doanh nghiệp. */
export interface BusinessDialoguesTable {
  id: Generated<number>;
  committee_unit_id: number;
  title: string;
  held_on: string;
  chair_person_id: number;
  venue: string | null;
  /** Who attended, as written (hiệp hội, doanh nghiệp, sở ngành). */
  participants: string | null;
  participant_count: number | null;
  /** The notice of conclusions (thông báo kết luận) in the register, if any. */
  document_id: number | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A commitment made at a dialogue, followed up as a task. */
export interface BusinessDialogueCommitmentsTable {
  id: Generated<number>;
  dialogue_id: number;
  number: number;
  content: string;
  lead_unit_id: number;
  deadline: string | null;
  task_id: number;
  created_at: string;
}

export interface BusinessTables {
  business_feedback: BusinessFeedbackTable;
  business_feedback_units: BusinessFeedbackUnitsTable;
  business_dialogues: BusinessDialoguesTable;
  business_dialogue_commitments: BusinessDialogueCommitmentsTable;
}
