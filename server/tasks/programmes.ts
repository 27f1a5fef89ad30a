import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { defaultProvincialCommittee } from '../organisation/province';
import { resolveUnit } from '../organisation/unit-queries';
import { searchText } from '../../shared/vi/text';
import { createTaskInput, insertTaskTree } from './create-task';
import { addTaskEvent, loadTaskFor, officeUnit, taskView } from './task-context';
import { taskStatistics, type StatRow } from './task-statistics';
import type { TaskView } from './task-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Input of createProgramme. */
export const createProgrammeInput = z
  .object({
    /** The programme document (e.g. 17-CTr/TU) in the register. */
    documentId: z.number().int().positive(),
    title: textSchema(1000),
    /** Who tracks it (defaults to the Văn phòng UBND) and for which authority. */
    leadUnit: unitRef.optional(),
    assigningUnit: unitRef.optional(),
    items: z
      .array(
        createTaskInput
          .pick({
            content: true,
            expectedOutput: true,
            leadUnit: true,
            coordinatingUnits: true,
            deadline: true,
            leader: true,
            addressees: true,
          })
          .extend({ itemLabel: optionalTextSchema(40), assignedOn: localDateSchema.optional() }),
      )
      .max(1000)
      .default([]),
  })
  .strict();

/**
 * A programme or work programme (chương trình hành động, chương trình công
 * tác): a root attached to its document, with its items as child tasks, so
 * their statuses roll up (e.g. 17-CTr/TU: 45 done, 2 awaiting the Tỉnh ủy).
 */
export async function createProgramme(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createProgrammeInput> },
): Promise<TaskView> {
  const data = parseInput(createProgrammeInput, input);
  const id = await ctx.db.write(async (tx) => {
    const doc = await tx
      .selectFrom('documents')
      .select(['id', 'issue_date', 'number_symbol'])
      .where('id', '=', data.documentId)
      .executeTakeFirst();
    if (!doc)
      throw new AppError('NOT_FOUND', {
        field: 'documentId',
        params: { entity: 'văn bản', id: data.documentId },
      });
    const asOf = doc.issue_date ?? ctx.clock.today();
    const assigning = data.assigningUnit
      ? await resolveUnit(tx, data.assigningUnit, { asOf, field: 'assigningUnit' })
      : await defaultProvincialCommittee(tx, asOf);
    authorize(actor, 'task.manage', { unitPaths: [assigning.path] });
    const lead = data.leadUnit
      ? await resolveUnit(tx, data.leadUnit, { asOf, field: 'leadUnit' })
      : await officeUnit(tx, asOf);
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('tasks')
      .values({
        kind: 'programme',
        parent_id: null,
        source_kind: 'document',
        source_document_id: doc.id,
        source_item_label: null,
        content: data.title,
        expected_output: null,
        assigning_unit_id: assigning.id,
        assigned_by_person_id: null,
        leader_person_id: null,
        lead_unit_id: lead.id,
        assigned_on: asOf,
        deadline: null,
        extended_deadline: null,
        extension_approved_on: null,
        completed_on: null,
        completion_document_id: null,
        first_completed_on: null,
        reopened_on: null,
        awaiting_body: null,
        submitted_on: null,
        recurrence: null,
        series_id: null,
        occurrence: null,
        search_text: searchText(data.title, doc.number_symbol),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('task_assignments')
      .values({ task_id: id, unit_id: lead.id, role: 'lead' })
      .execute();
    await addTaskEvent(tx, {
      taskId: id,
      kind: 'created',
      onDate: asOf,
      at: ctx.systemNow(),
      actor,
    });
    for (const item of data.items) {
      await insertTaskTree(ctx, tx, actor, {
        ...parseInput(createTaskInput, {
          ...item,
          sourceKind: 'document',
          sourceDocumentId: doc.id,
          parentId: id,
          assigningUnit: assigning.id,
        }),
      });
    }
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'task.create_programme',
      entity: 'task',
      entityId: id,
      after: { documentId: doc.id, title: data.title, items: data.items.length },
    });
    return id;
  });
  return taskView(ctx, ctx.db.q, id);
}

/** A programme's roll-up at a date: the VPCP counts of its items and how many await approval. */
export async function programmeRollup(
  ctx: AppContext,
  { actor, programmeId, at }: { actor: Actor; programmeId: number; at?: string },
): Promise<{ programme: TaskView; at: string; counts: StatRow; awaitingApproval: number }> {
  await loadTaskFor(ctx.db.q, actor, programmeId, 'task.read');
  const programme = await taskView(ctx, ctx.db.q, programmeId);
  const stats = await taskStatistics(ctx, {
    actor,
    input: { by: 'none', parentId: programmeId, ...(at ? { at } : {}) },
  });
  const awaiting = await ctx.db.q
    .selectFrom('tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', programmeId)
    .where('awaiting_body', 'is not', null)
    .where((eb) => eb.or([eb('completed_on', 'is', null), eb('completed_on', '>', stats.at)]))
    .where((eb) => eb.or([eb('submitted_on', 'is', null), eb('submitted_on', '<=', stats.at)]))
    .executeTakeFirstOrThrow();
  return { programme, at: stats.at, counts: stats.total, awaitingApproval: Number(awaiting.n) };
}
