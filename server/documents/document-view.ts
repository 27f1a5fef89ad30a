import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import { docTypeByKey } from '../../shared/documents/doc-types';
import type { CorrectionKind, DocumentsTable, FileKind } from './tables';
import { tagsOf } from './document-queries';

/** A register entry as the API, the CLI and the web show it (never a raw row). */
export interface DocumentView {
  id: number;
  registerUnitId: number;
  direction: DocumentsTable['direction'];
  regime: DocumentsTable['regime'];
  type: { key: string; code: string; name: string };
  status: Selectable<DocumentsTable>['status'];
  number: number | null;
  /** Số, ký hiệu as printed: `229/BC-UBND`. */
  numberSymbol: string | null;
  /** Ký hiệu without the number: `BC-UBND`. */
  symbolCode: string | null;
  title: string | null;
  /** Trích yếu. */
  summary: string;
  issueDate: string | null;
  issuer: { unitId: number | null; name: string; capacity: 'body' | 'head' | null };
  signer: {
    personId: number | null;
    name: string | null;
    title: string | null;
    authority: string | null;
  };
  recipients: string[];
  urgency: DocumentsTable['urgency'];
  secrecy: DocumentsTable['secrecy'];
  /** Null for classified entries (metadata only). */
  content: string | null;
  arrival: { number: number | null; date: string | null } | null;
  handling: { unitId: number | null; deadline: string | null; handledOn: string | null } | null;
  validity: {
    status: string | null;
    effectiveFrom: string | null;
    effectiveTo: string | null;
  } | null;
  pageCount: number | null;
  copyCount: number | null;
  notes: string | null;
  tags: { tag: string; label: string }[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Shapes one row (with its tags) for output. */
export function toDocumentView(
  r: Selectable<DocumentsTable>,
  tags: { tag: string; label: string }[],
): DocumentView {
  const type = docTypeByKey(r.type_key);
  return {
    id: r.id,
    registerUnitId: r.register_unit_id,
    direction: r.direction,
    regime: r.regime,
    type: { key: r.type_key, code: type?.code ?? '', name: type?.nameVi ?? r.type_key },
    status: r.status,
    number: r.number,
    numberSymbol: r.number_symbol,
    symbolCode: r.symbol_code,
    title: r.title,
    summary: r.summary,
    issueDate: r.issue_date,
    issuer: { unitId: r.issuer_unit_id, name: r.issuer_name, capacity: r.issuer_capacity },
    signer: {
      personId: r.signer_person_id,
      name: r.signer_name,
      title: r.signer_title,
      authority: r.signing_authority,
    },
    recipients: JSON.parse(r.recipients) as string[],
    urgency: r.urgency,
    secrecy: r.secrecy,
    content: r.secrecy === 'none' ? r.content : null,
    arrival: r.direction === 'incoming' ? { number: r.arrival_number, date: r.arrival_date } : null,
    handling:
      r.direction === 'incoming'
        ? { unitId: r.handling_unit_id, deadline: r.handling_deadline, handledOn: r.handled_on }
        : null,
    validity:
      r.regime === 'state_qppl'
        ? { status: r.validity, effectiveFrom: r.effective_from, effectiveTo: r.effective_to }
        : null,
    pageCount: r.page_count,
    copyCount: r.copy_count,
    notes: r.notes,
    tags,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Shapes many rows, loading their tags in one go. */
export async function toDocumentViews(
  q: Tx,
  rows: Selectable<DocumentsTable>[],
): Promise<DocumentView[]> {
  const tags = await tagsOf(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toDocumentView(r, tags.get(r.id) ?? []));
}

/** A file attached to an entry. */
export interface DocumentFileView {
  id: number;
  kind: FileKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

/** The full entry: its fields, files, links and corrections. */
export interface DocumentDetail extends DocumentView {
  files: DocumentFileView[];
  links: {
    kind: string;
    direction: 'from' | 'to';
    documentId: number;
    numberSymbol: string | null;
    summary: string;
  }[];
  corrections: {
    kind: CorrectionKind;
    reason: string;
    correctedOn: string;
    erratumDocumentId: number | null;
  }[];
}

/** Loads one entry with everything attached, or undefined. */
export async function getDocumentDetail(q: Tx, id: number): Promise<DocumentDetail | undefined> {
  const row = await q.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [view] = await toDocumentViews(q, [row]);
  if (!view) return undefined;
  const files = await q
    .selectFrom('document_files')
    .selectAll()
    .where('document_id', '=', id)
    .orderBy('id')
    .execute();
  const outgoing = await q
    .selectFrom('document_links as l')
    .innerJoin('documents as o', 'o.id', 'l.to_document_id')
    .select(['l.kind', 'o.id', 'o.number_symbol', 'o.summary'])
    .where('l.from_document_id', '=', id)
    .execute();
  const incoming = await q
    .selectFrom('document_links as l')
    .innerJoin('documents as o', 'o.id', 'l.from_document_id')
    .select(['l.kind', 'o.id', 'o.number_symbol', 'o.summary'])
    .where('l.to_document_id', '=', id)
    .execute();
  const corrections = await q
    .selectFrom('document_corrections')
    .selectAll()
    .where('document_id', '=', id)
    .orderBy('id')
    .execute();
  return {
    ...view,
    files:
      row.secrecy === 'none'
        ? files.map((f) => ({
            id: f.id,
            kind: f.kind,
            fileName: f.file_name,
            mediaType: f.media_type,
            sizeBytes: f.size_bytes,
            sha256: f.sha256,
            createdAt: f.created_at,
          }))
        : [],
    links: [
      ...outgoing.map((l) => ({
        kind: l.kind,
        direction: 'to' as const,
        documentId: l.id,
        numberSymbol: l.number_symbol,
        summary: l.summary,
      })),
      ...incoming.map((l) => ({
        kind: l.kind,
        direction: 'from' as const,
        documentId: l.id,
        numberSymbol: l.number_symbol,
        summary: l.summary,
      })),
    ],
    corrections: corrections.map((c) => ({
      kind: c.kind,
      reason: c.reason,
      correctedOn: c.corrected_on,
      erratumDocumentId: c.erratum_document_id,
    })),
  };
}
