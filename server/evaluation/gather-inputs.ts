/**
 * The queries behind an evaluation: for each unit evaluated (sở, ban, ngành
 * and UBND cấp huyện of the province existing at the end of the period) its
 * head, the tasks it led that were active in the period with their status at
 * its end, the urgings it received in the period, the budget-revenue figures
 * and targets it answers for, its disbursement as investor and its periodic
 * reports due in the period; for the province the disbursement total, target
 * and average. Reads the other areas' own queries; writes nothing.
 */
import { sql } from 'kysely';
import type { AppContext } from '../platform/context';
import type { Tx } from '../platform/db/database';
import { SYSTEM_ACTOR } from '../platform/actor';
import { getSetting } from '../platform/settings';
import { listUnitsOn, type UnitRow } from '../organisation/unit-queries';
import { listPositionsOn } from '../organisation/people';
import { completionSql, statusSql } from '../tasks/status-sql';
import { countedTask } from '../tasks/task-scope';
import { statusOptions } from '../tasks/task-context';
import { URGING_KINDS, type UrgingKind } from '../tasks/tables';
import { loadIndicatorFigures } from '../indicators/indicator-data';
import { yearFigures } from '../investment/disbursement-aggregates';
import { loadDisbursementTarget } from '../investment/set-disbursement-target';
import { loadSourceTree } from '../investment/source-tree';
import { planOn, rateOn } from '../investment/rollup-rules';
import { unitReportingTimeliness } from '../periodic-reports/reporting-timeliness';
import { TASK_STATUSES, type TaskStatus } from '../../shared/tasks/status';
import type { PeriodRef } from '../../shared/periods/periods';
import type {
  EvaluationInputs,
  EvaluationPeriod,
  RevenueLine,
  TargetLine,
  TaskCounts,
  UnitDisbursement,
  UnitHead,
  UnitInputs,
  UnitReportingTimeliness,
} from './evaluation-model';

/** Kinds of unit the province evaluates: sở, ban, ngành and the district-level committees. */
export const EVALUATED_KINDS = ['agency', 'district_committee'] as const;

/** A ratio stored in JSON: lower-is-better figures at 0 give an infinite ratio. */
const finite = (r: number) => (Number.isFinite(r) ? r : 1000);

async function unitsOf(q: Tx, province: UnitRow, at: string): Promise<UnitRow[]> {
  return listUnitsOn(q, { asOf: at, underPath: province.path, kinds: EVALUATED_KINDS });
}

async function headsOf(
  q: Tx,
  ids: ReadonlySet<number>,
  at: string,
): Promise<Map<number, UnitHead>> {
  const heads = new Map<number, UnitHead>();
  for (const p of await listPositionsOn(q, { asOf: at }))
    if (p.rank === 'head' && ids.has(p.unitId) && !heads.has(p.unitId))
      heads.set(p.unitId, { personId: p.personId, fullName: p.fullName, title: p.title });
  return heads;
}

/**
 * VPCP counts at `to` of the tasks each unit leads that were active in the
 * period: assigned by its end and not completed before its start.
 */
async function taskCounts(
  q: Tx,
  ids: readonly number[],
  period: EvaluationPeriod,
): Promise<Map<number, TaskCounts>> {
  const out = new Map<number, TaskCounts>();
  if (ids.length === 0) return out;
  const { rule } = await statusOptions(q);
  const status = statusSql(period.to, rule, 'tasks');
  const completion = completionSql(period.to, 'tasks');
  const rows = await q
    .selectFrom('tasks')
    .select(['tasks.lead_unit_id', status.as('s'), (eb) => eb.fn.countAll<number>().as('n')])
    .where(countedTask())
    .where('tasks.assigned_on', '<=', period.to)
    .where('tasks.lead_unit_id', 'in', ids)
    .where((eb) => eb.or([eb(completion, 'is', null), eb(completion, '>=', period.from)]))
    // Group by output position: PostgreSQL cannot match parameterised expressions across clauses.
    .groupBy([sql`1`, sql`2`])
    .execute();
  for (const r of rows) {
    const unit = r.lead_unit_id;
    const c = out.get(unit) ?? {
      HT_DUNG_HAN: 0,
      HT_QUA_HAN: 0,
      CHT_TRONG_HAN: 0,
      CHT_QUA_HAN: 0,
      KHONG_THOI_HAN: 0,
      total: 0,
    };
    if ((TASK_STATUSES as readonly string[]).includes(r.s)) c[r.s as TaskStatus] += Number(r.n);
    c.total += Number(r.n);
    out.set(unit, c);
  }
  return out;
}

