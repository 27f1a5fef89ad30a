import type { Selectable } from 'kysely';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { authorize, can } from '../access/policy';
import type { CitizenCasesTable } from './tables';

/** A stored case with the paths of its receiving and assigned units (its scope). */
export type CaseRow = Selectable<CitizenCasesTable> & { unitPaths: string[] };

/** Loads a case with its units' paths, or NOT_FOUND. */
export async function loadCase(q: Tx, id: number): Promise<CaseRow> {
  const row = await q
    .selectFrom('citizen_cases as c')
    .innerJoin('units as r', 'r.id', 'c.receiving_unit_id')
    .leftJoin('units as a', 'a.id', 'c.unit_id')
    .selectAll('c')
    .select(['r.path as receiving_path', 'a.path as unit_path'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { params: { entity: 'hồ sơ đơn', id: String(id) } });
  const { receiving_path, unit_path, ...c } = row;
  return { ...c, unitPaths: unit_path ? [receiving_path, unit_path] : [receiving_path] };
}

/** The user ids assigned to handle a case. */
export async function caseHandlerIds(q: Tx, caseId: number): Promise<number[]> {
  const rows = await q
    .selectFrom('citizen_case_handlers')
    .select('user_id')
    .where('case_id', '=', caseId)
    .execute();
  return rows.map((r) => r.user_id);
}

/** True when the actor is a user assigned to handle the case (cán bộ được giao xử lý). */
export async function isCaseHandler(q: Tx, actor: Actor, caseId: number): Promise<boolean> {
  if (actor.kind !== 'user') return false;
  const row = await q
    .selectFrom('citizen_case_handlers')
    .select('user_id')
    .where('case_id', '=', caseId)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Work on a case's steps (complete, extend, close): the office managing cases
 * in scope (`citizen.manage`), or an assigned handler (`citizen.handle`).
 */
export async function authorizeCaseWork(q: Tx, actor: Actor, c: CaseRow): Promise<void> {
  const resource = { unitPaths: c.unitPaths };
  if (can(actor, 'citizen.manage', resource)) return;
  if (can(actor, 'citizen.handle', resource) && (await isCaseHandler(q, actor, c.id))) return;
  authorize(actor, 'citizen.manage', resource);
}

/** Refuses work on a closed case. */
export function assertOpen(c: CaseRow): void {
  if (c.status === 'closed')
    throw new AppError('CITIZEN_CASE_CLOSED', {
      params: { caseNumber: c.case_number, closedOn: c.closed_on ?? '' },
    });
}
