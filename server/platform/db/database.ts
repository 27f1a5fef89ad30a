import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { SchemaScopedPostgresDialect } from './pg-introspector';
import type { Database } from './schema';

/** A query builder bound to the database or to the current transaction. */
export type Tx = Kysely<Database>;

/**
 * The product's handle on its database. The only place that knows which
 * engine runs: SQLite (embedded default) or PostgreSQL.
 */
export interface Db {
  readonly engine: 'sqlite' | 'postgres';
  /** The current transaction when inside `write`, else the plain database. */
  readonly q: Tx;
  /**
   * Runs `fn` in one write transaction. On SQLite it starts with
   * `BEGIN IMMEDIATE`, taking the write lock first so concurrent writers queue
   * on the busy timeout instead of failing on a lock upgrade. Nested calls join
   * the outer transaction.
   */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The raw SQLite handle (backups); null on PostgreSQL. */
  readonly sqlite: BetterSqlite3.Database | null;
  /** The raw PostgreSQL pool; null on SQLite. */
  readonly pool: pg.Pool | null;
  /** The PostgreSQL schema holding the tables, when not the default. */
  readonly pgSchema: string | null;
}

export interface OpenOptions {
  engine: 'sqlite' | 'postgres';
  /** SQLite file path (or `:memory:`), or a PostgreSQL connection string. */
  url: string;
  sqliteBusyTimeoutMs?: number;
  /** PostgreSQL schema to use instead of `public` (tests use one per file). */
  pgSchema?: string;
  pgPoolSize?: number;
}

/** Opens the database; does not migrate. */
export function openDatabase(opts: OpenOptions): Db {
  return opts.engine === 'sqlite' ? openSqlite(opts) : openPostgres(opts);
}

function openSqlite(opts: OpenOptions): Db {
  if (opts.url !== ':memory:') mkdirSync(dirname(opts.url), { recursive: true });
  const raw = new BetterSqlite3(opts.url);
  raw.pragma(`busy_timeout = ${opts.sqliteBusyTimeoutMs ?? 10_000}`);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  const als = new AsyncLocalStorage<Tx>();
  return {
    engine: 'sqlite',
    sqlite: raw,
    pool: null,
    pgSchema: null,
    get q() {
      return als.getStore() ?? kysely;
    },
    async write(fn) {
      const outer = als.getStore();
      if (outer) return fn(outer);
      // Kysely's SQLite driver serialises callers on its single connection; we
      // hold it for the whole transaction and issue BEGIN IMMEDIATE ourselves.
      return kysely.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await als.run(conn, () => fn(conn));
          await sql`commit`.execute(conn);
          return result;
        } catch (e) {
          if (raw.inTransaction) await sql`rollback`.execute(conn);
          throw e;
        }
      });
    },
    async close() {
      await kysely.destroy();
    },
  };
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Counts and sums come back as bigint/numeric strings: convert them to numbers once, here. */
function pgTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
  const parser: unknown =
    format === 'binary'
      ? pg.types.getTypeParser(oid, 'binary')
      : pg.types.getTypeParser(oid, 'text');
  return parser as (value: string) => unknown;
}

function openPostgres(opts: OpenOptions): Db {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.pgPoolSize ?? 10,
    // JIT off: our statistics are short aggregates whose estimated cost crosses the JIT
    // threshold at province scale, and compiling them costs more than it saves (bench/RESULTS.md:
    // the scoped VPCP table at 200k tasks, 4,1 s with JIT, 1,1 s without).
    options: ['-c jit=off', ...(opts.pgSchema ? [`-c search_path=${opts.pgSchema}`] : [])].join(
      ' ',
    ),
    types: { getTypeParser: pgTypeParser as typeof pg.types.getTypeParser },
  });
  const kysely = new Kysely<Database>({ dialect: new SchemaScopedPostgresDialect({ pool }) });
  const als = new AsyncLocalStorage<Tx>();
  return {
    engine: 'postgres',
    sqlite: null,
    pool,
    pgSchema: opts.pgSchema ?? null,
    get q() {
      return als.getStore() ?? kysely;
    },
    async write(fn) {
      const outer = als.getStore();
      if (outer) return fn(outer);
      return kysely.transaction().execute((trx) => als.run(trx, () => fn(trx)));
    },
    async close() {
      await kysely.destroy();
    },
  };
}
