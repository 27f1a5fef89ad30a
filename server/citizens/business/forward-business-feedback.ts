import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { localDateSchema, parseInput } from '../../platform/validation';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { resolveFeedbackUnits, writeFeedbackUnits } from './assign-feedback-units';
import {
  feedbackPaths,
  getBusinessFeedback,
  loadFeedbackRow,
  type BusinessFeedbackView,
} from './feedback-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Input of forwardBusinessFeedback. */
export const forwardBusinessFeedbackInput = z
  .object({
    feedbackId: z.number().int().positive(),
    leadUnit: unitRef,
    coordinatingUnits: z.array(unitRef).max(30).default([]),
    /** Defaults to today. */
    forwardedOn: localDateSchema.optional(),
  })
  .strict();

/**
 * Forwards feedback to the unit that handles it (chủ trì) and those that
 * help (phối hợp). Forwarding again changes the units but keeps the first
 * forwarding date, the one the 5-working-day limit is judged on. Resolved
 * feedback, a dissolved unit, or a date before receipt or after today is
 * refused.
 */
export async function forwardBusinessFeedback(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof forwardBusinessFeedbackInput> },
): Promise<BusinessFeedbackView> {
  const data = parseInput(forwardBusinessFeedbackInput, input);
  const today = ctx.clock.today();
  const forwardedOn = data.forwardedOn ?? today;
  await ctx.db.write(async (tx) => {
    const row = await loadFeedbackRow(tx, data.feedbackId, 'feedbackId');
    authorize(actor, 'business_feedback.manage', { unitPaths: await feedbackPaths(tx, row) });
    if (row.resolved_on !== null)
      throw new AppError('BUSINESS_FEEDBACK_RESOLVED', {
        params: { id: row.id, resolvedOn: row.resolved_on },
      });
    if (forwardedOn > today)
      throw new AppError('PETITION_DATE_IN_FUTURE', {
        field: 'forwardedOn',
        params: { date: forwardedOn, today },
      });
    if (forwardedOn < row.received_on)
      throw new AppError('PETITION_DATE_ORDER', {
        field: 'forwardedOn',
        params: { date: forwardedOn, before: row.received_on, what: 'ngày tiếp nhận' },
      });
    const units = await resolveFeedbackUnits(tx, data, forwardedOn);
    await writeFeedbackUnits(tx, row.id, units);
    await tx
      .updateTable('business_feedback')
      .set((eb) => ({
        forwarded_on: row.forwarded_on ?? forwardedOn,
        updated_at: ctx.clock.now().toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', row.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'business_feedback.forward',
      entity: 'business_feedback',
      entityId: row.id,
      before: { forwardedOn: row.forwarded_on },
      after: {
        forwardedOn: row.forwarded_on ?? forwardedOn,
        leadUnit: units.lead.id,
        coordinatingUnits: units.coordinating.map((u) => u.id),
      },
    });
  });
  return getBusinessFeedback(ctx, actor, data.feedbackId);
}
