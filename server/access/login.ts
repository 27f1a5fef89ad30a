import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { decoyHash, verifyPassword } from './passwords';
import { newSecret } from './tokens';
import { actorForUser } from './user-queries';
import type { UserActor } from '../platform/actor';

/** After this many consecutive failures the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** A session ends after this long without use. */
export const SESSION_IDLE_HOURS = 12;

export const loginInput = z
  .object({
    username: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(200),
  })
  .strict();

/** A new session: the cookie secret (shown once) and the CSRF token for writes. */
export interface LoginResult {
  actor: UserActor;
  sessionSecret: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Signs a user in with username and password (argon2). Failures count towards
 * a lockout (MAX_FAILED_LOGINS, then LOCK_MINUTES); every failure, lockout and
 * success is written to the audit trail. Unknown usernames cost the same time
 * as wrong passwords.
 */
export async function login(
  ctx: AppContext,
  { input, ip }: { input: z.input<typeof loginInput>; ip: string | null },
): Promise<LoginResult> {
  const data = parseInput(loginInput, input);
  const username = data.username.toLowerCase();
  const now = ctx.systemNow();
  const user = await ctx.db.q
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  const anonymous = { kind: 'anonymous' as const, name: username };
  if (!user) {
    await verifyPassword(await decoyHash(), data.password);
    await ctx.db.write((tx) =>
      recordAudit(tx, now, {
        actor: anonymous,
        action: 'auth.login_failed',
        outcome: 'refused',
        details: { reason: 'unknown user', ip },
      }),
    );
    throw new AppError('LOGIN_FAILED', { field: 'password' });
  }
  if (user.locked_until && user.locked_until > now.toISOString()) {
    await ctx.db.write((tx) =>
      recordAudit(tx, now, {
        actor: anonymous,
        action: 'auth.login_locked',
        outcome: 'refused',
        entity: 'user',
        entityId: user.id,
        details: { ip },
      }),
    );
    throw new AppError('ACCOUNT_LOCKED', {
      params: { minutes: minutesUntil(user.locked_until, now) },
    });
  }
  const ok = await verifyPassword(user.password_hash, data.password);
  if (!ok) {
    const failed = user.failed_logins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    const lockedUntil = lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    await ctx.db.write(async (tx) => {
      await tx
        .updateTable('users')
        .set({ failed_logins: lock ? 0 : failed, locked_until: lockedUntil })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(tx, now, {
        actor: anonymous,
        action: 'auth.login_failed',
        outcome: 'refused',
        entity: 'user',
        entityId: user.id,
        details: { attempt: failed, ip },
      });
      if (lock) {
        await recordAudit(tx, now, {
          actor: anonymous,
          action: 'auth.lockout',
          outcome: 'refused',
          entity: 'user',
          entityId: user.id,
          details: { until: lockedUntil },
        });
      }
    });
    if (lock) throw new AppError('ACCOUNT_LOCKED', { params: { minutes: LOCK_MINUTES } });
    throw new AppError('LOGIN_FAILED', { field: 'password' });
  }
  if (user.active !== 1) {
    await ctx.db.write((tx) =>
      recordAudit(tx, now, {
        actor: anonymous,
        action: 'auth.login_disabled',
        outcome: 'refused',
        entity: 'user',
        entityId: user.id,
        details: { ip },
      }),
    );
    throw new AppError('ACCOUNT_DISABLED');
  }
  const session = newSecret('s_');
  const csrf = newSecret('c_');
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_HOURS * 3_600_000);
  await ctx.db.write(async (tx) => {
    await tx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await tx
      .insertInto('sessions')
      .values({
        token_hash: session.hash,
        user_id: user.id,
        csrf_token: csrf.secret,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        ip,
      })
      .execute();
    const actor = await actorForUser(tx, user.id, 'session');
    if (!actor) throw new AppError('ACCOUNT_DISABLED');
    await recordAudit(tx, now, {
      actor,
      action: 'auth.login',
      entity: 'user',
      entityId: user.id,
      details: { ip },
    });
  });
  const actor = await actorForUser(ctx.db.q, user.id, 'session');
  if (!actor) throw new AppError('ACCOUNT_DISABLED');
  return { actor, sessionSecret: session.secret, csrfToken: csrf.secret, expiresAt };
}

function minutesUntil(iso: string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(iso).getTime() - now.getTime()) / 60_000));
}
