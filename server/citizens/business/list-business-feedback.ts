import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { localDateSchema, parseInput } from '../../platform/validation';
import { authorize, scopePathOf } from '../../access/policy';
import { viFold } from '../../../shared/vi/text';
import { TIMELINESS_VALUES } from '../petitions/list-voter-petitions';
import { BUSINESS_FIELDS } from './fields';
import { FEEDBACK_CHANNELS } from './tables';
import { FEEDBACK_STATUSES, toFeedbackViews, type BusinessFeedbackView } from './feedback-view';

/** Input of listBusinessFeedback (every filter optional). */
export const listBusinessFeedbackInput = z
  .object({
    /** Received from (inclusive). */
    from: localDateSchema.optional(),
    /** Received to (inclusive). */
    to: localDateSchema.optional(),
    field: z.enum(BUSINESS_FIELDS).optional(),
    channel: z.enum(FEEDBACK_CHANNELS).optional(),
    status: z.enum(FEEDBACK_STATUSES).optional(),
    /** Handled by this unit (lead or coordinating). */
    unitId: z.coerce.number().int().positive().optional(),
    dialogueId: z.coerce.number().int().positive().optional(),
    /** Timeliness of the resolution. */
    timeliness: z.enum(TIMELINESS_VALUES).optional(),
    /** Words of the enterprise, tax code or issue (diacritics-insensitive). */
    q: z.string().trim().max(200).optional(),
  })
  .strict();

/**
 * Business feedback in the caller's scope (the UBND's, or a unit handling
 * it), newest first, with the forwarding and resolution clocks on today.
 */
export async function listBusinessFeedback(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listBusinessFeedbackInput> },
): Promise<BusinessFeedbackView[]> {
  const data = parseInput(listBusinessFeedbackInput, input);
  if (data.from && data.to && data.from > data.to)
    throw new AppError('DATE_RANGE_INVALID', {
      field: 'from',
      params: { from: data.from, to: data.to },
    });
  authorize(actor, 'business_feedback.read');
  const q = ctx.db.q;
  let query = q
    .selectFrom('business_feedback as f')
    .innerJoin('units as c', 'c.id', 'f.committee_unit_id')
    .selectAll('f');
  const scope = scopePathOf(actor);
  if (scope !== undefined)
    query = query.where((eb) =>
      eb.or([
        eb('c.path', 'like', `${scope}%`),
        eb.exists(
          eb
            .selectFrom('business_feedback_units as fu')
            .innerJoin('units as u', 'u.id', 'fu.unit_id')
            .select('fu.unit_id')
            .whereRef('fu.feedback_id', '=', 'f.id')
            .where('u.path', 'like', `${scope}%`),
        ),
      ]),
    );
  if (data.from) query = query.where('f.received_on', '>=', data.from);
  if (data.to) query = query.where('f.received_on', '<=', data.to);
  if (data.field) query = query.where('f.field', '=', data.field);
  if (data.channel) query = query.where('f.channel', '=', data.channel);
  if (data.dialogueId) query = query.where('f.dialogue_id', '=', data.dialogueId);
  if (data.status === 'resolved') query = query.where('f.resolved_on', 'is not', null);
  if (data.status === 'forwarded')
    query = query.where('f.resolved_on', 'is', null).where('f.forwarded_on', 'is not', null);
  if (data.status === 'received')
    query = query.where('f.resolved_on', 'is', null).where('f.forwarded_on', 'is', null);
  if (data.unitId !== undefined) {
    const unitId = data.unitId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('business_feedback_units as fu2')
          .select('fu2.unit_id')
          .whereRef('fu2.feedback_id', '=', 'f.id')
          .where('fu2.unit_id', '=', unitId),
      ),
    );
  }
  if (data.q) query = query.where('f.search_text', 'like', `%${viFold(data.q)}%`);
  const rows = await query.orderBy('f.received_on', 'desc').orderBy('f.id', 'desc').execute();
  const views = await toFeedbackViews(q, rows, ctx.clock.today());
  return data.timeliness ? views.filter((v) => v.resolution.timeliness === data.timeliness) : views;
}
