/**
 * Queries on one capital-plan line (a project's allocation from one source for
 * one plan year): the line with its current plan, and what has been disbursed on it.
 */
import type { Tx } from '../platform/db/database';

/** A plan line as stored, with its plan totals (as assigned plus every adjustment). */
export interface PlanLine {
  id: number;
  projectId: number;
  sourceId: number;
  year: number;
  assignedPm: number;
  assignedLocal: number;
  assignedOn: string;
  decisionRef: string | null;
  version: number;
  /** After every adjustment. */
  currentPm: number;
  currentLocal: number;
  /** The latest of the assignment and adjustment dates. */
  lastChangedOn: string;
}

/** The plan line of (project, source, year), or undefined. */
export async function findPlanLine(
  q: Tx,
  key: { projectId: number; sourceId: number; year: number } | { id: number },
): Promise<PlanLine | undefined> {
  let query = q
    .selectFrom('capital_plans')
    .select([
      'id',
      'project_id',
      'source_id',
      'plan_year',
      'pm_amount',
      'local_amount',
      'assigned_on',
      'decision_ref',
      'version',
    ]);
  query =
    'id' in key
      ? query.where('id', '=', key.id)
      : query
          .where('project_id', '=', key.projectId)
          .where('source_id', '=', key.sourceId)
          .where('plan_year', '=', key.year);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const adj = await q
    .selectFrom('capital_plan_adjustments')
    .select((eb) => [
      eb.fn.sum<number>('pm_delta').as('pm'),
      eb.fn.sum<number>('local_delta').as('local'),
      eb.fn.max('adjusted_on').as('last'),
    ])
    .where('plan_id', '=', row.id)
    .executeTakeFirst();
  const last = adj?.last ?? null;
  return {
    id: row.id,
    projectId: row.project_id,
    sourceId: row.source_id,
    year: row.plan_year,
    assignedPm: Number(row.pm_amount),
    assignedLocal: Number(row.local_amount),
    assignedOn: row.assigned_on,
    decisionRef: row.decision_ref,
    version: row.version,
    currentPm: Number(row.pm_amount) + Number(adj?.pm ?? 0),
    currentLocal: Number(row.local_amount) + Number(adj?.local ?? 0),
    lastChangedOn: last !== null && last > row.assigned_on ? last : row.assigned_on,
  };
}

/** What has been disbursed on a line so far (every entry, whatever its date). */
export async function lineDisbursed(
  q: Tx,
  line: { projectId: number; sourceId: number; year: number },
): Promise<{ disbursed: number; outstandingAdvances: number }> {
  const row = await q
    .selectFrom('disbursements')
    .select((eb) => [
      eb.fn.sum<number>('amount').as('amount'),
      eb.fn.sum<number>('recovered_advance').as('recovered'),
      eb.fn
        .sum<number>(eb.case().when('kind', '=', 'advance').then(eb.ref('amount')).else(0).end())
        .as('advances'),
    ])
    .where('project_id', '=', line.projectId)
    .where('source_id', '=', line.sourceId)
    .where('plan_year', '=', line.year)
    .executeTakeFirst();
  const amount = Number(row?.amount ?? 0);
  const recovered = Number(row?.recovered ?? 0);
  return {
    disbursed: amount - recovered,
    outstandingAdvances: Number(row?.advances ?? 0) - recovered,
  };
}
