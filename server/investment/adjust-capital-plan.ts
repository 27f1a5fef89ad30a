import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import {
  localDateSchema,
  parseInput,
  textSchema,
  optionalTextSchema,
} from '../platform/validation';
import { checkVersion } from '../platform/versioning';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { formatShortDate } from '../../shared/vi/date';
import { formatMoney } from '../../shared/vi/number';
import { capitalPlanViews, type CapitalPlanView } from './capital-plan-view';
import { loadProjectScope, projectResource } from './investment-scope';
import { planAssignmentWindow } from './period-rules';
import { findPlanLine, lineDisbursed } from './plan-lines';
import { amountSchema } from './project-inputs';

/** Input of adjustCapitalPlan: the plan line's new totals on both denominators. */
export const adjustCapitalPlanInput = z
  .object({
    planId: z.number().int().positive(),
    adjustedOn: localDateSchema,
    /** New kế hoạch Thủ tướng giao of the line, VND. */
    pmAmount: amountSchema,
    /** New kế hoạch địa phương giao of the line, VND. */
    localAmount: amountSchema,
    reason: textSchema(1000),
    /** The adjusting decision (số, ký hiệu). */
    decision: optionalTextSchema(200),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Adjusts a plan line (điều chỉnh kế hoạch vốn) from a date: stored as the
 * change on each denominator, so the plan of any earlier date stays as it
 * was. Adjustments follow each other in date order, and a line is never cut
 * below what has already been disbursed on it.
 */
export async function adjustCapitalPlan(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof adjustCapitalPlanInput> },
): Promise<CapitalPlanView> {
  const data = parseInput(adjustCapitalPlanInput, input);
  await ctx.db.write(async (tx) => {
    const line = await findPlanLine(tx, { id: data.planId });
    if (!line)
      throw new AppError('NOT_FOUND', {
        field: 'planId',
        params: { entity: 'kế hoạch vốn', id: data.planId },
      });
    const scope = await loadProjectScope(tx, line.projectId);
    authorize(actor, 'investment.manage', projectResource(scope));
    checkVersion(line.version, data.version);
    const window = planAssignmentWindow(line.year);
    if (data.adjustedOn > window.to)
      throw new AppError('CAPITAL_PLAN_DATE_OUTSIDE', {
        field: 'adjustedOn',
        params: {
          date: formatShortDate(data.adjustedOn),
          year: line.year,
          from: formatShortDate(window.from),
          to: formatShortDate(window.to),
        },
      });
    if (data.adjustedOn < line.lastChangedOn)
      throw new AppError('CAPITAL_PLAN_ADJUSTMENT_ORDER', {
        field: 'adjustedOn',
        params: {
          date: formatShortDate(data.adjustedOn),
          last: formatShortDate(line.lastChangedOn),
        },
      });
    const pmDelta = data.pmAmount - line.currentPm;
    const localDelta = data.localAmount - line.currentLocal;
    if (pmDelta === 0 && localDelta === 0)
      throw new AppError('FIELD_INVALID', {
        field: 'localAmount',
        params: { reason: 'kế hoạch sau điều chỉnh không khác kế hoạch hiện hành' },
      });
    const { disbursed } = await lineDisbursed(tx, line);
    const capacity = Math.max(data.pmAmount, data.localAmount);
    if (capacity < disbursed)
      throw new AppError('CAPITAL_PLAN_BELOW_DISBURSED', {
        field: 'localAmount',
        params: { plan: formatMoney(capacity, 'dong'), disbursed: formatMoney(disbursed, 'dong') },
      });
    const { id } = await tx
      .insertInto('capital_plan_adjustments')
      .values({
        plan_id: line.id,
        adjusted_on: data.adjustedOn,
        pm_delta: pmDelta,
        local_delta: localDelta,
        pm_after: data.pmAmount,
        local_after: data.localAmount,
        reason: data.reason,
        decision_ref: data.decision,
        created_at: ctx.clock.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('capital_plans')
      .set({ version: line.version + 1, updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', line.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'investment.plan_adjust',
      entity: 'capital_plan',
      entityId: line.id,
      before: { pmAmount: line.currentPm, localAmount: line.currentLocal },
      after: {
        pmAmount: data.pmAmount,
        localAmount: data.localAmount,
        adjustedOn: data.adjustedOn,
        reason: data.reason,
        decision: data.decision,
        adjustmentId: id,
      },
    });
  });
  const [view] = await capitalPlanViews(ctx.db.q, { planId: data.planId });
  if (!view) throw new Error(`capital plan ${data.planId} vanished`);
  return view;
}
