/**
 * Bulk writing for the synthetic provinces: multi-row inserts in chunks that
 * stay under both engines' bound-parameter limits, explicit ids (so child
 * rows can reference parents written in the same chunk), and moving
 * PostgreSQL's identity sequences past them afterwards (SQLite's
 * AUTOINCREMENT follows explicit ids by itself).
 */
import { sql, type Insertable } from 'kysely';
import type { Db, Tx } from '../../platform/db/database';
import type { Database } from '../../platform/db/schema';

/** Bound parameters per statement: below SQLite's 32 766 and PostgreSQL's 65 535. */
const MAX_PARAMS = 30_000;

/** Tables the generator gives explicit ids. */
export type IdTable = 'documents' | 'tasks' | 'task_assignments';

/** Inserts rows in multi-row statements of at most MAX_PARAMS parameters. */
export async function insertChunked<T extends keyof Database>(
  tx: Tx,
  table: T,
  rows: ReadonlyArray<Insertable<Database[T]>>,
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perRow = Math.max(1, Object.keys(first).length);
  const size = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  for (let i = 0; i < rows.length; i += size) {
    await tx
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

/** The next free id of a table (1 when empty). */
export async function nextId(tx: Tx, table: IdTable): Promise<number> {
  const row = await tx
    .selectFrom(table)
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** After explicit ids: moves PostgreSQL's identity sequences past the largest id. */
export async function advanceIdSequences(
  db: Db,
  tx: Tx,
  tables: readonly IdTable[],
): Promise<void> {
  if (db.engine !== 'postgres') return;
  for (const t of tables) {
    await sql`select setval(pg_get_serial_sequence(${t}, 'id'), (select coalesce(max(id), 1) from ${sql.table(t)}))`.execute(
      tx,
    );
  }
}
