import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { actorStamp } from './indicator-access';
import type { MessageKind } from './tables';

/** Appends a message to an explanation thread, stamped with its author, role and time. */
export async function addExplanationMessage(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  m: { explanationId: number; kind: MessageKind; body: string },
): Promise<number> {
  const stamp = await actorStamp(tx, actor);
  const { id } = await tx
    .insertInto('indicator_explanation_messages')
    .values({
      explanation_id: m.explanationId,
      kind: m.kind,
      body: m.body,
      author_user_id: stamp.userId,
      author_name: stamp.name,
      author_role: stamp.role,
      at: ctx.clock.now().toISOString(),
      on_date: ctx.clock.today(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
