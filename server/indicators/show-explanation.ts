import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { explanationView, loadExplanationFor, type ExplanationView } from './explanation-view';

/** One explanation request with its whole thread. */
export async function showExplanation(
  ctx: AppContext,
  { actor, explanationId }: { actor: Actor; explanationId: number },
): Promise<ExplanationView> {
  await loadExplanationFor(ctx.db.q, actor, explanationId, 'indicator.read');
  return explanationView(ctx.db.q, explanationId, ctx.clock.today());
}
