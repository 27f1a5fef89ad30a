import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { localDateSchema, parseInput, textSchema } from '../../platform/validation';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { resolveUnit } from '../../organisation/unit-queries';
import { defaultProvincialCommittee } from '../../organisation/province';
import { loadWorkingCalendar } from '../../calendar/load-working-calendar';
import { searchText, viSortKey } from '../../../shared/vi/text';
import { dueAfter, loadVoterBusinessLimits, statutoryDue } from '../petitions/limits';
import { BUSINESS_FIELDS } from './fields';
import { FEEDBACK_CHANNELS } from './tables';
import { normalizeTaxCode } from './tax-code';
import { resolveFeedbackUnits, writeFeedbackUnits } from './assign-feedback-units';
import { getBusinessFeedback, type BusinessFeedbackView } from './feedback-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Input of recordBusinessFeedback. */
export const recordBusinessFeedbackInput = z
  .object({
    committee: unitRef.optional(),
    enterpriseName: textSchema(300),
    /** Mã số thuế: 10 digits, or 13 (0123456789-001) for a dependent unit. */
    taxCode: z.string().trim().min(1).max(20),
    issue: textSchema(4000),
    field: z.enum(BUSINESS_FIELDS),
    channel: z.enum(FEEDBACK_CHANNELS),
    /** The dialogue meeting it was raised at (channel `dialogue`). */
    dialogueId: z.number().int().positive().nullish(),
    /** Defaults to today. */
    receivedOn: localDateSchema.optional(),
    /** Forwarded at once: the lead unit (chủ trì) and coordinating units (phối hợp). */
    leadUnit: unitRef.nullish(),
    coordinatingUnits: z.array(unitRef).max(30).default([]),
    /** Defaults to the day received when a lead unit is given. */
    forwardedOn: localDateSchema.optional(),
  })
  .strict();

/**
 * Records an enterprise's feedback received by the UBND or its quick-response
 * team (Tổ phản ứng nhanh). Forwarding is due within 5 working days of receipt
 * (ND 20/2008/NĐ-CP Điều 9) and resolution within the province's limit
 * (setting `voterBusinessLimits`); both clocks count weekends, holidays and
 * làm bù days from the working-day calendar. A bad tax code, a dissolved unit
 * or a date in the future is refused.
 */
export async function recordBusinessFeedback(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof recordBusinessFeedbackInput> },
): Promise<BusinessFeedbackView> {
  const data = parseInput(recordBusinessFeedbackInput, input);
  const taxCode = normalizeTaxCode(data.taxCode);
  if (taxCode === null)
    throw new AppError('BUSINESS_TAX_CODE_INVALID', {
      field: 'taxCode',
      params: { value: data.taxCode },
    });
  const today = ctx.clock.today();
  const receivedOn = data.receivedOn ?? today;
  if (receivedOn > today)
    throw new AppError('PETITION_DATE_IN_FUTURE', {
      field: 'receivedOn',
      params: { date: receivedOn, today },
    });
  const forwardedOn = data.leadUnit ? (data.forwardedOn ?? receivedOn) : null;
  if (forwardedOn !== null && forwardedOn > today)
    throw new AppError('PETITION_DATE_IN_FUTURE', {
      field: 'forwardedOn',
      params: { date: forwardedOn, today },
    });
  if (forwardedOn !== null && forwardedOn < receivedOn)
    throw new AppError('PETITION_DATE_ORDER', {
      field: 'forwardedOn',
      params: { date: forwardedOn, before: receivedOn, what: 'ngày tiếp nhận' },
    });
  const id = await ctx.db.write(async (tx) => {
    const committee = data.committee
      ? await resolveUnit(tx, data.committee, { asOf: receivedOn, field: 'committee' })
      : await defaultProvincialCommittee(tx, receivedOn);
    authorize(actor, 'business_feedback.manage', { unitPaths: [committee.path] });
    const units = data.leadUnit
      ? await resolveFeedbackUnits(
          tx,
          { leadUnit: data.leadUnit, coordinatingUnits: data.coordinatingUnits },
          forwardedOn ?? today,
        )
      : null;
    if (data.dialogueId) {
      const d = await tx
        .selectFrom('business_dialogues')
        .select('id')
        .where('id', '=', data.dialogueId)
        .executeTakeFirst();
      if (!d)
        throw new AppError('NOT_FOUND', {
          field: 'dialogueId',
          params: { entity: 'hội nghị đối thoại', id: data.dialogueId },
        });
    }
    const limits = await loadVoterBusinessLimits(tx);
    const cal = await loadWorkingCalendar(tx);
    const forwardDue = statutoryDue(
      'business_feedback.forwarding',
      receivedOn,
      cal,
      limits.businessFeedbackForwarding,
    );
    const resolutionDue = dueAfter(receivedOn, cal, limits.businessFeedbackResolution);
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('business_feedback')
      .values({
        committee_unit_id: committee.id,
        enterprise_name: data.enterpriseName,
        enterprise_sort_key: viSortKey(data.enterpriseName),
        tax_code: taxCode,
        issue: data.issue,
        field: data.field,
        channel: data.channel,
        dialogue_id: data.dialogueId ?? null,
        received_on: receivedOn,
        forward_due: forwardDue,
        forwarded_on: forwardedOn,
        resolution_due: resolutionDue,
        resolved_on: null,
        result: null,
        result_document_id: null,
        search_text: searchText(data.enterpriseName, taxCode, data.issue),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (units) await writeFeedbackUnits(tx, id, units);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'business_feedback.record',
      entity: 'business_feedback',
      entityId: id,
      after: {
        ...data,
        taxCode,
        receivedOn,
        forwardedOn,
        forwardDue,
        resolutionDue,
        leadUnit: units?.lead.id ?? null,
        coordinatingUnits: units?.coordinating.map((u) => u.id) ?? [],
      },
    });
    return id;
  });
  return getBusinessFeedback(ctx, actor, id);
}
