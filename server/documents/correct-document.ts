import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput, textSchema } from '../platform/validation';
import { checkVersion } from '../platform/versioning';
import { getDocumentDetail, type DocumentDetail } from './document-view';
import { LINK_KINDS, VALIDITIES } from './tables';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';

/** Input of correctDocument: one correction of a register entry. */
export const correctDocumentInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('recall'),
      documentId: z.number().int().positive(),
      reason: textSchema(1000),
      on: localDateSchema.optional(),
      version: z.number().int().positive().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('cancel_number'),
      documentId: z.number().int().positive(),
      reason: textSchema(1000),
      on: localDateSchema.optional(),
      version: z.number().int().positive().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('erratum'),
      documentId: z.number().int().positive(),
      /** The đính chính document (already in the register). */
      erratumDocumentId: z.number().int().positive(),
      reason: textSchema(1000),
      on: localDateSchema.optional(),
      version: z.number().int().positive().optional(),
    })
    .strict(),
]);

/**
 * Records a correction on an entry: recall (thu hồi) of an issued document,
 * cancellation of a number never used (hủy số; the number is not reused), or
 * an erratum (đính chính) issued as another document. The entry stays in the
 * register with its history.
 */
export async function correctDocument(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof correctDocumentInput> },
): Promise<DocumentDetail> {
  const data = parseInput(correctDocumentInput, input);
  const on = data.on ?? ctx.clock.today();
  return ctx.db.write(async (tx) => {
    const doc = await loadForChange(tx, actor, data.documentId, data.version);
    if (doc.status !== 'active') {
      throw new AppError('DOCUMENT_NOT_ACTIVE', {
        params: {
          numberSymbol: doc.number_symbol ?? String(doc.id),
          status: statusLabel(doc.status),
          action: 'sửa',
        },
      });
    }
    const now = ctx.clock.now().toISOString();
    if (data.kind === 'erratum') {
      const erratum = await tx
        .selectFrom('documents')
        .select(['id', 'issue_date'])
        .where('id', '=', data.erratumDocumentId)
        .executeTakeFirst();
      if (!erratum || erratum.id === doc.id) {
        throw new AppError('DOCUMENT_LINK_INVALID', {
          field: 'erratumDocumentId',
          params: { reason: 'văn bản đính chính phải là một văn bản khác đã vào sổ' },
        });
      }
      await tx
        .insertInto('document_links')
        .values({
          from_document_id: erratum.id,
          to_document_id: doc.id,
          kind: 'corrects',
          created_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await tx
      .insertInto('document_corrections')
      .values({
        document_id: doc.id,
        kind: data.kind,
        reason: data.reason,
        erratum_document_id: data.kind === 'erratum' ? data.erratumDocumentId : null,
        corrected_on: on,
        created_at: now,
      })
      .execute();
    const status =
      data.kind === 'recall'
        ? 'recalled'
        : data.kind === 'cancel_number'
          ? 'cancelled'
          : doc.status;
    await tx
      .updateTable('documents')
      .set({ status, version: doc.version + 1, updated_at: now })
      .where('id', '=', doc.id)
      .execute();
    const detail = await getDocumentDetail(tx, doc.id);
    if (!detail) throw new Error('document vanished');
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: `document.${data.kind}`,
      entity: 'document',
      entityId: doc.id,
      before: { status: doc.status, version: doc.version },
      after: { status: detail.status, version: detail.version },
      details: { reason: data.reason, on },
    });
    return detail;
  });
}

/** Input of linkDocuments. */
export const linkDocumentsInput = z
  .object({
    /** The newer document (replaces or amends the other). */
    fromDocumentId: z.number().int().positive(),
    toDocumentId: z.number().int().positive(),
    kind: z.enum(LINK_KINDS.filter((k) => k !== 'corrects') as ['replaces', 'amends']),
  })
  .strict();

/**
 * Links a document that replaces or amends another (thay thế, sửa đổi, bổ
 * sung). Replacing a legal normative document ends its validity the day
 * before the new one takes effect.
 */
export async function linkDocuments(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof linkDocumentsInput> },
): Promise<DocumentDetail> {
  const data = parseInput(linkDocumentsInput, input);
  if (data.fromDocumentId === data.toDocumentId) {
    throw new AppError('DOCUMENT_LINK_INVALID', {
      field: 'toDocumentId',
      params: { reason: 'không thể liên kết một văn bản với chính nó' },
    });
  }
  return ctx.db.write(async (tx) => {
    const from = await loadForChange(tx, actor, data.fromDocumentId, undefined);
    const to = await loadForChange(tx, actor, data.toDocumentId, undefined);
    if (from.issue_date && to.issue_date && from.issue_date < to.issue_date) {
      throw new AppError('DOCUMENT_LINK_INVALID', {
        field: 'fromDocumentId',
        params: {
          reason: `văn bản thay thế/sửa đổi (${from.issue_date}) không thể ban hành trước văn bản bị thay thế (${to.issue_date})`,
        },
      });
    }
    const now = ctx.clock.now().toISOString();
    await tx
      .insertInto('document_links')
      .values({
        from_document_id: from.id,
        to_document_id: to.id,
        kind: data.kind,
        created_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    if (to.regime === 'state_qppl') {
      const validity = data.kind === 'replaces' ? 'expired' : 'partly_expired';
      await tx
        .updateTable('documents')
        .set({
          validity,
          effective_to:
            data.kind === 'replaces' ? (from.effective_from ?? from.issue_date) : to.effective_to,
          version: to.version + 1,
          updated_at: now,
        })
        .where('id', '=', to.id)
        .execute();
    }
    const detail = await getDocumentDetail(tx, from.id);
    if (!detail) throw new Error('document vanished');
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: `document.link_${data.kind}`,
      entity: 'document',
      entityId: to.id,
      before: { validity: to.validity, effectiveTo: to.effective_to },
      details: { from: from.id, kind: data.kind },
    });
    return detail;
  });
}

