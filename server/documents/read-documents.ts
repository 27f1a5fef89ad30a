import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { can, scopePathOf } from '../access/policy';
import { listDocuments, type DocumentFilter, type DocumentSort } from './document-queries';
import {
  getDocumentDetail,
  toDocumentViews,
  type DocumentDetail,
  type DocumentView,
} from './document-view';
import { loadAuthorizedDocument } from './document-access';
import { AppError } from '../platform/errors';

/**
 * One page of the register as the actor may see it: limited to registers in
 * the actor's scope subtree, classified entries only for roles that may read
 * them.
 */
export async function browseDocuments(
  ctx: AppContext,
  {
    actor,
    filter,
    page,
  }: {
    actor: Actor;
    filter: DocumentFilter;
    page: { sort: DocumentSort; limit: number; offset: number };
  },
): Promise<{ items: DocumentView[]; total: number }> {
  if (!can(actor, 'document.read'))
    throw new AppError('FORBIDDEN', { params: { action: 'document.read' } });
  const scope = scopePathOf(actor);
  const scoped: DocumentFilter = {
    ...filter,
    ...(scope ? { underPath: scope } : {}),
    ...(can(actor, 'document.read_secret') ? {} : { publicOnly: true }),
  };
  const { rows, total } = await listDocuments(ctx.db.q, scoped, page);
  return { items: await toDocumentViews(ctx.db.q, rows), total };
}

/** One entry with its files, links and corrections, if the actor may read it. */
export async function showDocument(
  ctx: AppContext,
  { actor, id }: { actor: Actor; id: number },
): Promise<DocumentDetail> {
  await loadAuthorizedDocument(ctx.db.q, actor, id, 'document.read', 'id');
  const detail = await getDocumentDetail(ctx.db.q, id);
  if (!detail) throw new AppError('NOT_FOUND', { field: 'id', params: { entity: 'văn bản', id } });
  return detail;
}
