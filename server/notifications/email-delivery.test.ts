/**
 * Acceptance (issue §6): a reminder reaches a real SMTP server exactly once
 * when the scheduler is stopped gracefully and when it is killed with SIGKILL
 * after claiming; the scheduler runs in child processes. The last test pins
 * down the one window that remains (see dispatch-outbox.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { emailMessageId } from './channels/email';
import { insertRecipient, insertTask } from './testing/factories';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';
import { startWorker } from './testing/run-worker';

/** Child processes start slowly on a loaded machine (tsx compiles on the fly). */
const CHILD_PROCESS_TIMEOUT = 180_000;

const DOMAIN = 'binhphuoc.example.gov.vn';
let ctx: TestContext;
let p: TestProvince;
let smtp: SmtpSink;
let env: Record<string, string>;
const addresses = ['nguyenvana@skhdt.example.gov.vn', 'tranthib@skhdt.example.gov.vn'];

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T09:00:00+07:00' });
  smtp = await startSmtpSink();
  p = await buildProvince(ctx);
  for (const email of addresses)
    await insertRecipient(ctx, {
      role: 'unit_staff',
      unit: p.skhdt.code,
      scope: p.skhdt.code,
      email,
    });
  env = {
    ...ctx.env,
    DIEUHANH_SMTP_URL: smtp.url,
    DIEUHANH_MAIL_FROM: `Điều hành UBND tỉnh <dieuhanh@${DOMAIN}>`,
  };
});
afterAll(async () => {
  await smtp?.close();
  await ctx?.cleanup();
});

let emailKeys: string[];
beforeEach(async () => {
  await ctx.db.write(async (tx) => {
    await tx.deleteFrom('outbox').execute();
    await tx.deleteFrom('notifications').execute();
    await tx.deleteFrom('scheduler_leases').execute();
    await tx.deleteFrom('task_assignments').execute();
    await tx.deleteFrom('tasks').execute();
  });
  smtp.received.length = 0;
  // Due 13/7: its 3-days-before reminder (10/7 08:00) is due now, for both people.
  const t = await insertTask(ctx, {
    assigningUnitId: p.ubnd.id,
    leadUnitId: p.skhdt.id,
    deadline: '2023-07-13',
  });
  emailKeys = addresses.map(
    (a) => `reminder:${t.leadAssignmentId}:before-3:2023-07-10T01:00:00.000Z:email:${a}`,
  );
});

async function outbox() {
  return ctx.db.q
    .selectFrom('outbox')
    .select(['key', 'channel', 'status', 'attempts'])
    .orderBy('id')
    .execute();
}

async function until(check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** How many times the SMTP server received each expected message. */
function receivedCounts(keys: readonly string[]): number[] {
  return keys.map(
    (k) => smtp.received.filter((m) => m.messageId === emailMessageId(k, DOMAIN)).length,
  );
}

describe(`e-mail reminders across process stops (${TEST_ENGINE})`, () => {
  it(
    'stopped gracefully (SIGTERM) mid-send: the message in flight is finished, the rest are given back, each arrives once',
    async () => {
      const a = startWorker({ ...env, WORKER_PAUSE: 'before-send', WORKER_CLAIM_MS: '60000' });
      const paused = await a.waitFor('paused');
      expect(paused.key).toBe(emailKeys[0]);
      a.child.kill('SIGTERM');
      await a.waitFor('stopping');
      a.child.stdin.write('go\n');
      expect(await a.exited).toBe(0);

      // The first e-mail went out and was recorded; what was claimed but not started is pending again.
      expect(receivedCounts(emailKeys)).toEqual([1, 0]);
      const afterA = await outbox();
      expect(afterA.filter((r) => r.channel === 'email')).toEqual([
        { key: emailKeys[0], channel: 'email', status: 'sent', attempts: 1 },
        { key: emailKeys[1], channel: 'email', status: 'pending', attempts: 0 },
      ]);
      // The lease was released: the next process takes over at once.
      const lease = await ctx.db.q
        .selectFrom('scheduler_leases')
        .selectAll()
        .executeTakeFirstOrThrow();
      expect(lease.holder).toBeNull();

      const b = startWorker({ ...env, WORKER_MODE: 'once' });
      const tick = await b.waitFor('tick');
      expect(await b.exited).toBe(0);
      expect(tick.result).toMatchObject({ leader: true, dispatch: { sent: 2 } });

      expect(receivedCounts(emailKeys)).toEqual([1, 1]);
      expect(smtp.received).toHaveLength(2);
      expect(smtp.received.map((m) => m.to)).toEqual([[addresses[0]], [addresses[1]]]);
      expect((await outbox()).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
      const inbox = await ctx.db.q.selectFrom('notifications').select('user_id').execute();
      expect(inbox).toHaveLength(2);
    },
    CHILD_PROCESS_TIMEOUT,
  );

  it(
    'killed with SIGKILL right after claiming: the next process sends it once the claim runs out',
    async () => {
      const a = startWorker({
        ...env,
        WORKER_PAUSE: 'before-send',
        WORKER_CLAIM_MS: '1500',
        WORKER_LEASE_MS: '1500',
      });
      const paused = await a.waitFor('paused');
      expect(paused.key).toBe(emailKeys[0]);
      a.child.kill('SIGKILL');
      expect(await a.exited).toBe('SIGKILL');
      expect(smtp.received).toHaveLength(0);
      expect((await outbox()).find((r) => r.key === emailKeys[0])).toMatchObject({
        status: 'sending',
        attempts: 1,
      });

      const b = startWorker({ ...env, WORKER_LEASE_MS: '1500', WORKER_CLAIM_MS: '60000' });
      await until(async () => (await outbox()).every((r) => r.status === 'sent'));
      b.child.kill('SIGTERM');
      expect(await b.exited).toBe(0);

      expect(receivedCounts(emailKeys)).toEqual([1, 1]);
      expect(smtp.received).toHaveLength(2);
      expect((await outbox()).find((r) => r.key === emailKeys[0])).toMatchObject({
        status: 'sent',
        attempts: 2,
      });
      expect(await ctx.db.q.selectFrom('notifications').select('id').execute()).toHaveLength(2);
    },
    CHILD_PROCESS_TIMEOUT,
  );

  it(
    'the window that remains: killed between the server’s acceptance and the "sent" mark, the message goes again with the same Message-ID',
    async () => {
      const a = startWorker({
        ...env,
        WORKER_PAUSE: 'after-send',
        WORKER_CLAIM_MS: '1500',
        WORKER_LEASE_MS: '1500',
      });
      await a.waitFor('paused');
      expect(receivedCounts(emailKeys)).toEqual([1, 0]);
      a.child.kill('SIGKILL');
      expect(await a.exited).toBe('SIGKILL');

      const b = startWorker({ ...env, WORKER_LEASE_MS: '1500', WORKER_CLAIM_MS: '60000' });
      await until(async () => (await outbox()).every((r) => r.status === 'sent'));
      b.child.kill('SIGTERM');
      expect(await b.exited).toBe(0);

      // Twice on the wire, one Message-ID: a store that deduplicates by Message-ID shows it once.
      expect(receivedCounts(emailKeys)).toEqual([2, 1]);
      const ids = smtp.received.map((m) => m.messageId);
      expect(new Set(ids).size).toBe(2);
    },
    CHILD_PROCESS_TIMEOUT,
  );
});
