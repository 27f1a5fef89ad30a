import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { addExplanationMessage } from './explanation-thread';
import { explanationView, loadExplanationFor, type ExplanationView } from './explanation-view';

/** Input of closeExplanation. */
export const closeExplanationInput = z
  .object({
    explanationId: z.number().int().positive(),
    note: optionalTextSchema(4000),
  })
  .strict();

/** The leader closes the request (accepting the answer, or withdrawing it); the thread stays. */
export async function closeExplanation(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof closeExplanationInput> },
): Promise<ExplanationView> {
  const data = parseInput(closeExplanationInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const { row } = await loadExplanationFor(
      tx,
      actor,
      data.explanationId,
      'indicator.request_explanation',
    );
    if (row.status === 'closed')
      throw new AppError('INDICATOR_EXPLANATION_STATE', {
        params: { status: row.status, action: 'đóng', actionEn: 'close it' },
      });
    await addExplanationMessage(ctx, tx, actor, {
      explanationId: row.id,
      kind: 'close',
      body: data.note ?? 'Đóng yêu cầu giải trình.',
    });
    await tx
      .updateTable('indicator_explanations')
      .set({
        status: 'closed',
        closed_on: today,
        updated_at: ctx.clock.now().toISOString(),
        version: row.version + 1,
      })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.close_explanation',
      entity: 'indicator_explanation',
      entityId: row.id,
      before: { status: row.status },
      details: { note: data.note },
    });
  });
  return explanationView(ctx.db.q, data.explanationId, today);
}