/** Input of setDocumentValidity (hiệu lực of a QPPL document). */
export const setValidityInput = z
  .object({
    documentId: z.number().int().positive(),
    validity: z.enum(VALIDITIES),
    effectiveFrom: localDateSchema.nullish(),
    effectiveTo: localDateSchema.nullish(),
    version: z.number().int().positive().optional(),
  })
  .strict();

/** Sets the validity of a legal normative document. */
export async function setDocumentValidity(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof setValidityInput> },
): Promise<DocumentDetail> {
  const data = parseInput(setValidityInput, input);
  return ctx.db.write(async (tx) => {
    const doc = await loadForChange(tx, actor, data.documentId, data.version);
    if (doc.regime !== 'state_qppl') {
      throw new AppError('FIELD_INVALID', {
        field: 'validity',
        params: { reason: 'chỉ văn bản quy phạm pháp luật mới có hiệu lực' },
      });
    }
    const from = data.effectiveFrom === undefined ? doc.effective_from : data.effectiveFrom;
    const to = data.effectiveTo === undefined ? doc.effective_to : data.effectiveTo;
    if (from && to && to < from) {
      throw new AppError('DATE_RANGE_INVALID', { field: 'effectiveTo', params: { from, to } });
    }
    await tx
      .updateTable('documents')
      .set({
        validity: data.validity,
        effective_from: from,
        effective_to: to,
        version: doc.version + 1,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', doc.id)
      .execute();
    const detail = await getDocumentDetail(tx, doc.id);
    if (!detail) throw new Error('document vanished');
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'document.set_validity',
      entity: 'document',
      entityId: doc.id,
      before: {
        validity: doc.validity,
        effectiveFrom: doc.effective_from,
        effectiveTo: doc.effective_to,
      },
      after: detail.validity,
    });
    return detail;
  });
}

async function loadForChange(tx: Tx, actor: Actor, id: number, version: number | undefined) {
  const doc = await tx
    .selectFrom('documents as d')
    .innerJoin('units as r', 'r.id', 'd.register_unit_id')
    .selectAll('d')
    .select('r.path as register_path')
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!doc)
    throw new AppError('NOT_FOUND', { field: 'documentId', params: { entity: 'văn bản', id } });
  authorize(actor, 'document.write', { unitPaths: [doc.register_path] });
  checkVersion(doc.version, version);
  return doc;
}

function statusLabel(status: string): string {
  return status === 'recalled' ? 'bị thu hồi' : status === 'cancelled' ? 'bị hủy số' : status;
}
