import type { Tx } from '../platform/db/database';

/** Response shape of a capital-plan line with its adjustments. */
export interface CapitalPlanView {
  id: number;
  projectId: number;
  year: number;
  source: { code: string; name: string };
  /** As assigned. */
  assigned: { pmAmount: number; localAmount: number; on: string; decision: string | null };
  /** After every adjustment. */
  current: { pmAmount: number; localAmount: number };
  adjustments: Array<{
    id: number;
    adjustedOn: string;
    pmDelta: number;
    localDelta: number;
    pmAmount: number;
    localAmount: number;
    reason: string;
    decision: string | null;
  }>;
  version: number;
}

/** The plan lines of a project (every year, or one), newest year first, with their adjustments. */
export async function capitalPlanViews(
  q: Tx,
  opts: { projectId?: number; planId?: number; year?: number },
): Promise<CapitalPlanView[]> {
  let query = q
    .selectFrom('capital_plans as cp')
    .innerJoin('capital_sources as s', 's.id', 'cp.source_id')
    .select([
      'cp.id',
      'cp.project_id',
      'cp.plan_year',
      'cp.pm_amount',
      'cp.local_amount',
      'cp.assigned_on',
      'cp.decision_ref',
      'cp.version',
      's.code',
      's.name',
      's.path',
    ]);
  if (opts.projectId !== undefined) query = query.where('cp.project_id', '=', opts.projectId);
  if (opts.planId !== undefined) query = query.where('cp.id', '=', opts.planId);
  if (opts.year !== undefined) query = query.where('cp.plan_year', '=', opts.year);
  const plans = await query.orderBy('cp.plan_year', 'desc').orderBy('s.path').execute();
  if (plans.length === 0) return [];
  const adjustments = await q
    .selectFrom('capital_plan_adjustments')
    .selectAll()
    .where(
      'plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('adjusted_on')
    .orderBy('id')
    .execute();
  return plans.map((p) => {
    const mine = adjustments.filter((a) => a.plan_id === p.id);
    const pm = Number(p.pm_amount) + mine.reduce((s, a) => s + Number(a.pm_delta), 0);
    const local = Number(p.local_amount) + mine.reduce((s, a) => s + Number(a.local_delta), 0);
    return {
      id: p.id,
      projectId: p.project_id,
      year: p.plan_year,
      source: { code: p.code, name: p.name },
      assigned: {
        pmAmount: Number(p.pm_amount),
        localAmount: Number(p.local_amount),
        on: p.assigned_on,
        decision: p.decision_ref,
      },
      current: { pmAmount: pm, localAmount: local },
      adjustments: mine.map((a) => ({
        id: a.id,
        adjustedOn: a.adjusted_on,
        pmDelta: Number(a.pm_delta),
        localDelta: Number(a.local_delta),
        pmAmount: Number(a.pm_after),
        localAmount: Number(a.local_after),
        reason: a.reason,
        decision: a.decision_ref,
      })),
      version: p.version,
    };
  });
}
