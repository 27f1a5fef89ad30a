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
import { createTaskInput, insertTaskTree } from '../../tasks/create-task';
import { resolveFeedbackUnits } from './assign-feedback-units';
import { dialoguePaths, getDialogue, loadDialogueRow, type DialogueView } from './dialogue-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Input of addDialogueCommitment. */
export const addDialogueCommitmentInput = z
  .object({
    dialogueId: z.number().int().positive(),
    /** What the UBND committed to (giải quyết, tháo gỡ…). */
    content: textSchema(4000),
    expectedOutput: optionalTextSchema(500),
    leadUnit: unitRef,
    coordinatingUnits: z.array(unitRef).max(30).default([]),
    /** Null: a standing commitment. */
    deadline: localDateSchema.nullish(),
    /** Giao ngày: defaults to the notice's date, else the meeting's. */
    assignedOn: localDateSchema.optional(),
  })
  .strict();

/**
 * Records a commitment made at a dialogue and assigns it as a task through
 * the task engine (source `meeting`, from the notice of conclusions when the
 * dialogue has one, item label the commitment's number, leader the chair),
 * in one transaction: a refused task (dissolved unit, deadline before the
 * meeting) leaves no commitment.
 */
export async function addDialogueCommitment(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof addDialogueCommitmentInput> },
): Promise<DialogueView> {
  const data = parseInput(addDialogueCommitmentInput, input);
  await ctx.db.write(async (tx) => {
    const dialogue = await loadDialogueRow(tx, data.dialogueId, 'dialogueId');
    authorize(actor, 'business_feedback.manage', { unitPaths: await dialoguePaths(tx, dialogue) });
    const doc = dialogue.document_id
      ? await tx
          .selectFrom('documents')
          .select('issue_date')
          .where('id', '=', dialogue.document_id)
          .executeTakeFirst()
      : undefined;
    const assignedOn = data.assignedOn ?? doc?.issue_date ?? dialogue.held_on;
    if (assignedOn < dialogue.held_on)
      throw new AppError('PETITION_DATE_ORDER', {
        field: 'assignedOn',
        params: { date: assignedOn, before: dialogue.held_on, what: 'ngày hội nghị' },
      });
    const units = await resolveFeedbackUnits(tx, data, ctx.clock.today());
    const last = await tx
      .selectFrom('business_dialogue_commitments')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('dialogue_id', '=', dialogue.id)
      .executeTakeFirst();
    const number = Number(last?.n ?? 0) + 1;
    const taskData = parseInput(createTaskInput, {
      sourceKind: 'meeting',
      sourceDocumentId: dialogue.document_id,
      itemLabel: String(number),
      content: data.content,
      expectedOutput: data.expectedOutput,
      assigningUnit: dialogue.committee_unit_id,
      leader: dialogue.chair_person_id,
      leadUnit: units.lead.id,
      coordinatingUnits: units.coordinating.map((u) => u.id),
      deadline: data.deadline ?? null,
      assignedOn,
    });
    // business_feedback.manage was checked on the dialogue's committee, the assigning unit.
    const taskId = await insertTaskTree(ctx, tx, actor, taskData, { authorized: true });
    const { id } = await tx
      .insertInto('business_dialogue_commitments')
      .values({
        dialogue_id: dialogue.id,
        number,
        content: data.content,
        lead_unit_id: units.lead.id,
        deadline: data.deadline ?? null,
        task_id: taskId,
        created_at: ctx.clock.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'business_dialogue.commit',
      entity: 'business_dialogue',
      entityId: dialogue.id,
      after: { commitmentId: id, number, taskId, leadUnit: units.lead.id, deadline: data.deadline },
    });
  });
  return getDialogue(ctx, actor, data.dialogueId);
}
