/**
 * Global setup of the `db` test project: a cache folder for the run's demo
 * database (server/testing/demo-context.ts), removed afterwards together with
 * the PostgreSQL database the demo was built in.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dieuhanh-demo-cache-'));
  project.provide('demoCacheDir', dir);
  return async () => {
    try {
      const built = JSON.parse(readFileSync(join(dir, 'postgres.json'), 'utf8')) as {
        template?: string;
      };
      const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
      if (built.template && url) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`drop database if exists ${built.template} with (force)`);
        } finally {
          await client.end();
        }
      }
    } catch {
      // No PostgreSQL demo was built in this run.
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
