import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput } from '../platform/validation';
import { getSetting } from '../platform/settings';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveProvince } from './investment-scope';
import { unitRefSchema, yearSchema } from './project-inputs';
import { PLAN_BASES, type PlanBasis } from './tables';

/** Input of setDisbursementTarget. */
export const setDisbursementTargetInput = z
  .object({
    province: unitRefSchema.optional(),
    year: yearSchema,
    /** Percent of the plan, e.g. 95 ("phấn đấu tỷ lệ giải ngân năm 2023 đạt tối thiểu 95% kế hoạch"). */
    rate: z.number().gt(0).max(100),
    /** The plan the target is measured against; kế hoạch Thủ tướng giao by default. */
    basis: z.enum(PLAN_BASES).default('pm'),
    /** The document that sets the target, when it is in the register. */
    sourceDocumentId: z.number().int().positive().nullish(),
    /** The wording or citation of the target, as the report generator quotes it. */
    sourceText: optionalTextSchema(1000),
  })
  .strict();

/** A year's disbursement target as reports quote it. */
export interface DisbursementTarget {
  year: number;
  rate: number;
  basis: PlanBasis;
  /** False when the province recorded no target for the year and the setting's default applies. */
  recorded: boolean;
  sourceDocument: { id: number; numberSymbol: string | null; issueDate: string | null } | null;
  sourceText: string | null;
}

/**
 * Records (or replaces) the province's disbursement target for a plan year:
 * data of the province for the year, with its source document when known.
 */
export async function setDisbursementTarget(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof setDisbursementTargetInput> },
): Promise<DisbursementTarget> {
  const data = parseInput(setDisbursementTargetInput, input);
  const today = ctx.clock.today();
  const provinceId = await ctx.db.write(async (tx) => {
    const province = await resolveProvince(tx, data.province, today);
    authorize(actor, 'investment.manage', { unitPaths: [province.path] });
    if (data.sourceDocumentId) {
      const doc = await tx
        .selectFrom('documents')
        .select('id')
        .where('id', '=', data.sourceDocumentId)
        .executeTakeFirst();
      if (!doc)
        throw new AppError('NOT_FOUND', {
          field: 'sourceDocumentId',
          params: { entity: 'văn bản', id: data.sourceDocumentId },
        });
    }
    const before = await tx
      .selectFrom('disbursement_targets')
      .select(['target_rate', 'basis', 'source_document_id', 'source_text'])
      .where('province_unit_id', '=', province.id)
      .where('plan_year', '=', data.year)
      .executeTakeFirst();
    const now = ctx.clock.now().toISOString();
    const values = {
      target_rate: data.rate,
      basis: data.basis,
      source_document_id: data.sourceDocumentId ?? null,
      source_text: data.sourceText,
      updated_at: now,
    };
    await tx
      .insertInto('disbursement_targets')
      .values({ province_unit_id: province.id, plan_year: data.year, created_at: now, ...values })
      .onConflict((oc) => oc.columns(['province_unit_id', 'plan_year']).doUpdateSet(values))
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'investment.target_set',
      entity: 'disbursement_target',
      entityId: `${province.code}:${data.year}`,
      before: before ?? null,
      after: values,
    });
    return province.id;
  });
  return loadDisbursementTarget(ctx.db.q, provinceId, data.year);
}

/** The target of a plan year: the province's recorded one, else the `investmentTargetRate` setting. */
export async function loadDisbursementTarget(
  q: Tx,
  provinceUnitId: number,
  year: number,
): Promise<DisbursementTarget> {
  const row = await q
    .selectFrom('disbursement_targets as t')
    .leftJoin('documents as d', 'd.id', 't.source_document_id')
    .select([
      't.target_rate',
      't.basis',
      't.source_document_id',
      't.source_text',
      'd.number_symbol',
      'd.issue_date',
    ])
    .where('t.province_unit_id', '=', provinceUnitId)
    .where('t.plan_year', '=', year)
    .executeTakeFirst();
  if (!row)
    return {
      year,
      rate: await getSetting(q, 'investmentTargetRate'),
      basis: 'pm',
      recorded: false,
      sourceDocument: null,
      sourceText: null,
    };
  return {
    year,
    rate: Number(row.target_rate),
    basis: row.basis,
    recorded: true,
    sourceDocument:
      row.source_document_id === null
        ? null
        : {
            id: row.source_document_id,
            numberSymbol: row.number_symbol ?? null,
            issueDate: row.issue_date ?? null,
          },
    sourceText: row.source_text,
  };
}
