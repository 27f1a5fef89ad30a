import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { searchText, viFold } from '../../shared/vi/text';

/** Resolves a signer: a person id, or a name matched to the registry (kept as printed when unknown). */
export async function resolveSigner(
  tx: Tx,
  ref: number | string | null | undefined,
): Promise<{ personId: number | null; name: string | null }> {
  if (ref === null || ref === undefined) return { personId: null, name: null };
  if (typeof ref === 'number') {
    const p = await tx
      .selectFrom('people')
      .select(['id', 'full_name'])
      .where('id', '=', ref)
      .executeTakeFirst();
    if (!p) throw new AppError('UNKNOWN_PERSON', { field: 'signer', params: { value: ref } });
    return { personId: p.id, name: p.full_name };
  }
  const folded = viFold(ref);
  const matches = await tx
    .selectFrom('people')
    .select(['id', 'full_name'])
    .where('search_text', 'like', `${folded}%`)
    .execute();
  const exact = matches.filter((m) => viFold(m.full_name) === folded);
  return exact.length === 1 && exact[0]
    ? { personId: exact[0].id, name: exact[0].full_name }
    : { personId: null, name: ref };
}

/** Writes an entry's tags (folded key + label as typed), replacing any previous ones. */
export async function writeTags(
  tx: Tx,
  documentId: number,
  labels: readonly string[],
): Promise<void> {
  await tx.deleteFrom('document_tags').where('document_id', '=', documentId).execute();
  const unique = new Map<string, string>();
  for (const label of labels) unique.set(viFold(label), label);
  if (unique.size === 0) return;
  await tx
    .insertInto('document_tags')
    .values([...unique].map(([tag, label]) => ({ document_id: documentId, tag, label })))
    .execute();
}

/** The folded search text of an entry. */
export function documentSearchText(e: {
  numberSymbol: string | null;
  summary: string;
  title?: string | null;
  issuerName: string;
  signerName: string | null;
  typeName: string;
  tags: readonly string[];
}): string {
  return searchText(
    e.numberSymbol,
    e.numberSymbol?.replace(/\s+/g, ''),
    e.typeName,
    e.title,
    e.summary,
    e.issuerName,
    e.signerName,
    ...e.tags,
  );
}
