/**
 * Shaping stored runs for output: the run's result with each unit's raw
 * inputs beside its scorecard, limited to what the reader may see. Readers
 * with the province in scope see everything; a unit's own staff see their
 * unit's lines (its rank among all) and nothing of the other units.
 */
import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { authorize, can } from '../access/policy';
import type { EvaluationInputs, EvaluationResult } from './evaluation-model';
import type { EvaluationRunView, EvaluationRunSummary } from './http-schemas';
import type { EvaluationRunsTable } from './tables';
import { evaluationPeriod } from './evaluation-period';
import { ruleSetByKey } from './rule-sets';

/** A stored run with its province's path. */
export type RunRow = Selectable<EvaluationRunsTable> & { province_path: string };

/** Loads a run; NOT_FOUND naming `field` when there is none. */
export async function loadRun(q: Tx, id: number, field = 'id'): Promise<RunRow> {
  const row = await q
    .selectFrom('evaluation_runs as r')
    .innerJoin('units as p', 'p.id', 'r.province_unit_id')
    .selectAll('r')
    .select(['p.path as province_path'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { field, params: { entity: 'lượt đánh giá', id } });
  return row;
}

/**
 * The run as `actor` may see it. Authorizes `evaluation.read` on the province
 * or on any unit of the run; FORBIDDEN otherwise.
 */
export function toRunView(row: RunRow, { actor }: { actor: Actor }): EvaluationRunView {
  const inputs = JSON.parse(row.inputs) as EvaluationInputs;
  const result = JSON.parse(row.result) as EvaluationResult;
  authorize(actor, 'evaluation.read', {
    unitPaths: [row.province_path, ...inputs.units.map((u) => u.unit.path)],
  });
  const whole = can(actor, 'evaluation.read', { unitPaths: [row.province_path] });
  const visible = new Set(
    inputs.units
      .filter((u) => whole || can(actor, 'evaluation.read', { unitPaths: [u.unit.path] }))
      .map((u) => u.unit.id),
  );
  const inputOf = new Map(inputs.units.map((u) => [u.unit.id, u]));
  const seen = <T extends { unit: { id: number } }>(xs: readonly T[]) =>
    xs.filter((x) => visible.has(x.unit.id));
  const ref = (u: { id: number; code: string; name: string }) => ({
    id: u.id,
    code: u.code,
    name: u.name,
  });
  return {
    id: row.id,
    province: inputs.province.province,
    period: result.period,
    ruleSet: result.ruleSet,
    weights: result.weights,
    listThresholds: result.listThresholds ?? ruleSetByKey(row.rule_set)?.lists ?? null,
    createdAt: row.created_at,
    createdBy: row.created_by_name,
    unitCount: row.unit_count,
    scopedToUnits: !whole,
    disbursement: inputs.province.disbursement,
    units: seen(result.units).map((r) => {
      const u = inputOf.get(r.unit.id);
      return {
        unit: { ...ref(r.unit), kind: r.unit.kind },
        head: u?.head ?? null,
        score: r.score,
        rank: r.rank,
        level: r.level,
        summary: r.summary,
        lines: r.lines,
        inputs: {
          tasks: u?.tasks ?? null,
          urgings: u?.urgings ?? { nhac_nho: 0, phe_binh: 0, kiem_diem: 0 },
          revenue: u?.revenue ?? [],
          disbursement: u?.disbursement ?? null,
          targets: u?.targets ?? [],
          reportingTimeliness: u?.reportingTimeliness ?? null,
        },
      };
    }),
    heads: seen(result.heads).map((h) => ({ ...h, unit: ref(h.unit) })),
    commendations: seen(result.commendations).map((e) => ({ ...e, unit: ref(e.unit) })),
    criticisms: seen(result.criticisms).map((e) => ({ ...e, unit: ref(e.unit) })),
    notes: result.notes,
  };
}

/** A run in a listing (the caller has checked the reader may see the province's runs). */
export function toRunSummary(
  row: Omit<RunRow, 'inputs' | 'result' | 'weights'>,
  province: { id: number; code: string; name: string },
): EvaluationRunSummary {
  return {
    id: row.id,
    province: { id: province.id, code: province.code, name: province.name },
    period: evaluationPeriod(row.year, row.half).period,
    ruleSet: row.rule_set,
    createdAt: row.created_at,
    createdBy: row.created_by_name,
    unitCount: row.unit_count,
  };
}
