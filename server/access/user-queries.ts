import type { Tx } from '../platform/db/database';
import type { UserActor } from '../platform/actor';
import type { Role } from './tables';

/** A user as the API shows it (never the password hash). */
export interface UserView {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  scopeUnitId: number;
  scopeUnitName: string | null;
  personId: number | null;
  active: boolean;
  locked: boolean;
  version: number;
}

function baseQuery(q: Tx, asOf: string) {
  return q
    .selectFrom('users as u')
    .innerJoin('units as s', 's.id', 'u.scope_unit_id')
    .leftJoin('unit_names as sn', (j) =>
      j
        .onRef('sn.unit_id', '=', 'u.scope_unit_id')
        .on('sn.valid_from', '<=', asOf)
        .on((eb) => eb.or([eb('sn.valid_to', 'is', null), eb('sn.valid_to', '>=', asOf)])),
    )
    .leftJoin('unit_names as un', (j) =>
      j
        .onRef('un.unit_id', '=', 'u.unit_id')
        .on('un.valid_from', '<=', asOf)
        .on((eb) => eb.or([eb('un.valid_to', 'is', null), eb('un.valid_to', '>=', asOf)])),
    )
    .select([
      'u.id',
      'u.username',
      'u.full_name',
      'u.role',
      'u.unit_id',
      'un.short_name as unit_name',
      'u.scope_unit_id',
      'sn.short_name as scope_unit_name',
      's.path as scope_path',
      'u.person_id',
      'u.active',
      'u.locked_until',
      'u.version',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toView(r: Row, now: Date): UserView {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    unitId: r.unit_id,
    unitName: r.unit_name,
    scopeUnitId: r.scope_unit_id,
    scopeUnitName: r.scope_unit_name,
    personId: r.person_id,
    active: r.active === 1,
    locked: r.locked_until !== null && r.locked_until > now.toISOString(),
    version: r.version,
  };
}

/** Users inside a subtree (all when `underPath` is undefined), by username. */
export async function listUsers(
  q: Tx,
  opts: { asOf: string; now: Date; underPath?: string },
): Promise<UserView[]> {
  let query = baseQuery(q, opts.asOf);
  if (opts.underPath) query = query.where('s.path', 'like', `${opts.underPath}%`);
  const rows = await query.orderBy('u.username').execute();
  return rows.map((r) => toView(r, opts.now));
}

/** One user by id. */
export async function getUser(
  q: Tx,
  id: number,
  opts: { asOf: string; now: Date },
): Promise<UserView | undefined> {
  const r = await baseQuery(q, opts.asOf).where('u.id', '=', id).executeTakeFirst();
  return r ? toView(r, opts.now) : undefined;
}

/** The actor a user acts as, with the path of the scope unit. */
export async function actorForUser(
  q: Tx,
  userId: number,
  via: 'session' | 'token',
  tokenScopes?: readonly string[],
): Promise<UserActor | undefined> {
  const r = await q
    .selectFrom('users as u')
    .innerJoin('units as s', 's.id', 'u.scope_unit_id')
    .select([
      'u.id',
      'u.full_name',
      'u.username',
      'u.role',
      'u.scope_unit_id',
      's.path',
      'u.unit_id',
      'u.person_id',
      'u.active',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!r || r.active !== 1) return undefined;
  return {
    kind: 'user',
    userId: r.id,
    name: r.username,
    role: r.role,
    scopeUnitId: r.scope_unit_id,
    scopePath: r.path,
    unitId: r.unit_id,
    personId: r.person_id,
    via,
    ...(tokenScopes ? { tokenScopes } : {}),
  };
}
