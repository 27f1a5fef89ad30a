import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput, textSchema } from '../platform/validation';
import { checkVersion } from '../platform/versioning';
import { getSetting } from '../platform/settings';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { defaultProvincialCommittee } from '../organisation/province';
import { getUnit, resolveUnit } from '../organisation/unit-queries';
import { listPositionsOn } from '../organisation/people';
import { periodRange, type PeriodKind, type PeriodRef } from '../../shared/periods/periods';
import { REPORT_KINDS, type ReportsTable } from './tables';
import { templateFor } from './templates/registry';
import { buildReportContent } from './build-content';

/** Input of createReport. */
export const createReportInput = z
  .object({
    template: z.string().default('semiannual-summary'),
    /** Defaults to the template's kind (semi-annual, monthly, thematic). */
    kind: z.enum(REPORT_KINDS).optional(),
    year: z.number().int().min(2000).max(2100),
    /** 1 = first half (the seed's period); for half-year templates. */
    half: z.number().int().min(1).max(2).default(1),
    /** 1–12; required by monthly templates (the review meeting's report). */
    month: z.number().int().min(1).max(12).optional(),
    /** 1–4; required by quarterly templates. */
    quarter: z.number().int().min(1).max(4).optional(),
    /** A report to the HĐND uses the ND 09 data window by default (15/12 → 14/6). */
    basis: z.enum(['nd09', 'calendar']).default('nd09'),
    issuer: z.union([z.number().int().positive(), z.string().min(1)]).optional(),
    /** The HĐND session the report serves; defaults to the council's next session after the window. */
    councilSessionId: z.number().int().positive().nullish(),
    signerPersonId: z.number().int().positive().nullish(),
    signingAuthority: z.enum(['TM', 'KT']).default('TM'),
    addressees: z.array(textSchema(200)).max(20).nullish(),
    recipients: z.array(textSchema(200)).min(1).max(60).optional(),
    draftingUnitCode: optionalTextSchema(20),
    summary: optionalTextSchema(500),
  })
  .strict();

/**
 * Drafts a report from a template for a period: its data window (ND 09 or
 * calendar), issuer, the HĐND session it serves, signer and recipients. The
 * content is generated from data each time it is viewed until it is issued.
 */
export async function createReport(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createReportInput> },
): Promise<Selectable<ReportsTable>> {
  const data = parseInput(createReportInput, input);
  const template = templateFor(data.template);
  const period = templatePeriod(template.periodKind, data);
  const window = periodRange(period, data.basis, {
    nd09SecondHalf: await getSetting(ctx.db.q, 'nd09SecondHalf'),
  });
  const today = ctx.clock.today();
  const recipients = data.recipients ?? template.recipients;
  checkRecipients(recipients);
  const id = await ctx.db.write(async (tx) => {
    const issuer =
      data.issuer === undefined
        ? await defaultProvincialCommittee(tx, today)
        : await resolveUnit(tx, data.issuer, { asOf: today, field: 'issuer' });
    authorize(actor, 'report.manage', { unitPaths: [issuer.path] });
    const signer =
      data.signerPersonId ?? (await defaultSigner(tx, issuer.id, data.signingAuthority, today));
    if (signer !== null)
      await checkSigner(tx, signer, issuer.id, data.signingAuthority, today, issuer.name);
    const sessionId =
      data.councilSessionId === undefined
        ? await nextSession(tx, issuer.parentId, window.to)
        : data.councilSessionId;
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('reports')
      .values({
        kind: data.kind ?? template.kind,
        template: template.key,
        type_key: 'BC',
        type_name: template.typeName,
        summary: data.summary ?? template.summary(period),
        issuer_unit_id: issuer.id,
        period: JSON.stringify(period),
        basis: data.basis,
        window_from: window.from,
        window_to: window.to,
        council_session_id: sessionId,
        signer_person_id: signer,
        signing_authority: data.signingAuthority,
        addressees: data.addressees ? JSON.stringify(data.addressees) : null,
        recipients: JSON.stringify(recipients),
        drafting_unit_code: data.draftingUnitCode,
        status: 'draft',
        document_id: null,
        issued_on: null,
        frozen_content: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'report.create',
      entity: 'report',
      entityId: id,
      after: { template: template.key, period, window },
    });
    return id;
  });
  return loadReport(ctx.db.q, id);
}

/** The period a report from a template covers: the month or quarter asked must be given. */
function templatePeriod(
  kind: PeriodKind,
  data: { year: number; half: number; month?: number | undefined; quarter?: number | undefined },
): PeriodRef {
  switch (kind) {
    case 'month':
      if (data.month === undefined) throw new AppError('FIELD_REQUIRED', { field: 'month' });
      return { kind, year: data.year, index: data.month };
    case 'quarter':
      if (data.quarter === undefined) throw new AppError('FIELD_REQUIRED', { field: 'quarter' });
      return { kind, year: data.year, index: data.quarter };
    case 'half':
      return { kind, year: data.year, index: data.half };
    case 'nine_months':
    case 'year':
      return { kind, year: data.year, index: 1 };
  }
}

/** Input of updateNarrative. */
export const updateNarrativeInput = z
  .object({
    reportId: z.number().int().positive(),
    blockKey: z.string().min(1).max(100),
    text: z.string().max(20_000),
    version: z.number().int().positive().optional(),
  })
  .strict();

