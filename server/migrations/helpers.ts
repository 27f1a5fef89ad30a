/**
 * Helpers shared by migrations. Frozen like the migrations themselves: change
 * nothing here that an existing migration relies on; add a new helper instead.
 */
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** True when the migration runs on PostgreSQL. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-numbered integer primary key on either engine. */
export function idColumn(db: Kysely<unknown>) {
  const pg = isPostgres(db);
  return (c: ColumnDefinitionBuilder) =>
    pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
}

/** Text whose ORDER BY is plain byte order on both engines (for app-computed sort keys). */
export function byteOrderText(db: Kysely<unknown>) {
  return isPostgres(db) ? sql`text collate "C"` : sql`text`;
}
