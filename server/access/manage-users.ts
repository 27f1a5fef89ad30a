import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput, textSchema } from '../platform/validation';
import { checkVersion } from '../platform/versioning';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { authorize } from './policy';
import {
  generatePassword,
  hashPassword,
  isAcceptablePassword,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from './passwords';
import { ROLES } from './tables';
import { getUser, type UserView } from './user-queries';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(200)]);

export const createUserInput = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^[a-z0-9][a-z0-9._-]{1,49}$/,
        'chỉ gồm chữ không dấu, số, ".", "_", "-" (2–50 ký tự)',
      ),
    fullName: textSchema(120),
    role: z.enum(ROLES),
    /** The user's own unit. */
    unit: unitRef.nullish(),
    /** Root of the subtree the role applies to; defaults to the unit. */
    scope: unitRef.nullish(),
    personId: z.number().int().positive().nullish(),
    /** Generated (and returned once) when omitted. */
    password: z.string().max(200).optional(),
  })
  .strict();

/** Creates a user; returns the user and, when generated, the initial password (shown once). */
export async function createUser(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createUserInput> },
): Promise<{ user: UserView; password: string }> {
  const data = parseInput(createUserInput, input);
  const password = data.password ?? generatePassword();
  if (!isAcceptablePassword(password)) {
    throw new AppError('PASSWORD_WEAK', {
      field: 'password',
      params: { min: MIN_PASSWORD_LENGTH },
    });
  }
  const today = ctx.clock.today();
  const passwordHash = await hashPassword(password);
  const id = await ctx.db.write(async (tx) => {
    const unit = data.unit
      ? await resolveUnit(tx, data.unit, { asOf: today, field: 'unit' })
      : null;
    const scope = data.scope
      ? await resolveUnit(tx, data.scope, { asOf: today, field: 'scope' })
      : unit;
    if (!scope) throw new AppError('FIELD_REQUIRED', { field: 'scope' });
    authorize(actor, 'user.manage', { unitPaths: [scope.path] });
    const taken = await tx
      .selectFrom('users')
      .select('id')
      .where('username', '=', data.username)
      .executeTakeFirst();
    if (taken)
      throw new AppError('USERNAME_TAKEN', {
        field: 'username',
        params: { username: data.username },
      });
    const now = ctx.systemNow().toISOString();
    const { id } = await tx
      .insertInto('users')
      .values({
        username: data.username,
        full_name: data.fullName,
        password_hash: passwordHash,
        role: data.role,
        unit_id: unit?.id ?? null,
        scope_unit_id: scope.id,
        person_id: data.personId ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'user.create',
      entity: 'user',
      entityId: id,
      after: {
        username: data.username,
        role: data.role,
        unitId: unit?.id ?? null,
        scopeUnitId: scope.id,
      },
    });
    return id;
  });
  const user = await getUser(ctx.db.q, id, { asOf: today, now: ctx.systemNow() });
  if (!user) throw new Error('user vanished');
  return { user, password };
}

export const updateUserInput = z
  .object({
    userId: z.number().int().positive(),
    role: z.enum(ROLES).optional(),
    unit: unitRef.nullish(),
    scope: unitRef.optional(),
    fullName: textSchema(120).optional(),
    active: z.boolean().optional(),
    version: z.number().int().positive().optional(),
  })
  .strict();

