import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';

/** A register entry as answers and results link it. */
export interface LinkedDocument {
  id: number;
  numberSymbol: string | null;
  summary: string;
  issueDate: string | null;
  issuerName: string;
}

/**
 * Checks that a document of the register can be an answer or a result: it
 * exists, was issued (outgoing, internal) or recorded (incoming) by the
 * register — an external citation is not — and was neither recalled nor
 * cancelled. Refusals name `field`.
 */
export async function loadRegisterDocument(
  q: Tx,
  id: number,
  field: string,
): Promise<LinkedDocument> {
  const doc = await q
    .selectFrom('documents')
    .select(['id', 'direction', 'status', 'number_symbol', 'summary', 'issue_date', 'issuer_name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!doc) throw new AppError('NOT_FOUND', { field, params: { entity: 'văn bản', id } });
  if (doc.direction === 'external')
    throw new AppError('PETITION_DOCUMENT_INVALID', {
      field,
      params: { id, reason: 'chỉ được trích dẫn, chưa ban hành hoặc vào sổ' },
    });
  if (doc.status !== 'active')
    throw new AppError('PETITION_DOCUMENT_INVALID', {
      field,
      params: { id, reason: doc.status === 'recalled' ? 'đã bị thu hồi' : 'đã bị hủy số' },
    });
  return {
    id: doc.id,
    numberSymbol: doc.number_symbol,
    summary: doc.summary,
    issueDate: doc.issue_date,
    issuerName: doc.issuer_name,
  };
}

/** The linked documents by id, for views. */
export async function linkedDocuments(
  q: Tx,
  ids: ReadonlyArray<number | null>,
): Promise<Map<number, LinkedDocument>> {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await q
    .selectFrom('documents')
    .select(['id', 'number_symbol', 'summary', 'issue_date', 'issuer_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        numberSymbol: r.number_symbol,
        summary: r.summary,
        issueDate: r.issue_date,
        issuerName: r.issuer_name,
      },
    ]),
  );
}

/**
 * The date an answer counts from: as given, else the answering document's date, else today;
 * refused after today or before the question's own date (`before`, named by `what`).
 */
export function answerDate(
  given: string | null | undefined,
  doc: LinkedDocument,
  today: string,
  earliest: { before: string; what: string },
): string {
  const answeredOn = given ?? doc.issueDate ?? today;
  if (answeredOn > today)
    throw new AppError('PETITION_DATE_IN_FUTURE', {
      field: 'answeredOn',
      params: { date: answeredOn, today },
    });
  if (answeredOn < earliest.before)
    throw new AppError('PETITION_DATE_ORDER', {
      field: 'answeredOn',
      params: { date: answeredOn, before: earliest.before, what: earliest.what },
    });
  return answeredOn;
}
