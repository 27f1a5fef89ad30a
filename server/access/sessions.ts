import type { AppContext } from '../platform/context';
import type { UserActor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { recordAudit } from '../audit/record-audit';
import { hashSecret } from './tokens';
import { actorForUser } from './user-queries';
import { SESSION_IDLE_HOURS } from './login';

/** An authenticated session: who, and the CSRF token its writes must carry. */
export interface SessionAuth {
  actor: UserActor;
  csrfToken: string;
  sessionId: number;
}

/**
 * Resolves a session cookie. Sessions slide: each use (at most once a minute)
 * pushes the idle expiry forward. An unknown cookie is UNAUTHENTICATED; an
 * expired one SESSION_EXPIRED (and is deleted).
 */
export async function authenticateSession(ctx: AppContext, secret: string): Promise<SessionAuth> {
  const now = ctx.systemNow();
  const row = await ctx.db.q
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  if (!row) throw new AppError('UNAUTHENTICATED');
  if (row.expires_at <= now.toISOString()) {
    await ctx.db.write((tx) => tx.deleteFrom('sessions').where('id', '=', row.id).execute());
    throw new AppError('SESSION_EXPIRED');
  }
  const actor = await actorForUser(ctx.db.q, row.user_id, 'session');
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await ctx.db.write((tx) =>
      tx
        .updateTable('sessions')
        .set({
          last_seen_at: now.toISOString(),
          expires_at: new Date(now.getTime() + SESSION_IDLE_HOURS * 3_600_000).toISOString(),
        })
        .where('id', '=', row.id)
        .execute(),
    );
  }
  return { actor, csrfToken: row.csrf_token, sessionId: row.id };
}

/** Ends a session (sign-out). */
export async function logout(ctx: AppContext, auth: SessionAuth): Promise<void> {
  await ctx.db.write(async (tx) => {
    await tx.deleteFrom('sessions').where('id', '=', auth.sessionId).execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor: auth.actor,
      action: 'auth.logout',
      entity: 'user',
      entityId: auth.actor.userId,
    });
  });
}

/** Resolves an API token (`Authorization: Bearer …`) to its user, limited to the token's scopes. */
export async function authenticateToken(ctx: AppContext, secret: string): Promise<UserActor> {
  const now = ctx.systemNow().toISOString();
  const row = await ctx.db.q
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now)) {
    throw new AppError('TOKEN_INVALID');
  }
  const actor = await actorForUser(
    ctx.db.q,
    row.user_id,
    'token',
    JSON.parse(row.scopes) as string[],
  );
  if (!actor) throw new AppError('TOKEN_INVALID');
  return actor;
}
