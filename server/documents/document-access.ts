import type { Selectable } from 'kysely';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { authorize } from '../access/policy';
import type { DocumentsTable } from './tables';

/**
 * Loads a register entry for an action and checks the policy: the entry
 * belongs to its register's unit (and, for reading, also to the unit handling
 * it); classified entries need `document.read_secret` to be seen at all.
 */
export async function loadAuthorizedDocument(
  q: Tx,
  actor: Actor,
  id: number,
  action: 'document.read' | 'document.write',
  field = 'documentId',
): Promise<Selectable<DocumentsTable> & { register_path: string }> {
  const doc = await q
    .selectFrom('documents as d')
    .innerJoin('units as r', 'r.id', 'd.register_unit_id')
    .leftJoin('units as h', 'h.id', 'd.handling_unit_id')
    .selectAll('d')
    .select(['r.path as register_path', 'h.path as handling_path'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!doc) throw new AppError('NOT_FOUND', { field, params: { entity: 'văn bản', id } });
  const paths =
    action === 'document.read' && doc.handling_path
      ? [doc.register_path, doc.handling_path]
      : [doc.register_path];
  authorize(actor, action, { unitPaths: paths });
  if (doc.secrecy !== 'none') authorize(actor, 'document.read_secret', { unitPaths: paths });
  const { handling_path: _h, ...rest } = doc;
  return rest;
}
