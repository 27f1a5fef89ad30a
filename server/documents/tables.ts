import type { Generated } from 'kysely';
import type { Regime } from '../../shared/documents/doc-types';

/** How an entry relates to its register: issued, received, internal, or only known and cited. */
export const DIRECTIONS = ['outgoing', 'incoming', 'internal', 'external'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Lifecycle of a register entry: `recalled` (thu hồi) and `cancelled` (hủy số) stay visible. */
export const DOCUMENT_STATUSES = ['active', 'recalled', 'cancelled'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Signing authority prefixes, ND 30/2020 Điều 13. */
export const SIGNING_AUTHORITIES = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

/** Urgency marks, ND 30/2020 Điều 8 (mức độ khẩn). */
export const URGENCIES = ['normal', 'khan', 'thuong_khan', 'hoa_toc'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Secrecy marks (độ mật); anything but `none` keeps metadata only. */
export const SECRECIES = ['none', 'mat', 'toi_mat', 'tuyet_mat'] as const;
export type Secrecy = (typeof SECRECIES)[number];

/** Validity of a legal normative (QPPL) document. */
export const VALIDITIES = ['in_force', 'partly_expired', 'expired', 'not_yet_in_force'] as const;
export type Validity = (typeof VALIDITIES)[number];

export const LINK_KINDS = ['replaces', 'amends', 'corrects'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const CORRECTION_KINDS = ['recall', 'cancel_number', 'erratum'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const FILE_KINDS = ['signed_pdf', 'docx', 'scan', 'attachment'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface DocumentsTable {
  id: Generated<number>;
  register_unit_id: number;
  direction: Direction;
  regime: Regime;
  type_key: string;
  status: Generated<DocumentStatus>;
  number: number | null;
  symbol_code: string | null;
  number_symbol: string | null;
  number_symbol_key: string | null;
  series_key: string | null;
  series_year: number | null;
  title: string | null;
  summary: string;
  issue_date: string | null;
  issuer_unit_id: number | null;
  issuer_name: string;
  issuer_key: string;
  issuer_capacity: 'body' | 'head' | null;
  signer_person_id: number | null;
  signer_name: string | null;
  signer_title: string | null;
  signing_authority: SigningAuthority | null;
  /** JSON array of recipient lines (nơi nhận). */
  recipients: string;
  urgency: Urgency;
  secrecy: Secrecy;
  content: string | null;
  arrival_number: number | null;
  arrival_date: string | null;
  handling_unit_id: number | null;
  handling_deadline: string | null;
  handled_on: string | null;
  effective_from: string | null;
  effective_to: string | null;
  validity: Validity | null;
  page_count: number | null;
  copy_count: number | null;
  notes: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface DocumentTagsTable {
  document_id: number;
  tag: string;
  label: string;
}

export interface DocumentLinksTable {
  id: Generated<number>;
  from_document_id: number;
  to_document_id: number;
  kind: LinkKind;
  created_at: string;
}

export interface DocumentCorrectionsTable {
  id: Generated<number>;
  document_id: number;
  kind: CorrectionKind;
  reason: string;
  erratum_document_id: number | null;
  corrected_on: string;
  created_at: string;
}

export interface DocumentFilesTable {
  id: Generated<number>;
  document_id: number;
  kind: FileKind;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_at: string;
}

export interface NumberSeriesTable {
  register_unit_id: number;
  series_key: string;
  year: number;
  last_number: number;
}

export interface DocumentTables {
  documents: DocumentsTable;
  document_tags: DocumentTagsTable;
  document_links: DocumentLinksTable;
  document_corrections: DocumentCorrectionsTable;
  document_files: DocumentFilesTable;
  number_series: NumberSeriesTable;
}
