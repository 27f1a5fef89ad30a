import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import { MIGRATIONS } from '../../migrations';
import type { Db } from './database';

class StaticProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(MIGRATIONS);
  }
}

function migrator(db: Db): Migrator {
  // With several schemas in one database (tests, several provinces), the
  // bookkeeping tables must live in the schema being migrated.
  return new Migrator({
    db: db.q,
    provider: new StaticProvider(),
    ...(db.pgSchema ? { migrationTableSchema: db.pgSchema } : {}),
  });
}

/** Applies every pending migration; the same on both engines. */
export async function migrateToLatest(db: Db): Promise<{ applied: string[] }> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error)
    throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}

/**
 * Moves the schema to just after `target` (a migration's name), applying or reverting the
 * migrations between: a migration is tested over rows written before it.
 */
export async function migrateTo(db: Db, target: string): Promise<void> {
  const { error } = await migrator(db).migrateTo(target);
  if (error)
    throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
}

/** Which migrations are applied and which are pending. */
export async function migrationState(
  db: Db,
): Promise<{ applied: string[]; pending: string[]; latest: string | null }> {
  const all = await migrator(db).getMigrations();
  const applied = all.filter((m) => m.executedAt).map((m) => m.name);
  const pending = all.filter((m) => !m.executedAt).map((m) => m.name);
  return { applied, pending, latest: applied.at(-1) ?? null };
}
