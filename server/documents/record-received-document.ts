import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { localDateSchema, optionalTextSchema, parseInput } from '../platform/validation';
import { ymd } from '../../shared/dates/local-date';
import { docTypeByKey, type DocType, type Regime } from '../../shared/documents/doc-types';
import {
  formatSymbol,
  formatSymbolCode,
  parseSymbol,
  symbolKey,
  type DocumentSymbol,
} from '../../shared/documents/symbol';
import { viFold } from '../../shared/vi/text';
import { resolveUnit, type UnitRow } from '../organisation/unit-queries';
import { commonEntryFields, unitRefSchema } from './document-inputs';
import { getDocumentDetail, type DocumentDetail } from './document-view';
import { documentSearchText, resolveSigner, writeTags } from './entry-helpers';
import { ARRIVAL_SERIES, claimNumber, takeNextNumber } from './numbering';
import { resolveDocType } from './resolve-doc-type';
import { VALIDITIES, type Direction } from './tables';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';

const receivedFields = {
  /** Whose register the entry goes into (the receiving body). */
  register: unitRefSchema,
  /** The issuing unit when it is in the registry (id, code or exact name). */
  issuer: unitRefSchema.nullish(),
  /** The issuer as printed (tác giả); required when `issuer` is not given. */
  issuerName: optionalTextSchema(300),
  regime: z.enum(['state_admin', 'state_qppl', 'party']).optional(),
  /** Type key, abbreviation or name; taken from the symbol when omitted. */
  type: z.string().trim().min(1).max(60).optional(),
  /** Số, ký hiệu as printed: `229 /BC-UBND`, `17-CTr/TU`, `77/2015/QH13`. */
  numberSymbol: optionalTextSchema(120),
  issueDate: localDateSchema.nullish(),
  title: optionalTextSchema(500),
  validity: z.enum(VALIDITIES).nullish(),
  effectiveFrom: localDateSchema.nullish(),
  ...commonEntryFields,
};

/** Input of registerIncomingDocument (vào sổ văn bản đến). */
export const registerIncomingInput = z
  .object({
    ...receivedFields,
    /** Ngày đến; defaults to today on the product clock. */
    arrivalDate: localDateSchema.optional(),
    /** Số đến; the next of the register's arrival series when omitted. */
    arrivalNumber: z.number().int().min(1).max(9_999_999).optional(),
    handlingUnit: unitRefSchema.nullish(),
    /** Thời hạn giải quyết (ND 30 Phụ lục IV Mục VIII). */
    handlingDeadline: localDateSchema.nullish(),
  })
  .strict();

/** Input of recordExternalDocument (a document known and cited, never received). */
export const recordExternalInput = z.object({ ...receivedFields }).strict();

/**
 * Registers an incoming document (ND 30/2020 Điều 22, Phụ lục IV Mục VI): its
 * arrival number and date, the printed số, ký hiệu normalised, and the
 * handling deadline. A second registration of the same (issuer, number-symbol,
 * year) in the same register is refused (Phụ lục VI 1.h).
 */
export async function registerIncomingDocument(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof registerIncomingInput> },
): Promise<DocumentDetail> {
  const data = parseInput(registerIncomingInput, input);
  return recordReceived(ctx, actor, 'incoming', data, {
    arrivalDate: data.arrivalDate ?? ctx.clock.today(),
    arrivalNumber: data.arrivalNumber,
    handlingUnit: data.handlingUnit ?? null,
    handlingDeadline: data.handlingDeadline ?? null,
  });
}

/**
 * Records a document the province knows and cites but never received — a
 * Government resolution, a law, a Party programme — so citations link to it.
 */
export async function recordExternalDocument(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof recordExternalInput> },
): Promise<DocumentDetail> {
  const data = parseInput(recordExternalInput, input);
  return recordReceived(ctx, actor, 'external', data, null);
}

type ReceivedData = z.output<z.ZodObject<typeof receivedFields>>;

