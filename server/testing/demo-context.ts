/**
 * The demo province for tests, created once per test run and copied into each
 * test file's own database: creating it takes about a minute on SQLite and two
 * on PostgreSQL, and several files read it (the seed, the seed report, the
 * evaluation). The first file to ask builds it under a lock in the run's
 * cache folder (server/testing/global-setup.ts); the others wait for it, then
 * each gets a private copy — an SQLite file copy, or on PostgreSQL a new
 * database made from the demo one as a template — so no test sees another's
 * writes. Without the run's cache folder (a file run on its own outside the
 * `db` project), the demo is simply created in a fresh database.
 */
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../platform/config';
import { openContext, type AppContext } from '../platform/context';
import { createDemo, DEMO_AS_OF } from '../demo/create-demo';
import type { DemoSummary } from '../demo/binh-phuoc/seed';
import { createTestContext, TEST_ENGINE, testPgUrl, type TestContext } from './test-context';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder where this run keeps the demo database it copies into test files. */
    demoCacheDir: string;
  }
}

/** A test database holding the whole demo province, and what creating it reported. */
export type DemoTestContext = TestContext & { summary: DemoSummary };

interface Built {
  summary: DemoSummary;
  /** PostgreSQL: the database to copy. */
  template?: string;
}

const WAIT_MS = 15 * 60_000;

/** A private copy of the demo province for one test file. */
export async function createDemoTestContext(): Promise<DemoTestContext> {
  const dir = cacheDir();
  if (!dir) {
    const ctx = await createTestContext({ now: DEMO_AS_OF });
    const summary = await createDemo(ctx, { reset: false });
    return Object.assign(ctx, { summary });
  }
  const built = await buildOnce(dir);
  return TEST_ENGINE === 'postgres' ? copyPostgres(built) : copySqlite(dir, built);
}

function cacheDir(): string | undefined {
  try {
    return inject('demoCacheDir');
  } catch {
    return undefined;
  }
}

/** Builds the demo once for the run (the first caller), or waits for the one being built. */
async function buildOnce(dir: string): Promise<Built> {
  const ready = join(dir, `${TEST_ENGINE}.json`);
  const failed = join(dir, `${TEST_ENGINE}.failed`);
  let builder = false;
  try {
    mkdirSync(join(dir, `${TEST_ENGINE}.lock`));
    builder = true;
  } catch {
    // Another file is building it.
  }
  if (builder) {
    try {
      const built = TEST_ENGINE === 'postgres' ? await buildPostgres() : await buildSqlite(dir);
      writeFileSync(ready, JSON.stringify(built));
      return built;
    } catch (e) {
      writeFileSync(failed, e instanceof Error ? (e.stack ?? e.message) : String(e));
      throw e;
    }
  }
  const until = performance.now() + WAIT_MS;
  while (performance.now() < until) {
    if (existsSync(ready)) return JSON.parse(readFileSync(ready, 'utf8')) as Built;
    if (existsSync(failed))
      throw new Error(`creating the demo for the tests failed:\n${readFileSync(failed, 'utf8')}`);
    await sleep(500);
  }
  throw new Error('timed out waiting for the demo database of the tests');
}

async function buildSqlite(dir: string): Promise<Built> {
  const ctx = await createTestContext({ now: DEMO_AS_OF, engine: 'sqlite' });
  try {
    const summary = await createDemo(ctx, { reset: false });
    // Closing checkpoints the WAL: the file alone is the whole database.
    await ctx.db.close();
    copyFileSync(ctx.env.DATABASE_URL ?? '', join(dir, 'demo.sqlite'));
    return { summary };
  } finally {
    rmSync(ctx.env.DIEUHANH_DATA_DIR ?? '', { recursive: true, force: true });
  }
}

async function copySqlite(dir: string, built: Built): Promise<DemoTestContext> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dieuhanh-test-'));
  const file = join(dataDir, 'test.sqlite');
  copyFileSync(join(dir, 'demo.sqlite'), file);
  return open({ DATABASE_URL: file }, dataDir, built.summary, async () => {
    rmSync(dataDir, { recursive: true, force: true });
  });
}

function databaseUrl(name: string): string {
  const url = new URL(testPgUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPgUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function buildPostgres(): Promise<Built> {
  const template = `dh_demo_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`create database ${template}`));
  const dataDir = mkdtempSync(join(tmpdir(), 'dieuhanh-test-'));
  try {
    const ctx = await openContext(
      loadConfig({
        DATABASE_URL: databaseUrl(template),
        DIEUHANH_DATA_DIR: dataDir,
        DIEUHANH_NOW: DEMO_AS_OF,
        LOG_LEVEL: 'silent',
      }),
    );
    try {
      return { summary: await createDemo(ctx, { reset: false }), template };
    } finally {
      await ctx.db.close();
    }
  } catch (e) {
    await dropDatabase(template);
    throw e;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function copyPostgres(built: Built): Promise<DemoTestContext> {
  const name = `dh_t_${randomBytes(6).toString('hex')}`;
  // Copying from a template refuses while another session is connected to it; copies may overlap.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await admin((c) => c.query(`create database ${name} template ${built.template ?? ''}`));
      break;
    } catch (e) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
      await sleep(500 * attempt);
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'dieuhanh-test-'));
  return open({ DATABASE_URL: databaseUrl(name) }, dataDir, built.summary, async () => {
    await dropDatabase(name);
    rmSync(dataDir, { recursive: true, force: true });
  });
}

/** Drops a test database, ending its sessions. */
export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`drop database if exists ${name} with (force)`));
}

async function open(
  extra: Record<string, string>,
  dataDir: string,
  summary: DemoSummary,
  remove: () => Promise<void>,
): Promise<DemoTestContext> {
  const env: Record<string, string> = {
    DIEUHANH_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DIEUHANH_NOW: DEMO_AS_OF,
    ...extra,
  };
  let ctx: AppContext;
  try {
    ctx = await openContext(loadConfig(env));
  } catch (e) {
    await remove();
    throw e;
  }
  return Object.assign(ctx, {
    env,
    summary,
    async cleanup() {
      await ctx.db.close();
      await remove();
    },
  });
}
