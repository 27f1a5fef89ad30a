import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { getSetting } from '../platform/settings';
import { localDateSchema, optionalTextSchema, parseInput } from '../platform/validation';
import { ymd } from '../../shared/dates/local-date';
import {
  formatSymbol,
  formatSymbolCode,
  symbolKey,
  type DocumentSymbol,
} from '../../shared/documents/symbol';
import { resolveUnit } from '../organisation/unit-queries';
import { commonEntryFields, unitRefSchema } from './document-inputs';
import { getDocumentDetail, type DocumentDetail } from './document-view';
import { documentSearchText, resolveSigner, writeTags } from './entry-helpers';
import { claimNumber, seriesKeyFor, takeNextNumber } from './numbering';
import { resolveDocType } from './resolve-doc-type';
import { VALIDITIES } from './tables';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';

/** Input of issueDocument. */
export const issueDocumentInput = z
  .object({
    /** The issuing authority (UBND tỉnh): id, code or name. */
    issuer: unitRefSchema,
    /** `head` when the Chair issues in his own name (Chủ tịch UBND tỉnh); counted under the UBND. */
    issuerCapacity: z.enum(['body', 'head']).default('body'),
    /** Whose register the entry goes into; defaults to the issuer's. */
    register: unitRefSchema.optional(),
    regime: z.enum(['state_admin', 'state_qppl', 'party']).default('state_admin'),
    /** Type key (`QD`), abbreviation (`QĐ`) or name (`Quyết định`). */
    type: z.string().trim().min(1).max(60),
    /** Công văn only: drafting unit or field code after the issuer (`VX` in `12/UBND-VX`). */
    fieldCode: optionalTextSchema(20).pipe(
      z
        .string()
        .regex(/^[\p{L}0-9&]+(-[\p{L}0-9&]+)*$/u, 'chỉ gồm chữ, số, nối bằng "-"')
        .nullable(),
    ),
    /** Defaults to today on the product clock. */
    issueDate: localDateSchema.optional(),
    title: optionalTextSchema(500),
    /** Explicit number, for recording a document issued outside the system; otherwise the next one. */
    number: z.number().int().min(1).max(999_999).optional(),
    validity: z.enum(VALIDITIES).nullish(),
    effectiveFrom: localDateSchema.nullish(),
    ...commonEntryFields,
  })
  .strict();

export type IssueDocumentInput = z.input<typeof issueDocumentInput>;

/**
 * Issues a document of the register's owner: allocates the next number of its
 * series (atomically; ND 30/2020 Điều 15), builds the số, ký hiệu from the
 * type and the issuer's abbreviation valid on the issue date, and records the
 * entry with its ND 30 fields.
 */
