import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { actorLabel } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { chooseProvince } from '../indicators/indicator-access';
import { evaluationYearSchema, loadWeights } from './evaluation-weights';
import { evaluationPeriod } from './evaluation-period';
import { gatherEvaluationInputs } from './gather-inputs';
import { loadListThresholds } from './list-thresholds';
import { ruleSetFor } from './rule-sets';
import { scoreEvaluation } from './score-evaluation';
import { loadRun, toRunView } from './evaluation-view';
import type { EvaluationRunView } from './http-schemas';

/** Input of runEvaluation. */
export const runEvaluationInput = z
  .object({
    /** The province (id or code); by default the actor's, else the default province. */
    province: z.union([z.number().int().positive(), z.string().trim().min(1).max(60)]).optional(),
    year: evaluationYearSchema,
    /** 1 or 2 for a half-year; absent for the whole year. */
    half: z.union([z.literal(1), z.literal(2)]).nullish(),
  })
  .strict();

/**
 * Evaluates the province's units and their heads for an ended period with the
 * rule set, weights and list thresholds of its year: gathers the inputs from the data, scores,
 * ranks and rates them, draws the commendation and criticism lists, and
 * stores the run (inputs and result) so the published ranking is reproducible.
 */
export async function runEvaluation(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof runEvaluationInput> },
): Promise<EvaluationRunView> {
  const data = parseInput(runEvaluationInput, input);
  const q = ctx.db.q;
  const today = ctx.clock.today();
  const province = await chooseProvince(q, actor, today, data.province);
  authorize(actor, 'evaluation.run', { unitPaths: [province.path] });
  const { period, report } = evaluationPeriod(data.year, data.half ?? null);
  if (period.to >= today)
    throw new AppError('EVALUATION_PERIOD_NOT_ENDED', {
      field: data.half ? 'half' : 'year',
      params: { period: period.label, to: period.to, today },
    });
  const ruleSet = ruleSetFor(data.year);
  if (!ruleSet)
    throw new AppError('FIELD_INVALID', {
      field: 'year',
      params: { reason: 'không có bộ tiêu chí cho năm này' },
    });
  const { weights } = await loadWeights(q, data.year, ruleSet);
  const { thresholds: listThresholds } = await loadListThresholds(q, data.year, ruleSet);
  const inputs = await gatherEvaluationInputs(ctx, { province, period, report });
  const result = scoreEvaluation({ ruleSet, weights, inputs, listThresholds });
  const id = await ctx.db.write(async (tx) => {
    const now = ctx.systemNow().toISOString();
    const row = await tx
      .insertInto('evaluation_runs')
      .values({
        province_unit_id: province.id,
        year: period.year,
        half: period.half,
        period_from: period.from,
        period_to: period.to,
        rule_set: ruleSet.key,
        weights: JSON.stringify(weights),
        inputs: JSON.stringify(inputs),
        result: JSON.stringify(result),
        unit_count: inputs.units.length,
        created_by_user_id: actor.kind === 'user' ? actor.userId : null,
        created_by_name: actorLabel(actor),
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'evaluation.run',
      entity: 'evaluation_run',
      entityId: row.id,
      after: {
        province: province.code,
        period: period.label,
        ruleSet: ruleSet.key,
        weights,
        listThresholds,
        units: inputs.units.length,
        commendations: result.commendations.length,
        criticisms: result.criticisms.length,
      },
    });
    return row.id;
  });
  return toRunView(await loadRun(q, id), { actor });
}