/** Urgings sent to each unit (on any of its assignments) in the period, by kind. */
async function urgingCounts(
  q: Tx,
  ids: readonly number[],
  period: EvaluationPeriod,
): Promise<Map<number, Record<UrgingKind, number>>> {
  const out = new Map<number, Record<UrgingKind, number>>();
  if (ids.length === 0) return out;
  const rows = await q
    .selectFrom('task_urgings as g')
    .innerJoin('task_assignments as a', 'a.id', 'g.assignment_id')
    .select(['a.unit_id', 'g.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('a.unit_id', 'in', ids)
    .where('g.sent_on', '>=', period.from)
    .where('g.sent_on', '<=', period.to)
    .groupBy(['a.unit_id', 'g.kind'])
    .execute();
  for (const r of rows) {
    const c = out.get(r.unit_id) ?? { nhac_nho: 0, phe_binh: 0, kiem_diem: 0 };
    if ((URGING_KINDS as readonly string[]).includes(r.kind)) c[r.kind] += Number(r.n);
    out.set(r.unit_id, c);
  }
  return out;
}

/** Province-wide indicator figures at the period, grouped by owner unit. */
async function indicatorLines(
  q: Tx,
  province: UnitRow,
  report: PeriodRef,
): Promise<{ revenue: Map<number, RevenueLine[]>; targets: Map<number, TargetLine[]> }> {
  const figures = await loadIndicatorFigures(q, {
    provinceId: province.id,
    subjectId: province.id,
    subjectPath: null,
    report,
    thresholds: await getSetting(q, 'indicatorColourThresholds'),
    actor: SYSTEM_ACTOR,
  });
  const ownerOf = new Map(figures.map((f) => [f.indicator.id, f.indicator.owner_unit_id]));
  const revenue = new Map<number, RevenueLine[]>();
  const targets = new Map<number, TargetLine[]>();
  const push = <T>(m: Map<number, T[]>, k: number, v: T) => m.set(k, [...(m.get(k) ?? []), v]);
  for (const { indicator: ind, figures: f } of figures) {
    if (f.ratio !== null)
      push(targets, ind.owner_unit_id, {
        code: ind.code,
        name: ind.name_vi,
        ratio: finite(f.ratio),
      });
    // Revenue: the unit's top figures only (a part is already in its parent's total).
    const parentOwner = ind.parent_id === null ? undefined : ownerOf.get(ind.parent_id);
    if (
      ind.category === 'budget_revenue' &&
      parentOwner !== ind.owner_unit_id &&
      f.cumulative !== null &&
      f.target !== null &&
      f.proratedTarget !== null &&
      f.proratedTarget > 0 &&
      f.expectedShare !== null
    )
      push(revenue, ind.owner_unit_id, {
        code: ind.code,
        name: ind.name_vi,
        unitOfMeasure: ind.unit_of_measure,
        actual: f.cumulative,
        estimate: f.target,
        estimateKind: ind.colour_target,
        expectedShare: f.expectedShare,
        proratedEstimate: f.proratedTarget,
      });
  }
  return { revenue, targets };
}

/** Disbursement by investor and for the province at the end of the period. */
async function disbursement(q: Tx, province: UnitRow, period: EvaluationPeriod) {
  const target = await loadDisbursementTarget(q, province.id, period.year);
  const tree = await loadSourceTree(q, province.id);
  const f = await yearFigures(q, {
    provinceUnitId: province.id,
    year: period.year,
    at: period.to,
    basis: target.basis,
    tree,
  });
  const byInvestor = new Map<number, UnitDisbursement>();
  for (const r of f.investors) {
    const plan = planOn(r, target.basis);
    const rate = rateOn(r, target.basis);
    if (plan > 0 && rate !== null)
      byInvestor.set(r.investor.id, { plan, disbursed: r.disbursed, rate, projects: r.projects });
  }
  return {
    byInvestor,
    province: {
      basis: target.basis,
      targetRate: target.rate,
      targetRecorded: target.recorded,
      plan: planOn(f.total, target.basis),
      disbursed: f.total.disbursed,
      average: rateOn(f.total, target.basis),
      monthsElapsed: Number(period.to.slice(5, 7)),
    },
  };
}

/** Periodic reports due in the period, per unit, judged at its end (none due: absent). */
async function reportingOf(
  ctx: AppContext,
  period: EvaluationPeriod,
): Promise<Map<number, UnitReportingTimeliness>> {
  const byUnit = await unitReportingTimeliness(ctx, {
    from: period.from,
    to: period.to,
    asOf: period.to,
  });
  const out = new Map<number, UnitReportingTimeliness>();
  for (const [id, f] of Object.entries(byUnit))
    if (f.due > 0)
      out.set(Number(id), { due: f.due, onTime: f.onTime, late: f.late, missing: f.missing });
  return out;
}

/** Gathers the inputs of an evaluation of a province for a period. */
export async function gatherEvaluationInputs(
  ctx: AppContext,
  opts: { province: UnitRow; period: EvaluationPeriod; report: PeriodRef },
): Promise<EvaluationInputs> {
  const q = ctx.db.q;
  const { province, period } = opts;
  const units = await unitsOf(q, province, period.to);
  const ids = units.map((u) => u.id);
  const heads = await headsOf(q, new Set(ids), period.to);
  const tasks = await taskCounts(q, ids, period);
  const urgings = await urgingCounts(q, ids, period);
  const { revenue, targets } = await indicatorLines(q, province, opts.report);
  const money = await disbursement(q, province, period);
  const reporting = await reportingOf(ctx, period);
  const unitInputs: UnitInputs[] = units.map((u) => ({
    unit: { id: u.id, code: u.code, name: u.name, kind: u.kind, path: u.path },
    head: heads.get(u.id) ?? null,
    tasks: tasks.get(u.id) ?? null,
    urgings: urgings.get(u.id) ?? { nhac_nho: 0, phe_binh: 0, kiem_diem: 0 },
    revenue: revenue.get(u.id) ?? [],
    disbursement: money.byInvestor.get(u.id) ?? null,
    targets: targets.get(u.id) ?? [],
    reportingTimeliness: reporting.get(u.id) ?? null,
  }));
  return {
    province: {
      province: { id: province.id, code: province.code, name: province.name },
      period,
      disbursement: money.province,
    },
    units: unitInputs,
  };
}
