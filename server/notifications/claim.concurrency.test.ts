import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { enqueueOutbox } from './outbox';
import { startWorker } from './testing/run-worker';

/** Child processes start slowly on a loaded machine (tsx compiles on the fly). */
const CHILD_PROCESS_TIMEOUT = 180_000;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T09:00:00+07:00' });
});
afterAll(async () => ctx.cleanup());

describe(`claiming under concurrency (${TEST_ENGINE})`, () => {
  it(
    'gives processes claiming at the same time disjoint rows, each row to one of them',
    async () => {
      await ctx.db.write((tx) =>
        enqueueOutbox(
          tx,
          Array.from({ length: 30 }, (_, i) => ({
            key: `concurrency:${i}`,
            kind: 'digest' as const,
            channel: 'email' as const,
            recipient: `canbo${i}@example.gov.vn`,
            userId: null,
            payload: { title: 'Tổng hợp', body: '', link: null, data: {} },
            dueAt: new Date('2023-07-10T01:00:00.000Z'),
          })),
          ctx.systemNow(),
        ),
      );
      const workers = Array.from({ length: 3 }, () =>
        startWorker({ ...ctx.env, WORKER_MODE: 'claim', WORKER_CLAIM_LIMIT: '15' }),
      );
      const claimed = await Promise.all(
        workers.map(async (w) => {
          const e = await w.waitFor('claimed');
          expect(await w.exited).toBe(0);
          return e.ids as number[];
        }),
      );
      const all = claimed.flat();
      expect(all).toHaveLength(30);
      expect(new Set(all).size).toBe(30);
      const rows = await ctx.db.q
        .selectFrom('outbox')
        .select(['lease_holder', 'attempts'])
        .execute();
      expect(rows.every((r) => r.attempts === 1 && r.lease_holder?.startsWith('claim:'))).toBe(
        true,
      );
    },
    CHILD_PROCESS_TIMEOUT,
  );
});
