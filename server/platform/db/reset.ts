import { sql } from 'kysely';
import type { Db } from './database';
import { migrateToLatest } from './migrate';

/**
 * Empties the database: drops every table (the product's and the migration
 * bookkeeping) and migrates again. Used by `dieuhanh demo --reset` and tests.
 */
export async function resetDatabase(db: Db): Promise<void> {
  const tables = await db.q.introspection.getTables({ withInternalKyselyTables: true });
  if (db.engine === 'postgres') {
    // Only the tables of the schema this database uses, never another schema's.
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db.q);
    const schema = rows[0]?.schema ?? 'public';
    for (const t of tables.filter((x) => x.schema === schema)) {
      await sql`drop table if exists ${sql.id(t.schema ?? 'public', t.name)} cascade`.execute(db.q);
    }
  } else {
    await sql`pragma foreign_keys = off`.execute(db.q);
    try {
      // Word indexes (FTS5 virtual tables) first: dropping one drops its shadow tables, which
      // the list also holds and which may not be dropped on their own.
      const { rows } = await sql<{ name: string }>`
        select name from sqlite_master where type = 'table' and sql like 'create virtual table%'`.execute(
        db.q,
      );
      for (const v of rows) await sql`drop table if exists ${sql.id(v.name)}`.execute(db.q);
      for (const t of tables) await sql`drop table if exists ${sql.id(t.name)}`.execute(db.q);
    } finally {
      await sql`pragma foreign_keys = on`.execute(db.q);
    }
  }
  await migrateToLatest(db);
}

/** True when the database holds no organisation yet (a fresh install). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const row = await db.q.selectFrom('units').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
