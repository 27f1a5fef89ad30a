import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { getUnit } from '../organisation/unit-queries';
import { completeTask } from '../tasks/complete-task';
import { formatPeriodRef } from '../../shared/periods/periods';
import { loadRegime } from './regime-queries';
import { parsePeriodKey } from './period-input';
import { listPeriodicRequests, type RequestView } from './list-periodic-requests';

/** Input of recordReceivedReport. */
export const recordReceivedReportInput = z
  .object({
    requestId: z.number().int().positive(),
    /** The incoming document (vào sổ văn bản đến) that is the unit's report. */
    documentId: z.number().int().positive(),
    /** The period the report says it covers ('2023-06'); must be the request's. */
    period: z.string().trim().min(4).max(10),
    /** Ngày nhận; defaults to the document's arrival date. */
    receivedOn: localDateSchema.optional(),
  })
  .strict();

/**
 * Records a unit's report as received: links the registered incoming document
 * to the request and completes the unit's task with that document as its
 * result, on the day received (so it counts on time or late). A report for
 * another period, from another unit, issued before the window opened, or a
 * document that is not an incoming entry is refused, naming the field, before
 * anything is written.
 */
export async function recordReceivedReport(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof recordReceivedReportInput> },
): Promise<RequestView> {
  const data = parseInput(recordReceivedReportInput, input);
  const today = ctx.clock.today();
  const request = await ctx.db.write(async (tx) => {
    const req = await tx
      .selectFrom('periodic_report_requests')
      .selectAll()
      .where('id', '=', data.requestId)
      .executeTakeFirst();
    if (!req)
      throw new AppError('NOT_FOUND', {
        field: 'requestId',
        params: { entity: 'yêu cầu báo cáo', id: data.requestId },
      });
    const regime = await loadRegime(tx, req.regime_id, today);
    authorize(actor, 'periodic_report.manage', { unitPaths: [regime.issuer.path] });
    if (req.received_on !== null)
      throw new AppError('PERIODIC_REPORT_ALREADY_RECEIVED', {
        params: { requestId: req.id, receivedOn: req.received_on },
      });
    const claimed = formatPeriodRef(parsePeriodKey(data.period, 'period'));
    if (claimed !== req.period_key)
      throw new AppError('PERIODIC_REPORT_WRONG_PERIOD', {
        field: 'period',
        params: { value: claimed, expected: req.period_key, requestId: req.id },
      });
    const doc = await tx
      .selectFrom('documents')
      .select(['id', 'direction', 'issuer_unit_id', 'issuer_name', 'issue_date', 'arrival_date'])
      .where('id', '=', data.documentId)
      .executeTakeFirst();
    if (!doc)
      throw new AppError('NOT_FOUND', {
        field: 'documentId',
        params: { entity: 'văn bản', id: data.documentId },
      });
    if (doc.direction !== 'incoming')
      throw new AppError('PERIODIC_REPORT_NOT_INCOMING', {
        field: 'documentId',
        params: { id: doc.id },
      });
    if (doc.issuer_unit_id !== req.unit_id) {
      const expected = await getUnit(tx, req.unit_id, req.window_to);
      throw new AppError('PERIODIC_REPORT_WRONG_UNIT', {
        field: 'documentId',
        params: { issuer: doc.issuer_name, expected: expected?.name ?? `#${req.unit_id}` },
      });
    }
    // A report dated before its window opened cannot be this period's report.
    if (doc.issue_date !== null && doc.issue_date < req.window_from)
      throw new AppError('PERIODIC_REPORT_WRONG_PERIOD', {
        field: 'documentId',
        params: {
          value: `trước ${req.window_from} (ngày ban hành ${doc.issue_date})`,
          expected: req.period_key,
          requestId: req.id,
        },
      });
    const taken = await tx
      .selectFrom('periodic_report_requests')
      .select('id')
      .where('received_document_id', '=', doc.id)
      .executeTakeFirst();
    if (taken)
      throw new AppError('PERIODIC_REPORT_DOCUMENT_TAKEN', {
        field: 'documentId',
        params: { id: doc.id, requestId: taken.id },
      });
    const receivedOn = data.receivedOn ?? doc.arrival_date ?? today;
    if (receivedOn > today)
      throw new AppError('TASK_DATE_IN_FUTURE', {
        field: 'receivedOn',
        params: { date: receivedOn, today },
      });
    await tx
      .updateTable('periodic_report_requests')
      .set({ received_document_id: doc.id, received_on: receivedOn })
      .where('id', '=', req.id)
      .execute();
    const task = await tx
      .selectFrom('tasks')
      .select('completed_on')
      .where('id', '=', req.task_id)
      .executeTakeFirstOrThrow();
    // A task someone already closed by hand keeps its completion.
    if (task.completed_on === null)
      await completeTask(ctx, {
        actor,
        input: { taskId: req.task_id, completedOn: receivedOn, resultDocumentId: doc.id },
      });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'periodic_report.receive',
      entity: 'periodic_report_request',
      entityId: req.id,
      before: { receivedOn: null },
      after: { documentId: doc.id, receivedOn },
    });
    return req;
  });
  const views = await listPeriodicRequests(ctx, {
    actor,
    input: { regimeId: request.regime_id, period: request.period_key, unitId: request.unit_id },
  });
  const view = views.find((v) => v.id === request.id);
  if (!view) throw new Error(`request ${request.id} vanished`);
  return view;
}
