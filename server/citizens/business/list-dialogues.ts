import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { localDateSchema, parseInput } from '../../platform/validation';
import { authorize, scopePathOf } from '../../access/policy';
import { toDialogueViews, type DialogueView } from './dialogue-view';

/** Input of listDialogues. */
export const listDialoguesInput = z
  .object({ from: localDateSchema.optional(), to: localDateSchema.optional() })
  .strict();

/** Dialogue meetings of the committees in the caller's scope, newest first. */
export async function listDialogues(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listDialoguesInput> },
): Promise<DialogueView[]> {
  const data = parseInput(listDialoguesInput, input);
  authorize(actor, 'business_feedback.read');
  let query = ctx.db.q
    .selectFrom('business_dialogues as d')
    .innerJoin('units as c', 'c.id', 'd.committee_unit_id')
    .select('d.id');
  const scope = scopePathOf(actor);
  if (scope !== undefined) query = query.where('c.path', 'like', `${scope}%`);
  if (data.from) query = query.where('d.held_on', '>=', data.from);
  if (data.to) query = query.where('d.held_on', '<=', data.to);
  const ids = (await query.execute()).map((r) => r.id);
  return toDialogueViews(ctx.db.q, ids, ctx.clock.today());
}
