import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../../platform/validation';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { resolveCommitteeLeader } from '../../leader-calendar/committee-leaders';
import { searchText } from '../../../shared/vi/text';
import { loadRegisterDocument } from '../petitions/register-document';
import { getDialogue, type DialogueView } from './dialogue-view';

/** Input of recordDialogue. */
export const recordDialogueInput = z
  .object({
    title: textSchema(500),
    heldOn: localDateSchema,
    /** The Chủ tịch or Phó Chủ tịch UBND tỉnh who chairs: person id or name. */
    chair: z.union([z.number().int().positive(), z.string().trim().min(1).max(120)]),
    venue: optionalTextSchema(300),
    /** Who attended, as written (associations, enterprises, agencies). */
    participants: optionalTextSchema(2000),
    participantCount: z.number().int().min(0).max(100000).nullish(),
    /** The notice of conclusions (Thông báo kết luận) in the register, if issued. */
    documentId: z.number().int().positive().nullish(),
  })
  .strict();

/**
 * Records a dialogue meeting with businesses (hội nghị gặp gỡ, đối thoại với
 * doanh nghiệp) chaired by a leader of the UBND tỉnh, whose committee it
 * belongs to. Issues raised are recorded as feedback with the meeting;
 * commitments become tasks (add-dialogue-commitment.ts), sourced from the
 * notice of conclusions when there is one.
 */
export async function recordDialogue(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof recordDialogueInput> },
): Promise<DialogueView> {
  const data = parseInput(recordDialogueInput, input);
  const today = ctx.clock.today();
  if (data.heldOn > today)
    throw new AppError('PETITION_DATE_IN_FUTURE', {
      field: 'heldOn',
      params: { date: data.heldOn, today },
    });
  const id = await ctx.db.write(async (tx) => {
    const chair = await resolveCommitteeLeader(tx, data.chair, {
      asOf: data.heldOn,
      field: 'chair',
    });
    authorize(actor, 'business_feedback.manage', { unitPaths: [chair.committee.path] });
    const doc = data.documentId
      ? await loadRegisterDocument(tx, data.documentId, 'documentId')
      : null;
    if (doc?.issueDate && doc.issueDate < data.heldOn)
      throw new AppError('PETITION_DATE_ORDER', {
        field: 'documentId',
        params: { date: doc.issueDate, before: data.heldOn, what: 'ngày hội nghị' },
      });
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('business_dialogues')
      .values({
        committee_unit_id: chair.committee.id,
        title: data.title,
        held_on: data.heldOn,
        chair_person_id: chair.personId,
        venue: data.venue,
        participants: data.participants,
        participant_count: data.participantCount ?? null,
        document_id: doc?.id ?? null,
        search_text: searchText(data.title, data.participants, data.venue),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'business_dialogue.record',
      entity: 'business_dialogue',
      entityId: id,
      after: { ...data, chair: chair.personId, committee: chair.committee.id },
    });
    return id;
  });
  return getDialogue(ctx, actor, id);
}
