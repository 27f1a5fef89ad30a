import type { Generated } from 'kysely';

export const REPORT_KINDS = [
  'monthly',
  'quarterly',
  'semiannual',
  'nine_months',
  'annual',
  'thematic',
  'ad_hoc',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportsTable {
  id: Generated<number>;
  kind: ReportKind;
  /** The template that lays the report out (`semiannual-summary`…). */
  template: string;
  type_key: string;
  /** "BÁO CÁO TÓM TẮT" as printed. */
  type_name: string;
  /** Trích yếu; a "\n" splits it into printed lines. */
  summary: string;
  issuer_unit_id: number;
  /** JSON PeriodRef. */
  period: string;
  basis: 'nd09' | 'calendar';
  window_from: string;
  window_to: string;
  council_session_id: number | null;
  signer_person_id: number | null;
  signing_authority: 'TM' | 'KT';
  /** JSON array (Kính gửi), or null. */
  addressees: string | null;
  /** JSON array of Nơi nhận lines, the last one "Lưu: VT…". */
  recipients: string;
  drafting_unit_code: string | null;
  status: 'draft' | 'issued';
  document_id: number | null;
  issued_on: string | null;
  /** JSON ReportContent fixed when issued: re-rendering gives the same text. */
  frozen_content: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ReportNarrativesTable {
  report_id: number;
  block_key: string;
  text: string;
  updated_at: string;
}

export interface ReportTables {
  reports: ReportsTable;
  report_narratives: ReportNarrativesTable;
}
