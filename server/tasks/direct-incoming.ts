import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, optionalTextSchema, parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { createTaskInput, insertTaskTree } from './create-task';
import { statusOptions, taskView } from './task-context';
import { toTaskViews, type TaskView } from './task-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Input of directIncomingDocument (bút phê, ND 30/2020 Phụ lục IV Mục VII). */
export const directIncomingInput = z
  .object({
    documentId: z.number().int().positive(),
    leadUnit: unitRef,
    coordinatingUnits: z
      .array(z.object({ unit: unitRef, deadline: localDateSchema.nullish() }).strict())
      .max(50)
      .default([]),
    /** Thời hạn giải quyết of the lead unit. */
    deadline: localDateSchema.nullish(),
    /** The direction's wording (ý kiến chỉ đạo). */
    direction: optionalTextSchema(4000),
    expectedOutput: optionalTextSchema(500),
  })
  .strict();

/**
 * A leader's direction on an incoming document (bút phê: lead unit,
 * coordinating units, a deadline per unit) creates the handling task, so
 * incoming documents and assigned tasks share one deadline engine. The
 * register entry records the handling unit and deadline.
 */
export async function directIncomingDocument(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof directIncomingInput> },
): Promise<TaskView> {
  const data = parseInput(directIncomingInput, input);
  const taskId = await ctx.db.write(async (tx) => {
    const doc = await tx
      .selectFrom('documents as d')
      .innerJoin('units as r', 'r.id', 'd.register_unit_id')
      .select([
        'd.id',
        'd.direction',
        'd.summary',
        'd.number_symbol',
        'd.arrival_date',
        'd.register_unit_id',
        'r.path',
        'd.version',
      ])
      .where('d.id', '=', data.documentId)
      .executeTakeFirst();
    if (!doc)
      throw new AppError('NOT_FOUND', {
        field: 'documentId',
        params: { entity: 'văn bản', id: data.documentId },
      });
    if (doc.direction !== 'incoming') {
      throw new AppError('FIELD_INVALID', {
        field: 'documentId',
        params: { reason: 'chỉ văn bản đến mới có ý kiến chỉ đạo giải quyết' },
      });
    }
    authorize(actor, 'task.decide', { unitPaths: [doc.path] });
    const arrival = doc.arrival_date ?? ctx.clock.today();
    if (data.deadline && data.deadline < arrival) {
      throw new AppError('TASK_DEADLINE_BEFORE_SOURCE', {
        field: 'deadline',
        params: { deadline: data.deadline, sourceDate: arrival },
      });
    }
    const content = data.direction
      ? `${data.direction} (${doc.number_symbol ?? ''}: ${doc.summary})`
      : `Giải quyết văn bản ${doc.number_symbol ?? ''}: ${doc.summary}`;
    const id = await insertTaskTree(
      ctx,
      tx,
      actor,
      parseInput(createTaskInput, {
        sourceKind: 'direction',
        sourceDocumentId: doc.id,
        content,
        expectedOutput: data.expectedOutput,
        assigningUnit: doc.register_unit_id,
        leader: actor.kind === 'user' ? actor.personId : null,
        leadUnit: data.leadUnit,
        coordinatingUnits: data.coordinatingUnits.map((c) => c.unit),
        deadline: data.deadline ?? null,
        assignedOn: arrival,
      }),
      { authorized: true },
    );
    for (const c of data.coordinatingUnits) {
      if (!c.deadline) continue;
      const unit = await resolveUnit(tx, c.unit, { asOf: arrival, field: 'coordinatingUnits' });
      await tx
        .updateTable('task_assignments')
        .set({ deadline: c.deadline })
        .where('task_id', '=', id)
        .where('unit_id', '=', unit.id)
        .execute();
    }
    const lead = await resolveUnit(tx, data.leadUnit, { asOf: arrival, field: 'leadUnit' });
    await tx
      .updateTable('documents')
      .set({
        handling_unit_id: lead.id,
        handling_deadline: data.deadline ?? null,
        version: doc.version + 1,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', doc.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'document.direct',
      entity: 'document',
      entityId: doc.id,
      after: { taskId: id, leadUnit: lead.id, deadline: data.deadline ?? null },
    });
    return id;
  });
  return taskView(ctx, ctx.db.q, taskId);
}

