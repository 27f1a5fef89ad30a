import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput, textSchema } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { authorize, ACTIONS, tokenScopeFor } from './policy';
import { newSecret } from './tokens';

/** Every scope a token can carry (`documents:read`, `documents:write`, …). */
export const TOKEN_SCOPES = [...new Set(ACTIONS.map(tokenScopeFor))].sort();

export const createApiTokenInput = z
  .object({
    name: textSchema(100),
    userId: z.number().int().positive(),
    scopes: z.array(z.enum(TOKEN_SCOPES as [string, ...string[]])).min(1),
    expiresAt: z.string().datetime({ offset: true }).nullish(),
  })
  .strict();

/**
 * Creates an API token for a machine feed (a finance system pushing revenue
 * figures): it acts as the given user, limited to its scopes. The secret is
 * returned once; only its hash is stored.
 */
export async function createApiToken(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createApiTokenInput> },
): Promise<{ id: number; token: string }> {
  const data = parseInput(createApiTokenInput, input);
  const secret = newSecret('dh_');
  const id = await ctx.db.write(async (tx) => {
    const user = await tx
      .selectFrom('users as u')
      .innerJoin('units as s', 's.id', 'u.scope_unit_id')
      .select(['u.id', 's.path'])
      .where('u.id', '=', data.userId)
      .executeTakeFirst();
    if (!user)
      throw new AppError('NOT_FOUND', {
        field: 'userId',
        params: { entity: 'người dùng', id: data.userId },
      });
    // The token acts as that user: only an administrator of the user's subtree may create it.
    authorize(actor, 'token.manage', { unitPaths: [user.path] });
    const { id } = await tx
      .insertInto('api_tokens')
      .values({
        name: data.name,
        token_hash: secret.hash,
        user_id: data.userId,
        scopes: JSON.stringify(data.scopes),
        created_at: ctx.systemNow().toISOString(),
        expires_at: data.expiresAt ? new Date(data.expiresAt).toISOString() : null,
        revoked_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'token.create',
      entity: 'api_token',
      entityId: id,
      after: { name: data.name, userId: data.userId, scopes: data.scopes },
    });
    return id;
  });
  return { id, token: secret.secret };
}

/** Revokes an API token. */
export async function revokeApiToken(
  ctx: AppContext,
  { actor, tokenId }: { actor: Actor; tokenId: number },
): Promise<void> {
  await ctx.db.write(async (tx) => {
    const token = await tx
      .selectFrom('api_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .innerJoin('units as s', 's.id', 'u.scope_unit_id')
      .select(['t.id', 's.path'])
      .where('t.id', '=', tokenId)
      .executeTakeFirst();
    if (!token) throw new AppError('NOT_FOUND', { params: { entity: 'mã truy cập', id: tokenId } });
    authorize(actor, 'token.manage', { unitPaths: [token.path] });
    const r = await tx
      .updateTable('api_tokens')
      .set({ revoked_at: ctx.systemNow().toISOString() })
      .where('id', '=', tokenId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0)
      throw new AppError('NOT_FOUND', { params: { entity: 'mã truy cập', id: tokenId } });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'token.revoke',
      entity: 'api_token',
      entityId: tokenId,
    });
  });
}
