import type { Generated } from 'kysely';

/** The states of an extraction: drafts under review, or confirmed into tasks. */
export const EXTRACTION_STATUSES = ['review', 'confirmed'] as const;
export type ExtractionStatus = (typeof EXTRACTION_STATUSES)[number];

/** How the text came in. */
export const INPUT_KINDS = ['text', 'txt', 'docx', 'pdf'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface ExtractionsTable {
  id: Generated<number>;
  /** The UBND whose tasks the drafts become (the actor's province's committee by default). */
  assigning_unit_id: number;
  /** The register entry of the document read, when known. */
  document_id: number | null;
  file_name: string | null;
  input_kind: InputKind;
  /** The normalised (NFC) text the spans index. */
  text: string;
  /** The date units are matched on: the document's date, else the day of import. */
  as_of: string;
  /** JSON of the analysis (`Analysis` in analyse.ts), with the tasks created on confirmation. */
  result: string;
  status: ExtractionStatus;
  created_by_user_id: number | null;
  created_by_name: string;
  created_at: string;
  confirmed_at: string | null;
}

export interface ExtractionTables {
  extractions: ExtractionsTable;
}
