import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { loadRun, toRunView } from './evaluation-view';
import type { EvaluationRunView } from './http-schemas';

/** Input of showEvaluationRun. */
export const showEvaluationRunInput = z.object({ id: z.number().int().positive() }).strict();

/**
 * One stored evaluation run as it was computed: scores, explanations, ranks,
 * levels, heads and both lists, limited to the reader's scope.
 */
export async function showEvaluationRun(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof showEvaluationRunInput> },
): Promise<EvaluationRunView> {
  const data = parseInput(showEvaluationRunInput, input);
  return toRunView(await loadRun(ctx.db.q, data.id), { actor });
}
