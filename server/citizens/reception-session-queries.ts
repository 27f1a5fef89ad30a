import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import type { CitizenReceptionSessionsTable } from './tables';

/** A stored session with its unit's path (scope), or NOT_FOUND. */
export async function loadReceptionSession(
  q: Tx,
  id: number,
): Promise<Selectable<CitizenReceptionSessionsTable> & { unit_path: string }> {
  const row = await q
    .selectFrom('citizen_reception_sessions as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .selectAll('s')
    .select('u.path as unit_path')
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new AppError('NOT_FOUND', { params: { entity: 'phiên tiếp công dân', id: String(id) } });
  return row;
}

/** Strips the joined path off a session row. */
export function sessionRow(
  r: Selectable<CitizenReceptionSessionsTable> & { unit_path: string },
): Selectable<CitizenReceptionSessionsTable> {
  const { unit_path: _path, ...row } = r;
  return row;
}