async function recordReceived(
  ctx: AppContext,
  actor: Actor,
  direction: Extract<Direction, 'incoming' | 'external'>,
  data: ReceivedData,
  arrival: {
    arrivalDate: string;
    arrivalNumber: number | undefined;
    handlingUnit: string | number | null;
    handlingDeadline: string | null;
  } | null,
): Promise<DocumentDetail> {
  if (data.secrecy !== 'none' && data.content)
    throw new AppError('DOCUMENT_SECRET_CONTENT', { field: 'content' });
  if (!data.numberSymbol && !data.title) {
    throw new AppError('FIELD_REQUIRED', { field: 'numberSymbol' });
  }
  if (direction === 'incoming' && !data.issueDate)
    throw new AppError('FIELD_REQUIRED', { field: 'issueDate' });
  if (arrival && data.issueDate && arrival.arrivalDate < data.issueDate) {
    throw new AppError('DOCUMENT_DATE_ORDER', {
      field: 'arrivalDate',
      params: { date: arrival.arrivalDate, other: data.issueDate, otherLabel: 'ngày ban hành' },
    });
  }
  if (arrival?.handlingDeadline && arrival.handlingDeadline < arrival.arrivalDate) {
    throw new AppError('DOCUMENT_DATE_ORDER', {
      field: 'handlingDeadline',
      params: {
        date: arrival.handlingDeadline,
        other: arrival.arrivalDate,
        otherLabel: 'ngày đến',
      },
    });
  }
  // The register must exist when the entry is made: on arrival, or today for a cited document.
  const asOf = arrival?.arrivalDate ?? ctx.clock.today();

  return ctx.db.write(async (tx) => {
    const register = await resolveUnit(tx, data.register, { asOf, field: 'register' });
    authorize(actor, 'document.write', { unitPaths: [register.path] });
    const issuer = await resolveIssuer(tx, data, asOf);
    const knownIssuers = await registryIssuerCodes(tx);
    const symbol = data.numberSymbol ? parseNumberSymbol(data.numberSymbol, knownIssuers) : null;
    const regime: Regime =
      data.regime ??
      (symbol?.style === 'party'
        ? 'party'
        : symbol && 'year' in symbol && symbol.year
          ? 'state_qppl'
          : 'state_admin');
    const type = pickType(data.type, symbol, regime);
    if (
      symbol?.style === 'state' &&
      symbol.year !== undefined &&
      data.issueDate &&
      ymd(data.issueDate).year !== symbol.year
    ) {
      throw new AppError('DOCUMENT_NUMBER_OUTSIDE_SERIES', {
        field: 'issueDate',
        params: {
          reason: `số, ký hiệu mang năm ${symbol.year} nhưng ngày ban hành là ${data.issueDate}`,
        },
      });
    }
    const numberSymbol = symbol ? formatSymbol(symbol) : null;
    const key = numberSymbol ? symbolKey(numberSymbol) : null;
    const issuerKey = issuer.unit ? `unit:${issuer.unit.id}` : `name:${viFold(issuer.name)}`;
    const year = data.issueDate ? ymd(data.issueDate).year : null;
    await assertNotRegistered(tx, {
      direction,
      registerUnitId: register.id,
      issuerKey,
      key,
      year,
      title: data.title,
      issuerName: issuer.name,
      numberSymbol,
    });

    let arrivalNumber: number | null = null;
    let handlingUnitId: number | null = null;
    if (arrival) {
      const series = {
        registerUnitId: register.id,
        seriesKey: ARRIVAL_SERIES,
        year: ymd(arrival.arrivalDate).year,
      };
      if (arrival.arrivalNumber === undefined) {
        arrivalNumber = await takeNextNumber(tx, series);
      } else {
        arrivalNumber = arrival.arrivalNumber;
        const taken = await tx
          .selectFrom('documents')
          .select('number_symbol')
          .where('register_unit_id', '=', register.id)
          .where('direction', '=', 'incoming')
          .where('arrival_number', '=', arrivalNumber)
          .where('arrival_date', '>=', `${series.year}-01-01`)
          .where('arrival_date', '<=', `${series.year}-12-31`)
          .executeTakeFirst();
        if (taken) {
          throw new AppError('DOCUMENT_NUMBER_TAKEN', {
            field: 'arrivalNumber',
            params: {
              number: arrivalNumber,
              series: 'số đến',
              year: series.year,
              existing: taken.number_symbol ?? '',
            },
          });
        }
        await claimNumber(tx, series, arrivalNumber);
      }
      if (arrival.handlingUnit !== null) {
        handlingUnitId = (
          await resolveUnit(tx, arrival.handlingUnit, { asOf, field: 'handlingUnit' })
        ).id;
      }
    }
    const signer = await resolveSigner(tx, data.signer);
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('documents')
      .values({
        register_unit_id: register.id,
        direction,
        regime,
        type_key: type.key,
        number: symbol?.number ?? null,
        symbol_code: symbol ? formatSymbolCode(symbol) : null,
        number_symbol: numberSymbol,
        number_symbol_key: key,
        series_key: null,
        series_year: year,
        title: data.title,
        summary: data.summary,
        issue_date: data.issueDate ?? null,
        issuer_unit_id: issuer.unit?.id ?? null,
        issuer_name: issuer.name,
        issuer_key: issuerKey,
        issuer_capacity: null,
        signer_person_id: signer.personId,
        signer_name: signer.name,
        signer_title: data.signerTitle,
        signing_authority: data.signingAuthority ?? null,
        recipients: JSON.stringify(data.recipients),
        urgency: data.urgency,
        secrecy: data.secrecy,
        content: data.secrecy === 'none' ? data.content : null,
        arrival_number: arrivalNumber,
        arrival_date: arrival?.arrivalDate ?? null,
        handling_unit_id: handlingUnitId,
        handling_deadline: arrival?.handlingDeadline ?? null,
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
          issuerName: issuer.name,
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
      action: direction === 'incoming' ? 'document.register_incoming' : 'document.record_external',
      entity: 'document',
      entityId: id,
      after: detail,
    });
    return detail;
  });
}

