import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { loadConfig } from '../platform/config';
import { openContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { issueDocument } from './issue-document';

const WORKER = fileURLToPath(new URL('./testing/issue-worker.ts', import.meta.url));
let ctx: TestContext;
let p: TestProvince;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx);
});
afterAll(async () => ctx.cleanup());

function runWorker(env: Record<string, string>, issuer: string, count: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, issuer, String(count), '2023-07-10'],
      {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`worker exited with ${code}: ${err}`));
      else resolve(JSON.parse(out) as number[]);
    });
  });
}

describe(`numbering under concurrency (${TEST_ENGINE})`, () => {
  it('gives exactly 01..50 with no error and no gap, from 5 processes on one database', async () => {
    const batches = await Promise.all(
      Array.from({ length: 5 }, () => runWorker(ctx.env, p.ubnd.code, 10)),
    );
    const numbers = batches.flat().sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const stored = await ctx.db.q
      .selectFrom('documents')
      .select('number_symbol')
      .where('type_key', '=', 'CV')
      .orderBy('number')
      .execute();
    expect(stored.map((r) => r.number_symbol)).toEqual(
      Array.from({ length: 50 }, (_, i) => `${String(i + 1).padStart(2, '0')}/UBND-TH`),
    );
  });

  // PostgreSQL only: SQLite has one connection per process, so its case is the multi-process one above.
  if (TEST_ENGINE === 'postgres')
    it('gives 01..50 from 50 concurrent connections of one process', async () => {
      const wide = await openContext(loadConfig({ ...ctx.env, DIEUHANH_PG_POOL: '50' }), {
        migrate: false,
      });
      try {
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            issueDocument(wide, {
              actor: SYSTEM_ACTOR,
              input: {
                issuer: p.ubnd.code,
                type: 'TB',
                summary: `Thông báo ${i}`,
                issueDate: '2023-07-10',
              },
            }),
          ),
        );
        expect(results.map((r) => r.number).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
          Array.from({ length: 50 }, (_, i) => i + 1),
        );
        // The calls really ran on many connections at once.
        expect(wide.db.pool?.totalCount ?? 0).toBeGreaterThan(10);
      } finally {
        await wide.db.close();
      }
    });
});
