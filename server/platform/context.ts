import type { Config } from './config';
import { createClock, type Clock } from './clock';
import { openDatabase, type Db } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createFileStore, type FileStore } from './files';
import { createLogger, type Logger } from './logger';
import { getSetting } from './settings';
import { ensureShippedCalendar } from '../calendar/ensure-shipped-calendar';

/**
 * Everything a use case needs, passed explicitly: configuration, the database,
 * the one clock, the file store and the logger.
 */
export interface AppContext {
  readonly config: Config;
  readonly db: Db;
  clock: Clock;
  /**
   * Real wall-clock time, for security timing only (session expiry, lockout,
   * token expiry) and for audit timestamps; business "today" reads `clock`.
   */
  readonly systemNow: () => Date;
  readonly files: FileStore;
  readonly log: Logger;
}

/**
 * Opens the database, applies pending migrations, makes sure the shipped
 * holiday calendar is present, and builds the clock from the environment and
 * the stored `asOf`.
 */
export async function openContext(
  config: Config,
  opts: { migrate?: boolean; logger?: Logger; systemNow?: () => Date } = {},
): Promise<AppContext> {
  const db = openDatabase({
    engine: config.engine,
    url: config.databaseUrl,
    sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs,
    pgPoolSize: config.pgPoolSize,
    ...(config.pgSchema ? { pgSchema: config.pgSchema } : {}),
  });
  try {
    if (opts.migrate !== false) await migrateToLatest(db);
    const ctx: AppContext = {
      config,
      db,
      clock: createClock({ envNow: config.now, storedAsOf: null, timeZone: config.timeZone }),
      systemNow: opts.systemNow ?? (() => new Date()),
      files: createFileStore(config.dataDir),
      log: opts.logger ?? createLogger(config.logLevel),
    };
    if (opts.migrate !== false) {
      await reloadClock(ctx);
      await ensureShippedCalendar(db, ctx.clock.now());
    }
    return ctx;
  } catch (e) {
    await db.close();
    throw e;
  }
}

/** Re-reads the stored `asOf` (after the demo is created or the setting changes). */
export async function reloadClock(ctx: AppContext): Promise<void> {
  const asOf = await getSetting(ctx.db.q, 'asOf');
  ctx.clock = createClock({
    envNow: ctx.config.now,
    storedAsOf: asOf ? new Date(asOf) : null,
    timeZone: ctx.config.timeZone,
  });
}