/** Saves the edited text of one narrative block of a draft report. */
export async function updateNarrative(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof updateNarrativeInput> },
): Promise<Selectable<ReportsTable>> {
  const data = parseInput(updateNarrativeInput, input);
  await ctx.db.write(async (tx) => {
    const report = await loadForWrite(tx, actor, data.reportId, data.version);
    const template = templateFor(report.template);
    const block = template.blocks.find((b) => b.key === data.blockKey);
    if (!block || block.kind !== 'narrative') {
      throw new AppError('FIELD_INVALID', {
        field: 'blockKey',
        params: { reason: `"${data.blockKey}" không phải đoạn văn được sửa của mẫu báo cáo` },
      });
    }
    const now = ctx.clock.now().toISOString();
    await tx
      .insertInto('report_narratives')
      .values({ report_id: report.id, block_key: data.blockKey, text: data.text, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['report_id', 'block_key']).doUpdateSet({ text: data.text, updated_at: now }),
      )
      .execute();
    // The edited text must still build: a field that cannot be filled is refused now, not at export.
    await buildReportContent(ctx, report).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'REPORT_PLACEHOLDER_UNKNOWN')
        throw new AppError(e.code, { field: 'text', params: e.params });
      throw e;
    });
    await tx
      .updateTable('reports')
      .set({ version: report.version + 1, updated_at: now })
      .where('id', '=', report.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'report.edit_narrative',
      entity: 'report',
      entityId: report.id,
      after: { blockKey: data.blockKey, text: data.text },
    });
  });
  return loadReport(ctx.db.q, data.reportId);
}

/** A report row, or NOT_FOUND. */
export async function loadReport(q: Tx, id: number): Promise<Selectable<ReportsTable>> {
  const r = await q.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { field: 'reportId', params: { entity: 'báo cáo', id } });
  return r;
}

/** Loads a report the actor may read. */
export async function loadReportFor(
  q: Tx,
  actor: Actor,
  id: number,
  action: 'report.read' | 'report.manage',
): Promise<Selectable<ReportsTable>> {
  const r = await loadReport(q, id);
  const issuer = await q
    .selectFrom('units')
    .select('path')
    .where('id', '=', r.issuer_unit_id)
    .executeTakeFirstOrThrow();
  authorize(actor, action, { unitPaths: [issuer.path] });
  return r;
}

/** Loads a draft for change: manage rights, current version, not yet issued. */
export async function loadForWrite(
  q: Tx,
  actor: Actor,
  id: number,
  version: number | undefined,
): Promise<Selectable<ReportsTable>> {
  const r = await loadReportFor(q, actor, id, 'report.manage');
  if (r.status === 'issued') {
    const doc = r.document_id
      ? await q
          .selectFrom('documents')
          .select('number_symbol')
          .where('id', '=', r.document_id)
          .executeTakeFirst()
      : null;
    throw new AppError('REPORT_ISSUED', { params: { numberSymbol: doc?.number_symbol ?? '' } });
  }
  checkVersion(r.version, version);
  return r;
}

function checkRecipients(recipients: readonly string[]): void {
  const last = recipients[recipients.length - 1] ?? '';
  if (!/^Lưu:\s*VT\b/u.test(last))
    throw new AppError('REPORT_RECIPIENTS_INVALID', { field: 'recipients' });
}

/** The head (TM.) or a deputy (KT.) of the issuer on the date. */
async function defaultSigner(
  tx: Tx,
  issuerId: number,
  authority: 'TM' | 'KT',
  asOf: string,
): Promise<number | null> {
  const positions = await listPositionsOn(tx, { asOf, unitId: issuerId });
  return (
    positions.find((p) => p.rank === (authority === 'TM' ? 'head' : 'deputy'))?.personId ?? null
  );
}

/**
 * Only the head signs on behalf of the collegial body (TM.); a deputy signs
 * for the head (KT.) — ND 30/2020 Điều 13.
 */
async function checkSigner(
  tx: Tx,
  personId: number,
  issuerId: number,
  authority: 'TM' | 'KT',
  asOf: string,
  issuerName: string,
): Promise<void> {
  const positions = await listPositionsOn(tx, { asOf, unitId: issuerId, personId });
  const ok = positions.some((p) =>
    authority === 'TM' ? p.rank === 'head' : p.rank === 'deputy' || p.rank === 'head',
  );
  if (!ok) {
    const person = await tx
      .selectFrom('people')
      .select('full_name')
      .where('id', '=', personId)
      .executeTakeFirst();
    throw new AppError('REPORT_SIGNER_AUTHORITY', {
      field: 'signerPersonId',
      params: { signer: person?.full_name ?? String(personId), issuer: issuerName, date: asOf },
    });
  }
}

/** The province council's first session starting after the data window (the one a half-year report serves). */
async function nextSession(
  tx: Tx,
  provinceId: number | null,
  after: string,
): Promise<number | null> {
  if (provinceId === null) return null;
  const province = await getUnit(tx, provinceId, after);
  if (!province) return null;
  const row = await tx
    .selectFrom('council_sessions as s')
    .innerJoin('council_terms as t', 't.id', 's.term_id')
    .innerJoin('units as u', 'u.id', 't.council_unit_id')
    .select('s.id')
    .where('u.path', 'like', `${province.path}%`)
    .where('u.kind', '=', 'provincial_council')
    .where('s.starts_on', '>', after)
    .orderBy('s.starts_on')
    .executeTakeFirst();
  return row?.id ?? null;
}