async function resolveIssuer(
  tx: Tx,
  data: ReceivedData,
  asOf: string,
): Promise<{ unit: UnitRow | null; name: string }> {
  if (data.issuer !== null && data.issuer !== undefined) {
    const unit = await resolveUnit(tx, data.issuer, {
      asOf: data.issueDate ?? asOf,
      field: 'issuer',
    });
    return { unit, name: data.issuerName ?? unit.name };
  }
  if (!data.issuerName) throw new AppError('FIELD_REQUIRED', { field: 'issuerName' });
  return { unit: null, name: data.issuerName };
}

/** Ký hiệu codes of the registry, which win over the shipped list when parsing. */
async function registryIssuerCodes(tx: Tx): Promise<string[]> {
  const rows = await tx
    .selectFrom('unit_names')
    .select('symbol_code')
    .distinct()
    .where('symbol_code', 'is not', null)
    .execute();
  return rows.map((r) => r.symbol_code).filter((c): c is string => c !== null);
}

function parseNumberSymbol(printed: string, knownIssuers: readonly string[]): DocumentSymbol {
  const parsed = parseSymbol(printed, { knownIssuers });
  if (!parsed.ok) {
    throw new AppError('DOCUMENT_SYMBOL_INVALID', {
      field: 'numberSymbol',
      params: { value: printed, reason: parsed.error.message },
    });
  }
  return parsed.value;
}

function pickType(
  typeRef: string | undefined,
  symbol: DocumentSymbol | null,
  regime: Regime,
): DocType {
  if (typeRef) return resolveDocType(typeRef, regime);
  if (symbol?.typeCode) return resolveDocType(symbol.typeCode, regime, 'numberSymbol');
  if (symbol?.style === 'state' && symbol.year !== undefined && !symbol.typeCode) {
    // `77/2015/QH13`: a law of the National Assembly.
    const law = docTypeByKey('LUAT');
    if (law) return law;
  }
  if (symbol) return resolveDocType('CV', regime);
  throw new AppError('FIELD_REQUIRED', { field: 'type' });
}

async function assertNotRegistered(
  tx: Tx,
  e: {
    direction: 'incoming' | 'external';
    registerUnitId: number;
    issuerKey: string;
    key: string | null;
    year: number | null;
    title: string | null;
    issuerName: string;
    numberSymbol: string | null;
  },
): Promise<void> {
  let query = tx
    .selectFrom('documents')
    .select(['id', 'number_symbol', 'title', 'arrival_number', 'arrival_date'])
    .where('register_unit_id', '=', e.registerUnitId)
    .where('direction', '=', e.direction)
    .where('issuer_key', '=', e.issuerKey);
  if (e.key !== null) {
    query = query.where('number_symbol_key', '=', e.key);
    query =
      e.year === null
        ? query.where('series_year', 'is', null)
        : query.where('series_year', '=', e.year);
  } else {
    query = query.where('number_symbol_key', 'is', null);
  }
  const rows = await query.execute();
  const clash =
    e.key !== null
      ? rows[0]
      : rows.find((r) => r.title !== null && viFold(r.title) === viFold(e.title ?? ''));
  if (!clash) return;
  if (e.direction === 'incoming') {
    throw new AppError('DOCUMENT_DUPLICATE_INCOMING', {
      field: 'numberSymbol',
      params: {
        numberSymbol: e.numberSymbol ?? '',
        issuer: e.issuerName,
        year: e.year ?? '',
        arrivalNumber: clash.arrival_number ?? '',
        arrivalDate: clash.arrival_date ?? '',
      },
    });
  }
  throw new AppError('DOCUMENT_DUPLICATE_EXTERNAL', {
    field: e.key ? 'numberSymbol' : 'title',
    params: { numberSymbol: e.numberSymbol ?? e.title ?? '', issuer: e.issuerName },
  });
}
