import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../platform/config';
import { openContext, type AppContext } from '../platform/context';

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPgUrl() });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

/** The engine the `db` test project runs on: SQLite unless DIEUHANH_TEST_ENGINE=postgres. */
export const TEST_ENGINE: 'sqlite' | 'postgres' =
  process.env.DIEUHANH_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/** Connection string of the PostgreSQL test database. */
export function testPgUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DIEUHANH_TEST_ENGINE=postgres needs TEST_DATABASE_URL (or DATABASE_URL), e.g. postgres://dieuhanh:dieuhanh@127.0.0.1:5432/dieuhanh_test',
    );
  }
  return url;
}

/** A migrated, empty database on the test engine, with its own data folder. */
export interface TestContext extends AppContext {
  /** Drops the database (schema or file) and the data folder. */
  cleanup(): Promise<void>;
  /** For multi-process tests: how another process reaches the same database. */
  readonly env: Record<string, string>;
}

/**
 * Creates a fresh database for one test file: an SQLite file in a temporary
 * folder (so other processes can open it too), or a new PostgreSQL schema.
 */
export async function createTestContext(
  opts: { now?: string; engine?: 'sqlite' | 'postgres'; systemNow?: () => Date } = {},
): Promise<TestContext> {
  const engine = opts.engine ?? TEST_ENGINE;
  const dataDir = mkdtempSync(join(tmpdir(), 'dieuhanh-test-'));
  const env: Record<string, string> = {
    DIEUHANH_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...(opts.now ? { DIEUHANH_NOW: opts.now } : {}),
  };
  let schema: string | undefined;
  if (engine === 'postgres') {
    const url = testPgUrl();
    schema = `t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`create schema ${schema}`);
    } finally {
      await client.end();
    }
    env.DATABASE_URL = url;
    env.DIEUHANH_PG_SCHEMA = schema;
  } else {
    env.DATABASE_URL = join(dataDir, 'test.sqlite');
  }
  const config: Config = loadConfig(env);
  let ctx: AppContext;
  try {
    ctx = await openContext(config, opts.systemNow ? { systemNow: opts.systemNow } : {});
  } catch (e) {
    if (schema) await dropSchema(schema);
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  return Object.assign(ctx, {
    env,
    async cleanup() {
      await ctx.db.close();
      if (schema) await dropSchema(schema);
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