/** Changes a user's role, unit, scope, name or active flag (admin). */
export async function updateUser(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof updateUserInput> },
): Promise<UserView> {
  const data = parseInput(updateUserInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const row = await tx
      .selectFrom('users as u')
      .innerJoin('units as s', 's.id', 'u.scope_unit_id')
      .selectAll('u')
      .select('s.path as scope_path')
      .where('u.id', '=', data.userId)
      .executeTakeFirst();
    if (!row)
      throw new AppError('NOT_FOUND', {
        field: 'userId',
        params: { entity: 'người dùng', id: data.userId },
      });
    authorize(actor, 'user.manage', { unitPaths: [row.scope_path] });
    checkVersion(row.version, data.version);
    const unit =
      data.unit === undefined
        ? undefined
        : data.unit === null
          ? null
          : await resolveUnit(tx, data.unit, { asOf: today, field: 'unit' });
    const scope =
      data.scope === undefined
        ? undefined
        : await resolveUnit(tx, data.scope, { asOf: today, field: 'scope' });
    if (scope) authorize(actor, 'user.manage', { unitPaths: [scope.path] });
    const before = {
      role: row.role,
      unitId: row.unit_id,
      scopeUnitId: row.scope_unit_id,
      active: row.active === 1,
      fullName: row.full_name,
    };
    const after = {
      role: data.role ?? row.role,
      unitId: unit === undefined ? row.unit_id : (unit?.id ?? null),
      scopeUnitId: scope?.id ?? row.scope_unit_id,
      active: data.active ?? row.active === 1,
      fullName: data.fullName ?? row.full_name,
    };
    await tx
      .updateTable('users')
      .set({
        role: after.role,
        unit_id: after.unitId,
        scope_unit_id: after.scopeUnitId,
        active: after.active ? 1 : 0,
        full_name: after.fullName,
        version: row.version + 1,
        updated_at: ctx.systemNow().toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    if (!after.active || after.role !== before.role || after.scopeUnitId !== before.scopeUnitId) {
      // A changed role or scope takes effect at once: existing sessions end.
      await tx.deleteFrom('sessions').where('user_id', '=', row.id).execute();
    }
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'user.update',
      entity: 'user',
      entityId: row.id,
      before,
      after,
    });
  });
  const user = await getUser(ctx.db.q, data.userId, { asOf: today, now: ctx.systemNow() });
  if (!user) throw new Error('user vanished');
  return user;
}

/** Sets a new generated password (admin); returns it once. Ends the user's sessions and lifts a lockout. */
export async function resetPassword(
  ctx: AppContext,
  { actor, userId, password }: { actor: Actor; userId: number; password?: string },
): Promise<{ password: string }> {
  const newPassword = password ?? generatePassword();
  if (!isAcceptablePassword(newPassword)) {
    throw new AppError('PASSWORD_WEAK', {
      field: 'password',
      params: { min: MIN_PASSWORD_LENGTH },
    });
  }
  const hash = await hashPassword(newPassword);
  await ctx.db.write(async (tx) => {
    const row = await tx
      .selectFrom('users as u')
      .innerJoin('units as s', 's.id', 'u.scope_unit_id')
      .select(['u.id', 'u.version', 's.path'])
      .where('u.id', '=', userId)
      .executeTakeFirst();
    if (!row)
      throw new AppError('NOT_FOUND', {
        field: 'userId',
        params: { entity: 'người dùng', id: userId },
      });
    authorize(actor, 'user.manage', { unitPaths: [row.path] });
    await tx
      .updateTable('users')
      .set({
        password_hash: hash,
        failed_logins: 0,
        locked_until: null,
        version: row.version + 1,
        updated_at: ctx.systemNow().toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await tx.deleteFrom('sessions').where('user_id', '=', row.id).execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'user.reset_password',
      entity: 'user',
      entityId: row.id,
    });
  });
  return { password: newPassword };
}

export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) })
  .strict();

/** A signed-in user changes their own password (the current one is checked); other sessions end. */
export async function changePassword(
  ctx: AppContext,
  {
    actor,
    input,
    keepSessionId,
  }: { actor: Actor; input: z.input<typeof changePasswordInput>; keepSessionId?: number },
): Promise<void> {
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  const data = parseInput(changePasswordInput, input);
  const row = await ctx.db.q
    .selectFrom('users')
    .select(['password_hash', 'version'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, data.currentPassword))) {
    throw new AppError('LOGIN_FAILED', { field: 'currentPassword' });
  }
  if (!isAcceptablePassword(data.newPassword)) {
    throw new AppError('PASSWORD_WEAK', {
      field: 'newPassword',
      params: { min: MIN_PASSWORD_LENGTH },
    });
  }
  const hash = await hashPassword(data.newPassword);
  await ctx.db.write(async (tx) => {
    await tx
      .updateTable('users')
      .set({
        password_hash: hash,
        version: row.version + 1,
        updated_at: ctx.systemNow().toISOString(),
      })
      .where('id', '=', actor.userId)
      .execute();
    let del = tx.deleteFrom('sessions').where('user_id', '=', actor.userId);
    if (keepSessionId !== undefined) del = del.where('id', '!=', keepSessionId);
    await del.execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'user.change_password',
      entity: 'user',
      entityId: actor.userId,
    });
  });
}
