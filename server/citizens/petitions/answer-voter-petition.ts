import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { localDateSchema, optionalTextSchema, parseInput } from '../../platform/validation';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { answerDate, loadRegisterDocument } from './register-document';
import {
  getVoterPetition,
  loadPetitionRow,
  petitionPaths,
  type VoterPetitionView,
} from './voter-petition-view';

/** Input of answerVoterPetition. */
export const answerVoterPetitionInput = z
  .object({
    petitionId: z.number().int().positive(),
    /** The answer (văn bản trả lời) in the register: issued or recorded, not recalled. */
    documentId: z.number().int().positive(),
    /** What the answer reports. */
    status: z.enum(['in_progress', 'resolved', 'explained']),
    /** Defaults to the document's date. */
    answeredOn: localDateSchema.optional(),
    summary: optionalTextSchema(2000),
  })
  .strict();

/**
 * Records the answer to a voter petition: the register's document and what
 * it reports — đã giải quyết, đang giải quyết, or đã giải trình, cung cấp
 * thông tin. The first answer's date is the one timeliness is judged on; a
 * later answer (the issue resolved after "đang giải quyết") updates the status
 * and the document. A missing, cited-only, recalled or cancelled document, or
 * a date before receipt or after today, is refused.
 */
export async function answerVoterPetition(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof answerVoterPetitionInput> },
): Promise<VoterPetitionView> {
  const data = parseInput(answerVoterPetitionInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const row = await loadPetitionRow(tx, data.petitionId, 'petitionId');
    authorize(actor, 'voter_petition.manage', { unitPaths: await petitionPaths(tx, row) });
    const doc = await loadRegisterDocument(tx, data.documentId, 'documentId');
    const answeredOn = answerDate(data.answeredOn, doc, today, {
      before: row.received_on,
      what: 'ngày nhận kiến nghị',
    });
    const first = row.answered_on ?? answeredOn;
    await tx
      .updateTable('voter_petitions')
      .set((eb) => ({
        status: data.status,
        answer_document_id: doc.id,
        answered_on: first < answeredOn ? first : answeredOn,
        answer_summary: data.summary,
        updated_at: ctx.clock.now().toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', row.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'voter_petition.answer',
      entity: 'voter_petition',
      entityId: row.id,
      before: {
        status: row.status,
        documentId: row.answer_document_id,
        answeredOn: row.answered_on,
      },
      after: { status: data.status, documentId: doc.id, answeredOn, summary: data.summary },
    });
  });
  return getVoterPetition(ctx, actor, data.petitionId);
}
