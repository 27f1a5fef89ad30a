import type { AppContext } from '../../platform/context';
import { markSent, type ClaimedMessage } from '../outbox';

/**
 * Delivers a message to the user's in-app inbox. The notification and the
 * "sent" mark are written in one transaction, and the notification's
 * `source_key` is unique: the inbox gets each message exactly once, crash or
 * not. Returns false when the claim had been taken over (nothing written).
 */
export async function deliverToInbox(
  ctx: AppContext,
  message: ClaimedMessage,
  holder: string,
): Promise<boolean> {
  if (message.userId === null) throw new Error(`inbox message ${message.key} has no user`);
  const userId = message.userId;
  const now = ctx.systemNow();
  return ctx.db.write(async (tx) => {
    if (!(await markSent(tx, { id: message.id, holder, now }))) return false;
    await tx
      .insertInto('notifications')
      .values({
        user_id: userId,
        kind: message.kind,
        title: message.payload.title,
        body: message.payload.body,
        link: message.payload.link,
        source_key: message.key,
        created_at: now.toISOString(),
        read_at: null,
      })
      .onConflict((oc) => oc.column('source_key').doNothing())
      .execute();
    return true;
  });
}
