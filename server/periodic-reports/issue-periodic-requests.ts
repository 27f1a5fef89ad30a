import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { createTaskInput, insertTaskTree } from '../tasks/create-task';
import { minDate } from '../../shared/dates/local-date';
import { formatShortDate } from '../../shared/vi/date';
import { formatPeriodRef } from '../../shared/periods/periods';
import { loadRegime, reportingUnits } from './regime-queries';
import { periodText, regimePeriod } from './period-input';
import { requestWindow, sendingDeadline } from './regime-rules';
import { listPeriodicRequests, type RequestView } from './list-periodic-requests';

/** Input of issuePeriodicRequests. */
export const issuePeriodicRequestsInput = z
  .object({
    regimeId: z.number().int().positive(),
    /** Machine form of the period: '2023-06', '2023-Q2', '2023-H1', '2023-9M', '2023'. */
    period: z.string().trim().min(4).max(10),
  })
  .strict();

/** What issuing did: the requests created now and those that already existed. */
export interface IssueResult {
  regimeId: number;
  period: string;
  created: RequestView[];
  existing: RequestView[];
}

/**
 * Sends a regime's request for one period: one handling task per reporting
 * unit (created through the tasks area, assigned by the issuer, the unit as
 * chủ trì), due on the sending deadline counted in working days from the
 * window's close. Units already asked for that period are left as they are,
 * so issuing twice is harmless. All requests are written in one transaction.
 */
export async function issuePeriodicRequests(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof issuePeriodicRequestsInput> },
): Promise<IssueResult> {
  const data = parseInput(issuePeriodicRequestsInput, input);
  const today = ctx.clock.today();
  const { period, createdIds } = await ctx.db.write(async (tx) => {
    const regime = await loadRegime(tx, data.regimeId, today);
    authorize(actor, 'periodic_report.manage', { unitPaths: [regime.issuer.path] });
    if (regime.row.active !== 1)
      throw new AppError('PERIODIC_REPORT_REGIME_INACTIVE', {
        params: { regime: regime.row.name },
      });
    const p = regimePeriod(regime, data.period, 'period');
    const key = formatPeriodRef(p);
    const window = requestWindow(p, regime.row.basis);
    const cal = await loadWorkingCalendar(tx);
    const deadline = sendingDeadline(
      cal,
      window.to,
      regime.row.deadline_rule,
      regime.row.deadline_value,
    );
    // Sent in advance: today; sent after the window closed: the close, so a
    // report that arrived before the request was recorded can still count.
    const assignedOn = minDate(today, window.to);
    const units = await reportingUnits(tx, regime, window.to);
    const asked = new Set(
      (
        await tx
          .selectFrom('periodic_report_requests')
          .select('unit_id')
          .where('regime_id', '=', regime.row.id)
          .where('period_key', '=', key)
          .execute()
      ).map((r) => r.unit_id),
    );
    const ids: number[] = [];
    for (const unit of units) {
      if (asked.has(unit.id)) continue;
      const taskId = await insertTaskTree(
        ctx,
        tx,
        actor,
        createTaskInput.parse({
          content: `Gửi ${regime.row.name} ${periodText(p)} (số liệu từ ngày ${formatShortDate(window.from)} đến ngày ${formatShortDate(window.to)}) về ${regime.issuer.name}`,
          expectedOutput: regime.row.name,
          assigningUnit: regime.issuer.id,
          leadUnit: unit.id,
          deadline,
          assignedOn,
        }),
      );
      const { id } = await tx
        .insertInto('periodic_report_requests')
        .values({
          regime_id: regime.row.id,
          unit_id: unit.id,
          period_key: key,
          window_from: window.from,
          window_to: window.to,
          deadline,
          task_id: taskId,
          issued_on: today,
          received_document_id: null,
          received_on: null,
          created_at: ctx.clock.now().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(id);
    }
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'periodic_report.issue',
      entity: 'periodic_report_regime',
      entityId: regime.row.id,
      after: { period: key, window, deadline, requestIds: ids },
    });
    return { period: key, createdIds: ids };
  });
  const all = await listPeriodicRequests(ctx, {
    actor,
    input: { regimeId: data.regimeId, period },
  });
  const created = new Set(createdIds);
  return {
    regimeId: data.regimeId,
    period,
    created: all.filter((r) => created.has(r.id)),
    existing: all.filter((r) => !created.has(r.id)),
  };
}