/** One line of the Sổ theo dõi giải quyết văn bản đến (ND 30/2020 Phụ lục IV Mục VIII). */
export interface IncomingHandlingLine {
  documentId: number;
  arrivalNumber: number | null;
  arrivalDate: string | null;
  numberSymbol: string | null;
  issueDate: string | null;
  issuer: string;
  summary: string;
  handlingUnit: string | null;
  deadline: string | null;
  task: TaskView | null;
  replyNumberSymbol: string | null;
}

/**
 * The incoming-documents handling register, as a view of the handling tasks:
 * arrival, document, receiving unit, deadline, progress (the task's status
 * and percent) and the reply document.
 */
export async function incomingHandlingRegister(
  ctx: AppContext,
  {
    actor,
    from,
    to,
    registerUnitId,
  }: { actor: Actor; from: string; to: string; registerUnitId?: number },
): Promise<IncomingHandlingLine[]> {
  authorize(actor, 'document.read');
  let q = ctx.db.q
    .selectFrom('documents as d')
    .innerJoin('units as r', 'r.id', 'd.register_unit_id')
    .selectAll('d')
    .where('d.direction', '=', 'incoming')
    .where('d.arrival_date', '>=', from)
    .where('d.arrival_date', '<=', to);
  const scope = scopePathOf(actor);
  if (scope) q = q.where('r.path', 'like', `${scope}%`);
  if (registerUnitId) q = q.where('d.register_unit_id', '=', registerUnitId);
  const docs = await q.orderBy('d.arrival_date').orderBy('d.arrival_number').execute();
  const ids = docs.map((d) => d.id);
  const tasks = ids.length
    ? await ctx.db.q
        .selectFrom('tasks')
        .selectAll()
        .where('source_kind', '=', 'direction')
        .where('source_document_id', 'in', ids)
        .where('parent_id', 'is', null)
        .execute()
    : [];
  const views = await toTaskViews(ctx.db.q, tasks, {
    today: ctx.clock.today(),
    ...(await statusOptions(ctx.db.q)),
  });
  const byDoc = new Map(views.map((v) => [v.source.documentId, v]));
  const replyIds = tasks
    .map((t) => t.completion_document_id)
    .filter((x): x is number => x !== null);
  const replies = new Map(
    replyIds.length
      ? (
          await ctx.db.q
            .selectFrom('documents')
            .select(['id', 'number_symbol'])
            .where('id', 'in', replyIds)
            .execute()
        ).map((r) => [r.id, r.number_symbol])
      : [],
  );
  const units = new Map(
    (
      await ctx.db.q
        .selectFrom('unit_names')
        .select(['unit_id', 'short_name'])
        .where('valid_to', 'is', null)
        .execute()
    ).map((u) => [u.unit_id, u.short_name]),
  );
  return docs.map((d) => {
    const task = byDoc.get(d.id) ?? null;
    return {
      documentId: d.id,
      arrivalNumber: d.arrival_number,
      arrivalDate: d.arrival_date,
      numberSymbol: d.number_symbol,
      issueDate: d.issue_date,
      issuer: d.issuer_name,
      summary: d.summary,
      handlingUnit: d.handling_unit_id ? (units.get(d.handling_unit_id) ?? null) : null,
      deadline: task?.status.effectiveDeadline ?? d.handling_deadline,
      task,
      replyNumberSymbol: task?.completionDocumentId
        ? (replies.get(task.completionDocumentId) ?? null)
        : null,
    };
  });
}
