/** The in-app inbox (hộp thông báo): a user reads and clears only their own notifications. */
import type { AppContext } from '../platform/context';
import type { UserActor } from '../platform/actor';
import { AppError } from '../platform/errors';

/** A notification as the API shows it. */
export interface NotificationView {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** The newest notifications of the actor (before `beforeId` for the next page) and the unread count. */
export async function listMyNotifications(
  ctx: AppContext,
  {
    actor,
    limit = 50,
    beforeId,
    unreadOnly = false,
  }: { actor: UserActor; limit?: number; beforeId?: number; unreadOnly?: boolean },
): Promise<{ items: NotificationView[]; unreadCount: number }> {
  const q = ctx.db.q;
  const rows = await q
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', actor.userId)
    .$if(beforeId !== undefined, (qb) => qb.where('id', '<', beforeId ?? 0))
    .$if(unreadOnly, (qb) => qb.where('read_at', 'is', null))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const unread = await q
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
    unreadCount: Number(unread.n),
  };
}

/**
 * Marks one of the actor's notifications read (again: keeps the first time),
 * or unread with `read: false`. Another user's notification is NOT_FOUND, not
 * FORBIDDEN: its existence is not told.
 */
export async function markNotificationRead(
  ctx: AppContext,
  { actor, id, read = true }: { actor: UserActor; id: number; read?: boolean },
): Promise<void> {
  await ctx.db.write(async (tx) => {
    const row = await tx
      .selectFrom('notifications')
      .select(['id', 'read_at'])
      .where('id', '=', id)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', { params: { entity: 'thông báo', id } });
    if ((row.read_at === null) === read)
      await tx
        .updateTable('notifications')
        .set({ read_at: read ? ctx.systemNow().toISOString() : null })
        .where('id', '=', id)
        .execute();
  });
}

/**
 * Marks every unread notification of the actor read, or only those up to
 * `upToId` (the newest the person has seen: one arriving meanwhile stays
 * unread); returns how many.
 */
export async function markAllNotificationsRead(
  ctx: AppContext,
  { actor, upToId }: { actor: UserActor; upToId?: number },
): Promise<{ updated: number }> {
  const result = await ctx.db.write((tx) =>
    tx
      .updateTable('notifications')
      .set({ read_at: ctx.systemNow().toISOString() })
      .where('user_id', '=', actor.userId)
      .where('read_at', 'is', null)
      .$if(upToId !== undefined, (qb) => qb.where('id', '<=', upToId ?? 0))
      .executeTakeFirst(),
  );
  return { updated: Number(result.numUpdatedRows) };
}
