/**
 * Global search: positions get the folded `search_text` of their title (the other searched
 * tables already keep one), filled for existing rows here. The fold is copied, frozen, from
 * shared/vi/text.ts `viFold` as it stood when this migration shipped.
 */
import type { Kysely } from 'kysely';

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

interface PositionTitles {
  positions: { id: number; title: string; search_text: string };
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('positions')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const q = db as unknown as Kysely<PositionTitles>;
  const rows = await q.selectFrom('positions').select(['id', 'title']).execute();
  for (const r of rows)
    await q
      .updateTable('positions')
      .set({ search_text: fold(r.title) })
      .where('id', '=', r.id)
      .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('positions').dropColumn('search_text').execute();
}