export async function issueDocument(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: IssueDocumentInput },
): Promise<DocumentDetail> {
  const data = parseInput(issueDocumentInput, input);
  if (data.regime === 'party')
    throw new AppError('DOCUMENT_PARTY_NOT_NUMBERED', { field: 'regime' });
  const regime = data.regime;
  if (data.secrecy !== 'none' && data.content)
    throw new AppError('DOCUMENT_SECRET_CONTENT', { field: 'content' });
  const type = resolveDocType(data.type, regime);
  const isLetter = type.code === '';
  if (!isLetter && data.fieldCode) {
    throw new AppError('FIELD_INVALID', {
      field: 'fieldCode',
      params: { reason: 'chỉ công văn mới ghi mã lĩnh vực sau tên viết tắt cơ quan' },
    });
  }
  const issueDate = data.issueDate ?? ctx.clock.today();
  const year = ymd(issueDate).year;
  const adminNumbering = await getSetting(ctx.db.q, 'adminNumbering');

  return ctx.db.write(async (tx) => {
    const issuer = await resolveUnit(tx, data.issuer, { asOf: issueDate, field: 'issuer' });
    const register = data.register
      ? await resolveUnit(tx, data.register, { asOf: issueDate, field: 'register' })
      : issuer;
    authorize(actor, 'document.write', { unitPaths: [register.path] });
    if (!issuer.symbolCode) {
      throw new AppError('FIELD_INVALID', {
        field: 'issuer',
        params: {
          reason: `đơn vị "${issuer.name}" chưa có tên viết tắt dùng trong ký hiệu văn bản`,
        },
      });
    }
    const seriesKey = seriesKeyFor({
      regime,
      typeKey: type.key,
      secrecy: data.secrecy,
      adminNumbering,
    });
    const series = { registerUnitId: register.id, seriesKey, year };
    let number: number;
    if (data.number === undefined) {
      number = await takeNextNumber(tx, series);
      await assertIssuingOrder(tx, { ...series, number, issueDate });
    } else {
      number = data.number;
      await assertNumberFree(tx, { ...series, number });
      await assertIssuingOrder(tx, { ...series, number, issueDate });
      await claimNumber(tx, series, number);
    }
    const symbol: DocumentSymbol = isLetter
      ? {
          style: 'state',
          number,
          issuerCode: issuer.symbolCode,
          ...(data.fieldCode ? { fieldCode: data.fieldCode } : {}),
        }
      : {
          style: 'state',
          number,
          typeCode: type.code,
          issuerCode: issuer.symbolCode,
          ...(regime === 'state_qppl' ? { year } : {}),
        };
    const numberSymbol = formatSymbol(symbol);
    const signer = await resolveSigner(tx, data.signer);
    const issuerName = data.issuerCapacity === 'head' ? `Chủ tịch ${issuer.name}` : issuer.name;
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('documents')
      .values({
        register_unit_id: register.id,
        direction: 'outgoing',
        regime,
        type_key: type.key,
        number,
        symbol_code: formatSymbolCode(symbol),
        number_symbol: numberSymbol,
        number_symbol_key: symbolKey(numberSymbol),
        series_key: seriesKey,
        series_year: year,
        title: data.title,
        summary: data.summary,
        issue_date: issueDate,
        issuer_unit_id: issuer.id,
        issuer_name: issuerName,
        issuer_key: `unit:${issuer.id}`,
        issuer_capacity: data.issuerCapacity,
        signer_person_id: signer.personId,
        signer_name: signer.name,
        signer_title: data.signerTitle,
        signing_authority: data.signingAuthority ?? null,
        recipients: JSON.stringify(data.recipients),
        urgency: data.urgency,
        secrecy: data.secrecy,
        content: data.secrecy === 'none' ? data.content : null,
        arrival_number: null,
        arrival_date: null,
        handling_unit_id: null,
        handling_deadline: null,
        handled_on: null,
        effective_from: regime === 'state_qppl' ? (data.effectiveFrom ?? null) : null,
        effective_to: null,
        validity: regime === 'state_qppl' ? (data.validity ?? 'in_force') : null,
        page_count: data.pageCount ?? null,
        copy_count: data.copyCount ?? null,
        notes: data.notes,
        search_text: documentSearchText({
          numberSymbol,
          summary: data.summary,
          title: data.title,
          issuerName,
          signerName: signer.name,
          typeName: type.nameVi,
          tags: data.tags,
        }),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeTags(tx, id, data.tags);
    const detail = await getDocumentDetail(tx, id);
    if (!detail) throw new Error(`document ${id} vanished`);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'document.issue',
      entity: 'document',
      entityId: id,
      after: detail,
    });
    return detail;
  });
}

async function assertNumberFree(
  tx: Tx,
  s: { registerUnitId: number; seriesKey: string; year: number; number: number },
): Promise<void> {
  const existing = await tx
    .selectFrom('documents')
    .select(['number_symbol'])
    .where('register_unit_id', '=', s.registerUnitId)
    .where('direction', '=', 'outgoing')
    .where('series_key', '=', s.seriesKey)
    .where('series_year', '=', s.year)
    .where('number', '=', s.number)
    .executeTakeFirst();
  if (existing) {
    throw new AppError('DOCUMENT_NUMBER_TAKEN', {
      field: 'number',
      params: {
        number: s.number,
        series: s.seriesKey,
        year: s.year,
        existing: existing.number_symbol ?? '',
      },
    });
  }
}

/**
 * Numbers follow the issuing order within the year (ND 30/2020 Điều 15.1): no
 * lower number may carry a later date, no higher number an earlier one.
 */
async function assertIssuingOrder(
  tx: Tx,
  s: { registerUnitId: number; seriesKey: string; year: number; number: number; issueDate: string },
): Promise<void> {
  const base = () =>
    tx
      .selectFrom('documents')
      .select(['number', 'issue_date'])
      .where('register_unit_id', '=', s.registerUnitId)
      .where('direction', '=', 'outgoing')
      .where('series_key', '=', s.seriesKey)
      .where('series_year', '=', s.year);
  const laterLower = await base()
    .where('number', '<', s.number)
    .where('issue_date', '>', s.issueDate)
    .orderBy('number', 'desc')
    .executeTakeFirst();
  const earlierHigher = await base()
    .where('number', '>', s.number)
    .where('issue_date', '<', s.issueDate)
    .orderBy('number')
    .executeTakeFirst();
  const clash = laterLower ?? earlierHigher;
  if (clash) {
    throw new AppError('DOCUMENT_NUMBER_OUT_OF_ORDER', {
      field: 'issueDate',
      params: {
        number: s.number,
        date: s.issueDate,
        series: s.seriesKey,
        neighbour: clash.number ?? '',
        neighbourDate: clash.issue_date ?? '',
      },
    });
  }
}
