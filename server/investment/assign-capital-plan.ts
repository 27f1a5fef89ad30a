import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { localDateSchema, optionalTextSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { formatShortDate } from '../../shared/vi/date';
import { capitalPlanViews, type CapitalPlanView } from './capital-plan-view';
import { loadProjectScope, projectResource, type ProjectScope } from './investment-scope';
import { planAssignmentWindow } from './period-rules';
import { findPlanLine } from './plan-lines';
import { amountSchema, yearSchema } from './project-inputs';
import { loadSourceTree, resolveSource, type SourceTree } from './source-tree';

/** Input of assignCapitalPlan. */
export const assignCapitalPlanInput = z
  .object({
    projectId: z.number().int().positive(),
    /** Plan year N. */
    year: yearSchema,
    /** A leaf capital source code (`NSDP.TSDD`, `CTMTQG.NTM.DTPT.NSTW`…). */
    source: z.string().trim().min(1).max(60),
    /** Kế hoạch Thủ tướng Chính phủ giao, VND (0 when the line is the province's own addition). */
    pmAmount: amountSchema,
    /** Kế hoạch địa phương giao, VND. */
    localAmount: amountSchema,
    /** Ngày giao kế hoạch: the line counts from this date. */
    assignedOn: localDateSchema,
    /** The assigning decision (số, ký hiệu), e.g. `2735/QĐ-UBND`. */
    decision: optionalTextSchema(200),
  })
  .strict();

type Data = z.output<typeof assignCapitalPlanInput>;

/**
 * Assigns a project its capital plan for a year from one capital source, on
 * both denominators. One line per (project, source, year): a change later is
 * an adjustment, not a second assignment.
 */
export async function assignCapitalPlan(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof assignCapitalPlanInput> },
): Promise<CapitalPlanView> {
  const data = parseInput(assignCapitalPlanInput, input);
  const id = await ctx.db.write(async (tx) => {
    const scope = await loadProjectScope(tx, data.projectId, 'projectId');
    const tree = await loadSourceTree(tx, scope.provinceUnitId);
    return insertCapitalPlan(ctx, tx, actor, data, { scope, tree });
  });
  const [view] = await capitalPlanViews(ctx.db.q, { planId: id });
  if (!view) throw new Error(`capital plan ${id} vanished`);
  return view;
}

/** Inserts one plan line inside the caller's transaction (the import writes many). */
export async function insertCapitalPlan(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  data: Data,
  pre: { scope: ProjectScope; tree: SourceTree },
): Promise<number> {
  authorize(actor, 'investment.manage', projectResource(pre.scope));
  const source = resolveSource(pre.tree, data.source, { field: 'source', leaf: true });
  const window = planAssignmentWindow(data.year);
  if (data.assignedOn < window.from || data.assignedOn > window.to)
    throw new AppError('CAPITAL_PLAN_DATE_OUTSIDE', {
      field: 'assignedOn',
      params: {
        date: formatShortDate(data.assignedOn),
        year: data.year,
        from: formatShortDate(window.from),
        to: formatShortDate(window.to),
      },
    });
  const existing = await findPlanLine(tx, {
    projectId: pre.scope.id,
    sourceId: source.id,
    year: data.year,
  });
  if (existing)
    throw new AppError('CAPITAL_PLAN_EXISTS', {
      field: 'source',
      params: { project: pre.scope.code, year: data.year, source: source.code },
    });
  const now = ctx.clock.now().toISOString();
  const { id } = await tx
    .insertInto('capital_plans')
    .values({
      project_id: pre.scope.id,
      province_unit_id: pre.scope.provinceUnitId,
      source_id: source.id,
      plan_year: data.year,
      pm_amount: data.pmAmount,
      local_amount: data.localAmount,
      assigned_on: data.assignedOn,
      decision_ref: data.decision,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(tx, ctx.systemNow(), {
    actor,
    action: 'investment.plan_assign',
    entity: 'capital_plan',
    entityId: id,
    after: {
      project: pre.scope.code,
      source: source.code,
      year: data.year,
      pmAmount: data.pmAmount,
      localAmount: data.localAmount,
      assignedOn: data.assignedOn,
      decision: data.decision,
    },
  });
  return id;
}
