import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { chooseProvince } from '../indicators/indicator-access';
import { evaluationYearSchema } from './evaluation-weights';
import { toRunSummary } from './evaluation-view';
import type { EvaluationRunSummary } from './http-schemas';

/** Input of listEvaluationRuns. */
export const listEvaluationRunsInput = z
  .object({
    province: z.union([z.number().int().positive(), z.string().trim().min(1).max(60)]).optional(),
    year: evaluationYearSchema.optional(),
  })
  .strict();

/**
 * The evaluation runs of a province, newest first. Anyone with
 * `evaluation.read` whose scope lies in the province may list them; what a
 * run shows is limited to the reader's scope (showEvaluationRun).
 */
export async function listEvaluationRuns(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listEvaluationRunsInput> },
): Promise<EvaluationRunSummary[]> {
  const data = parseInput(listEvaluationRunsInput, input);
  const q = ctx.db.q;
  const province = await chooseProvince(q, actor, ctx.clock.today(), data.province);
  // A unit-scoped reader inside the province reads its own units' lines of every run.
  const inside = actor.kind === 'user' && actor.scopePath.startsWith(province.path);
  authorize(actor, 'evaluation.read', {
    unitPaths: inside ? [actor.scopePath] : [province.path],
  });
  let query = q
    .selectFrom('evaluation_runs as r')
    .innerJoin('units as p', 'p.id', 'r.province_unit_id')
    .select([
      'r.id',
      'r.province_unit_id',
      'r.year',
      'r.half',
      'r.period_from',
      'r.period_to',
      'r.rule_set',
      'r.unit_count',
      'r.created_by_user_id',
      'r.created_by_name',
      'r.created_at',
      'p.path as province_path',
    ])
    .where('r.province_unit_id', '=', province.id);
  if (data.year !== undefined) query = query.where('r.year', '=', data.year);
  const rows = await query.orderBy('r.id', 'desc').limit(200).execute();
  return rows.map((r) => toRunSummary(r, province));
}
