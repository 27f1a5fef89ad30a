import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { localDateSchema, parseInput } from '../../platform/validation';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { answerDate, loadRegisterDocument } from './register-document';
import {
  getInterpellation,
  interpellationPaths,
  loadInterpellationRow,
  type InterpellationView,
} from './interpellation-view';

/** Input of answerInterpellation. */
export const answerInterpellationInput = z
  .object({
    interpellationId: z.number().int().positive(),
    /** The written answer in the register (issued or recorded, not recalled). */
    documentId: z.number().int().positive(),
    /** Defaults to the document's date. */
    answeredOn: localDateSchema.optional(),
  })
  .strict();

/**
 * Links the written answer to a deputy's question; answered on the
 * document's date unless given, judged against the 20-day limit.
 */
export async function answerInterpellation(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof answerInterpellationInput> },
): Promise<InterpellationView> {
  const data = parseInput(answerInterpellationInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const row = await loadInterpellationRow(tx, data.interpellationId, 'interpellationId');
    authorize(actor, 'voter_petition.manage', { unitPaths: await interpellationPaths(tx, row) });
    const doc = await loadRegisterDocument(tx, data.documentId, 'documentId');
    const answeredOn = answerDate(data.answeredOn, doc, today, {
      before: row.questioned_on,
      what: 'ngày chất vấn',
    });
    await tx
      .updateTable('interpellations')
      .set((eb) => ({
        answer_document_id: doc.id,
        answered_on: answeredOn,
        updated_at: ctx.clock.now().toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', row.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'interpellation.answer',
      entity: 'interpellation',
      entityId: row.id,
      before: { documentId: row.answer_document_id, answeredOn: row.answered_on },
      after: { documentId: doc.id, answeredOn },
    });
  });
  return getInterpellation(ctx, actor, data.interpellationId);
}
