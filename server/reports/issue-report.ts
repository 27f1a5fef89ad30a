import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { issueDocument } from '../documents/issue-document';
import { attachDocumentFile } from '../documents/document-files';
import { buildReportContent } from './build-content';
import { loadForWrite, loadReport, loadReportFor } from './manage-reports';
import type { ReportsTable } from './tables';

/** Input of issueReport. */
export const issueReportInput = z
  .object({
    reportId: z.number().int().positive(),
    issuedOn: localDateSchema.optional(),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Issues a draft: allocates its number from the register (the next Báo cáo of
 * the issuer's series — 229/BC-UBND in the demo), records the signing
 * metadata, and freezes the content so that re-rendering gives the same
 * text. One transaction: a failure leaves the draft and the series untouched.
 */
export async function issueReport(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof issueReportInput> },
): Promise<Selectable<ReportsTable>> {
  const data = parseInput(issueReportInput, input);
  const today = ctx.clock.today();
  const issuedOn = data.issuedOn ?? today;
  await ctx.db.write(async (tx) => {
    const report = await loadForWrite(tx, actor, data.reportId, data.version);
    // Build once before numbering: a report that cannot be generated is not issued.
    const draft = await buildReportContent(ctx, report);
    // A report goes out signed: the issuer's head (TM.) or a deputy (KT.) must be chosen first.
    if (report.signer_person_id === null)
      throw new AppError('REPORT_SIGNER_MISSING', { field: 'signerPersonId' });
    const signer = report.signer_person_id
      ? await tx
          .selectFrom('people')
          .select('full_name')
          .where('id', '=', report.signer_person_id)
          .executeTakeFirst()
      : null;
    const doc = await issueDocument(ctx, {
      actor,
      input: {
        issuer: report.issuer_unit_id,
        type: report.type_key,
        issueDate: issuedOn,
        summary: registerSummary(report.type_name, report.summary),
        signer: report.signer_person_id ?? null,
        signerTitle: draft.signature.titleLine ? capitalise(draft.signature.titleLine) : null,
        signingAuthority: report.signing_authority,
        recipients: JSON.parse(report.recipients) as string[],
        tags: report.kind === 'thematic' || report.kind === 'ad_hoc' ? [] : ['báo cáo định kỳ'],
      },
    });
    const issued = { ...report, document_id: doc.id, issued_on: issuedOn };
    const content = await buildReportContent(ctx, issued);
    await tx
      .updateTable('reports')
      .set({
        status: 'issued',
        document_id: doc.id,
        issued_on: issuedOn,
        frozen_content: JSON.stringify(content),
        version: report.version + 1,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', report.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'report.issue',
      entity: 'report',
      entityId: report.id,
      after: {
        documentId: doc.id,
        numberSymbol: doc.numberSymbol,
        issuedOn,
        signer: signer?.full_name ?? null,
      },
    });
  });
  return loadReport(ctx.db.q, data.reportId);
}

/** Attaches the signed PDF from the province's digital-signature tool to the issued report's register entry. */
export async function attachSignedReport(
  ctx: AppContext,
  {
    actor,
    reportId,
    fileName,
    bytes,
  }: { actor: Actor; reportId: number; fileName: string; bytes: Uint8Array },
) {
  const report = await loadReportFor(ctx.db.q, actor, reportId, 'report.manage');
  if (report.status !== 'issued' || !report.document_id) {
    throw new AppError('FIELD_INVALID', {
      field: 'reportId',
      params: { reason: 'chỉ báo cáo đã ban hành mới có bản ký số' },
    });
  }
  return attachDocumentFile(ctx, {
    actor,
    input: { documentId: report.document_id, kind: 'signed_pdf', fileName },
    bytes,
  });
}

function capitalise(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * The trích yếu as the register records it: the type in sentence case, then the
 * title run into one line with its first letter lowered ("Báo cáo tóm tắt tình
 * hình công tác 6 tháng đầu năm và Chương trình công tác…").
 */
export function registerSummary(typeName: string, title: string): string {
  const type = typeName.toLocaleLowerCase('vi');
  const text = title.replace(/\s*\n\s*/g, ' ').trim();
  return `${type.charAt(0).toLocaleUpperCase('vi')}${type.slice(1)} ${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`;
}
