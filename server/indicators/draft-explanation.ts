import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput, textSchema } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { addExplanationMessage } from './explanation-thread';
import { explanationView, loadExplanationFor, type ExplanationView } from './explanation-view';

/** Input of draftExplanation. */
export const draftExplanationInput = z
  .object({
    explanationId: z.number().int().positive(),
    body: textSchema(8000),
  })
  .strict();

/**
 * Staff of the answering unit draft the explanation; it joins the thread as
 * a draft until the unit leader submits an answer.
 */
export async function draftExplanation(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof draftExplanationInput> },
): Promise<ExplanationView> {
  const data = parseInput(draftExplanationInput, input);
  await ctx.db.write(async (tx) => {
    const { row } = await loadExplanationFor(tx, actor, data.explanationId, 'indicator.explain');
    if (row.status !== 'requested')
      throw new AppError('INDICATOR_EXPLANATION_STATE', {
        params: { status: row.status, action: 'soạn giải trình', actionEn: 'draft an answer' },
      });
    const messageId = await addExplanationMessage(ctx, tx, actor, {
      explanationId: row.id,
      kind: 'draft',
      body: data.body,
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.draft_explanation',
      entity: 'indicator_explanation',
      entityId: row.id,
      details: { messageId },
    });
  });
  return explanationView(ctx.db.q, data.explanationId, ctx.clock.today());
}
