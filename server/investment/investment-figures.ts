/**
 * The queries behind every disbursement figure (SQL only, same on both
 * engines): plan lines in effect on a date with their adjustments, amounts
 * disbursed to a date (advances + payments − recovered advances), the monthly
 * sums of several plan years and the dated plan events of a year.
 */
import type { Tx } from '../platform/db/database';
import type { LocalDate } from '../../shared/dates/local-date';
import type { Cell, PlanAt } from './rollup-rules';

const key = (projectId: number, sourceId: number) => `${projectId}:${sourceId}`;

/**
 * Every (project, source) line of a province's plan year on `at`: the plan as
 * assigned (when assigned by then) plus the adjustments dated by then, and the
 * amount disbursed for that plan year by then, whatever the payment month.
 */
export async function loadCells(
  q: Tx,
  opts: { provinceUnitId: number; year: number; at: LocalDate; projectIds?: readonly number[] },
): Promise<Cell[]> {
  const cells = new Map<string, Cell>();
  const cellOf = (projectId: number, sourceId: number): Cell => {
    const k = key(projectId, sourceId);
    let c = cells.get(k);
    if (!c) {
      c = { projectId, sourceId, planPm: 0, planLocal: 0, disbursed: 0, outstandingAdvances: 0 };
      cells.set(k, c);
    }
    return c;
  };
  const chunks: Array<readonly number[] | undefined> = [];
  if (opts.projectIds === undefined) chunks.push(undefined);
  else
    for (let i = 0; i < opts.projectIds.length; i += 500)
      chunks.push(opts.projectIds.slice(i, i + 500));

  for (const ids of chunks) {
    if (ids !== undefined && ids.length === 0) continue;
    let plans = q
      .selectFrom('capital_plans')
      .select(['project_id', 'source_id', 'pm_amount', 'local_amount'])
      .where('province_unit_id', '=', opts.provinceUnitId)
      .where('plan_year', '=', opts.year)
      .where('assigned_on', '<=', opts.at);
    if (ids) plans = plans.where('project_id', 'in', ids);
    for (const p of await plans.execute()) {
      const c = cellOf(p.project_id, p.source_id);
      c.planPm += Number(p.pm_amount);
      c.planLocal += Number(p.local_amount);
    }

    let adjustments = q
      .selectFrom('capital_plan_adjustments as a')
      .innerJoin('capital_plans as cp', 'cp.id', 'a.plan_id')
      .select((eb) => [
        'cp.project_id',
        'cp.source_id',
        eb.fn.sum<number>('a.pm_delta').as('pm'),
        eb.fn.sum<number>('a.local_delta').as('local'),
      ])
      .where('cp.province_unit_id', '=', opts.provinceUnitId)
      .where('cp.plan_year', '=', opts.year)
      .where('a.adjusted_on', '<=', opts.at)
      .groupBy(['cp.project_id', 'cp.source_id']);
    if (ids) adjustments = adjustments.where('cp.project_id', 'in', ids);
    for (const a of await adjustments.execute()) {
      const c = cellOf(a.project_id, a.source_id);
      c.planPm += Number(a.pm);
      c.planLocal += Number(a.local);
    }

    let paid = q
      .selectFrom('disbursements')
      .select((eb) => [
        'project_id',
        'source_id',
        eb.fn.sum<number>('amount').as('amount'),
        eb.fn.sum<number>('recovered_advance').as('recovered'),
        eb.fn
          .sum<number>(eb.case().when('kind', '=', 'advance').then(eb.ref('amount')).else(0).end())
          .as('advances'),
      ])
      .where('province_unit_id', '=', opts.provinceUnitId)
      .where('plan_year', '=', opts.year)
      .where('paid_on', '<=', opts.at)
      .groupBy(['project_id', 'source_id']);
    if (ids) paid = paid.where('project_id', 'in', ids);
    for (const d of await paid.execute()) {
      const c = cellOf(d.project_id, d.source_id);
      c.disbursed += Number(d.amount) - Number(d.recovered);
      c.outstandingAdvances += Number(d.advances) - Number(d.recovered);
    }
  }
  return [...cells.values()];
}

/**
 * Net disbursement (advances + payments − recovered advances) of public
 * investment capital by plan year and period month (13 = January of the next
 * year), for the given plan years, counting payments dated by `at`.
 */
export async function monthlyDisbursed(
  q: Tx,
  opts: { provinceUnitId: number; years: readonly number[]; at: LocalDate },
): Promise<Map<number, Map<number, number>>> {
  const rows = await q
    .selectFrom('disbursements as d')
    .innerJoin('capital_sources as s', 's.id', 'd.source_id')
    .select((eb) => [
      'd.plan_year',
      'd.period_month',
      eb.fn.sum<number>('d.amount').as('amount'),
      eb.fn.sum<number>('d.recovered_advance').as('recovered'),
    ])
    .where('d.province_unit_id', '=', opts.provinceUnitId)
    .where('d.plan_year', 'in', [...opts.years])
    .where('d.paid_on', '<=', opts.at)
    .where('s.funding_kind', '=', 'investment')
    .groupBy(['d.plan_year', 'd.period_month'])
    .execute();
  const out = new Map<number, Map<number, number>>();
  for (const y of opts.years) out.set(y, new Map());
  for (const r of rows)
    out.get(r.plan_year)?.set(r.period_month, Number(r.amount) - Number(r.recovered));
  return out;
}

/**
 * The plan totals of public investment capital of a plan year as a function
 * of the date: lines count from their assignment, adjustments from their date.
 */
export async function planTimeline(
  q: Tx,
  opts: { provinceUnitId: number; year: number },
): Promise<PlanAt> {
  const assigned = await q
    .selectFrom('capital_plans as cp')
    .innerJoin('capital_sources as s', 's.id', 'cp.source_id')
    .select((eb) => [
      'cp.assigned_on as on',
      eb.fn.sum<number>('cp.pm_amount').as('pm'),
      eb.fn.sum<number>('cp.local_amount').as('local'),
    ])
    .where('cp.province_unit_id', '=', opts.provinceUnitId)
    .where('cp.plan_year', '=', opts.year)
    .where('s.funding_kind', '=', 'investment')
    .groupBy('cp.assigned_on')
    .execute();
  const adjusted = await q
    .selectFrom('capital_plan_adjustments as a')
    .innerJoin('capital_plans as cp', 'cp.id', 'a.plan_id')
    .innerJoin('capital_sources as s', 's.id', 'cp.source_id')
    .select((eb) => [
      'a.adjusted_on as on',
      eb.fn.sum<number>('a.pm_delta').as('pm'),
      eb.fn.sum<number>('a.local_delta').as('local'),
    ])
    .where('cp.province_unit_id', '=', opts.provinceUnitId)
    .where('cp.plan_year', '=', opts.year)
    .where('s.funding_kind', '=', 'investment')
    .groupBy('a.adjusted_on')
    .execute();
  const events = [...assigned, ...adjusted]
    .map((e) => ({ on: e.on, pm: Number(e.pm), local: Number(e.local) }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return (date) => {
    let pm = 0;
    let local = 0;
    for (const e of events) {
      if (e.on > date) break;
      pm += e.pm;
      local += e.local;
    }
    return { pm, local };
  };
}
