import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput, textSchema } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { addExplanationMessage } from './explanation-thread';
import { explanationView, loadExplanationFor, type ExplanationView } from './explanation-view';

/** Input of answerExplanation: the answer's text, or the draft it adopts (the latest when neither is given). */
export const answerExplanationInput = z
  .object({
    explanationId: z.number().int().positive(),
    body: textSchema(8000).optional(),
    draftId: z.number().int().positive().optional(),
  })
  .strict();

/**
 * The unit leader submits the unit's explanation — their own text or a
 * staff draft — and the request becomes answered.
 */
export async function answerExplanation(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof answerExplanationInput> },
): Promise<ExplanationView> {
  const data = parseInput(answerExplanationInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const { row } = await loadExplanationFor(
      tx,
      actor,
      data.explanationId,
      'indicator.submit_explanation',
    );
    if (row.status !== 'requested')
      throw new AppError('INDICATOR_EXPLANATION_STATE', {
        params: { status: row.status, action: 'gửi giải trình', actionEn: 'submit an answer' },
      });
    let body = data.body;
    if (body === undefined) {
      let q = tx
        .selectFrom('indicator_explanation_messages')
        .select(['id', 'body'])
        .where('explanation_id', '=', row.id)
        .where('kind', '=', 'draft');
      if (data.draftId !== undefined) q = q.where('id', '=', data.draftId);
      const draft = await q.orderBy('id', 'desc').executeTakeFirst();
      if (!draft)
        throw new AppError(data.draftId === undefined ? 'FIELD_REQUIRED' : 'NOT_FOUND', {
          field: data.draftId === undefined ? 'body' : 'draftId',
          params: { entity: 'bản dự thảo giải trình', id: data.draftId ?? '' },
        });
      body = draft.body;
    }
    const messageId = await addExplanationMessage(ctx, tx, actor, {
      explanationId: row.id,
      kind: 'answer',
      body,
    });
    await tx
      .updateTable('indicator_explanations')
      .set({
        status: 'answered',
        answered_on: today,
        updated_at: ctx.clock.now().toISOString(),
        version: row.version + 1,
      })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.answer_explanation',
      entity: 'indicator_explanation',
      entityId: row.id,
      details: { messageId, fromDraft: data.body === undefined },
    });
  });
  return explanationView(ctx.db.q, data.explanationId, today);
}
