import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { localDateSchema, parseInput, textSchema } from '../../platform/validation';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { loadRegisterDocument } from '../petitions/register-document';
import {
  feedbackPaths,
  getBusinessFeedback,
  loadFeedbackRow,
  type BusinessFeedbackView,
} from './feedback-view';

/** Input of resolveBusinessFeedback. */
export const resolveBusinessFeedbackInput = z
  .object({
    feedbackId: z.number().int().positive(),
    /** What was done or answered. */
    result: textSchema(2000),
    /** The answer to the enterprise in the register, if any. */
    documentId: z.number().int().positive().nullish(),
    /** Defaults to the document's date, else today. */
    resolvedOn: localDateSchema.optional(),
  })
  .strict();

/**
 * Records feedback as resolved (đã giải quyết), with the result and the
 * register's answer document if any, judged against the resolution limit.
 * Resolving twice, a date before receipt or after today, or a document that
 * cannot be an answer is refused.
 */
export async function resolveBusinessFeedback(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof resolveBusinessFeedbackInput> },
): Promise<BusinessFeedbackView> {
  const data = parseInput(resolveBusinessFeedbackInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const row = await loadFeedbackRow(tx, data.feedbackId, 'feedbackId');
    authorize(actor, 'business_feedback.manage', { unitPaths: await feedbackPaths(tx, row) });
    if (row.resolved_on !== null)
      throw new AppError('BUSINESS_FEEDBACK_RESOLVED', {
        params: { id: row.id, resolvedOn: row.resolved_on },
      });
    const doc = data.documentId
      ? await loadRegisterDocument(tx, data.documentId, 'documentId')
      : null;
    const resolvedOn = data.resolvedOn ?? doc?.issueDate ?? today;
    if (resolvedOn > today)
      throw new AppError('PETITION_DATE_IN_FUTURE', {
        field: 'resolvedOn',
        params: { date: resolvedOn, today },
      });
    if (resolvedOn < row.received_on)
      throw new AppError('PETITION_DATE_ORDER', {
        field: 'resolvedOn',
        params: { date: resolvedOn, before: row.received_on, what: 'ngày tiếp nhận' },
      });
    await tx
      .updateTable('business_feedback')
      .set((eb) => ({
        resolved_on: resolvedOn,
        result: data.result,
        result_document_id: doc?.id ?? null,
        updated_at: ctx.clock.now().toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', row.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'business_feedback.resolve',
      entity: 'business_feedback',
      entityId: row.id,
      after: { resolvedOn, result: data.result, documentId: doc?.id ?? null },
    });
  });
  return getBusinessFeedback(ctx, actor, data.feedbackId);
}
