import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince } from '../testing/factories';
import { loadConfig } from '../platform/config';
import { openContext } from '../platform/context';
import { dispatchOutbox } from './dispatch-outbox';
import {
  claimDueMessages,
  enqueueOutbox,
  markFailed,
  markSent,
  MAX_ATTEMPTS,
  releaseClaims,
  type OutboxMessage,
} from './outbox';
import { insertRecipient } from './testing/factories';

let realNow = new Date('2026-12-01T02:00:00.000Z');
let ctx: TestContext;
let userId: number;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T09:00:00+07:00', systemNow: () => realNow });
  const p = await buildProvince(ctx);
  ({ userId } = await insertRecipient(ctx, {
    role: 'unit_staff',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
  }));
});
afterAll(async () => ctx.cleanup());
beforeEach(async () => {
  realNow = new Date('2026-12-01T02:00:00.000Z');
  await ctx.db.write(async (tx) => {
    await tx.deleteFrom('outbox').execute();
    await tx.deleteFrom('notifications').execute();
  });
});

const later = (ms: number) => (realNow = new Date(realNow.getTime() + ms));

function message(n: number, channel: OutboxMessage['channel'] = 'inbox'): OutboxMessage {
  return {
    key: `test:${n}:${channel}`,
    kind: 'reminder.before_deadline',
    channel,
    recipient: channel === 'inbox' ? `user:${userId}` : `canbo${n}@example.gov.vn`,
    userId,
    payload: { title: `Nhắc hạn ${n}`, body: 'Nội dung', link: '/nhiem-vu/1', data: {} },
    dueAt: new Date('2023-07-10T01:00:00.000Z'),
  };
}

async function row(key: string) {
  return ctx.db.q.selectFrom('outbox').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
}

const claim = (holder: string, limit = 10) =>
  claimDueMessages(ctx.db, { holder, now: realNow, leaseMs: 60_000, limit });

describe(`outbox (${TEST_ENGINE})`, () => {
  it('enqueues each key once', async () => {
    const first = await ctx.db.write((tx) => enqueueOutbox(tx, [message(1), message(2)], realNow));
    const again = await ctx.db.write((tx) =>
      enqueueOutbox(tx, [message(1), message(2), message(3)], realNow),
    );
    expect([first, again]).toEqual([2, 1]);
    const rows = await ctx.db.q.selectFrom('outbox').select('key').execute();
    expect(rows.map((r) => r.key).sort()).toEqual(['test:1:inbox', 'test:2:inbox', 'test:3:inbox']);
  });

  it('claims under a lease: nobody else gets the row until the lease runs out', async () => {
    await ctx.db.write((tx) => enqueueOutbox(tx, [message(1, 'email')], realNow));
    const [a] = await claim('A');
    expect(a).toMatchObject({ key: 'test:1:email', attempts: 1 });
    expect(await row('test:1:email')).toMatchObject({
      status: 'sending',
      attempts: 1,
      lease_holder: 'A',
      lease_until: new Date(realNow.getTime() + 60_000).toISOString(),
    });
    later(59_000);
    expect(await claim('B')).toEqual([]);
    later(2_000);
    // A died without marking it: B claims it again (a second attempt).
    const [b] = await claim('B');
    expect(b).toMatchObject({ key: 'test:1:email', attempts: 2 });
    // A, coming back late, can no longer mark it; B can.
    expect(
      await ctx.db.write((tx) => markSent(tx, { id: a?.id ?? 0, holder: 'A', now: realNow })),
    ).toBe(false);
    expect(
      await ctx.db.write((tx) => markSent(tx, { id: b?.id ?? 0, holder: 'B', now: realNow })),
    ).toBe(true);
    expect(await row('test:1:email')).toMatchObject({
      status: 'sent',
      sent_at: realNow.toISOString(),
    });
    later(120_000);
    expect(await claim('C')).toEqual([]);
  });

  // PostgreSQL only: one process has one SQLite connection; the multi-process case is in claim.concurrency.test.ts.
  if (TEST_ENGINE === 'postgres')
    it('gives two concurrent connections disjoint rows', async () => {
      await ctx.db.write((tx) =>
        enqueueOutbox(
          tx,
          Array.from({ length: 30 }, (_, i) => message(i, 'email')),
          realNow,
        ),
      );
      const other = await openContext(loadConfig(ctx.env), { migrate: false });
      try {
        const [x, y] = await Promise.all([
          claimDueMessages(ctx.db, { holder: 'X', now: realNow, leaseMs: 60_000, limit: 20 }),
          claimDueMessages(other.db, { holder: 'Y', now: realNow, leaseMs: 60_000, limit: 20 }),
        ]);
        const ids = [...(x ?? []), ...(y ?? [])].map((m) => m.id);
        expect(ids).toHaveLength(30);
        expect(new Set(ids).size).toBe(30);
      } finally {
        await other.db.close();
      }
    });

  it('retries a failed send after 1 min, 5 min, 30 min, 2 h, 6 h, then gives it up', async () => {
    await ctx.db.write((tx) => enqueueOutbox(tx, [message(1, 'email')], realNow));
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const [m] = await claim('A');
      expect(m?.attempts).toBe(attempt);
      if (!m) return;
      const outcome = await markFailed(ctx.db, {
        message: m,
        holder: 'A',
        now: realNow,
        error: '421 try later',
        permanent: false,
      });
      const r = await row(m.key);
      if (outcome === 'retry') {
        expect(r.status).toBe('pending');
        const wait = new Date(r.next_attempt_at).getTime() - realNow.getTime();
        waits.push(wait);
        later(wait - 1);
        expect(await claim('A')).toEqual([]);
        later(1);
      } else {
        expect(r).toMatchObject({
          status: 'dead',
          attempts: MAX_ATTEMPTS,
          last_error: '421 try later',
        });
      }
    }
    expect(waits.map((w) => w / 60_000)).toEqual([1, 5, 30, 120, 360]);
  });

  it('gives up at once on a permanent error', async () => {
    await ctx.db.write((tx) => enqueueOutbox(tx, [message(1, 'email')], realNow));
    const [m] = await claim('A');
    if (!m) throw new Error('nothing claimed');
    expect(
      await markFailed(ctx.db, {
        message: m,
        holder: 'A',
        now: realNow,
        error: '550 no such user',
        permanent: true,
      }),
    ).toBe('dead');
    expect(await row(m.key)).toMatchObject({ status: 'dead', attempts: 1 });
  });

  it('gives up a row whose sender died on every attempt', async () => {
    await ctx.db.write((tx) => enqueueOutbox(tx, [message(1, 'email')], realNow));
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(await claim(`crash${i}`)).toHaveLength(1);
      later(61_000);
    }
    expect(await claim('last')).toEqual([]);
    expect(await row('test:1:email')).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS });
  });

  it('gives claimed rows back on a graceful stop, without counting an attempt', async () => {
    await ctx.db.write((tx) =>
      enqueueOutbox(tx, [message(1, 'email'), message(2, 'email')], realNow),
    );
    const claimed = await claim('A');
    await releaseClaims(ctx.db, { ids: claimed.map((m) => m.id), holder: 'A' });
    expect(await row('test:1:email')).toMatchObject({
      status: 'pending',
      attempts: 0,
      lease_until: null,
    });
    expect((await claim('B')).map((m) => m.attempts)).toEqual([1, 1]);
  });

  it('delivers to the inbox exactly once, even when a crashed claim is redone', async () => {
    await ctx.db.write((tx) => enqueueOutbox(tx, [message(1), message(2)], realNow));
    const opts = { leaseMs: 60_000, email: null, messageIdDomain: 'example.gov.vn' };
    // A claims and dies before delivering.
    expect(await claim('A')).toHaveLength(2);
    expect(await dispatchOutbox(ctx, { ...opts, holder: 'B' })).toMatchObject({ claimed: 0 });
    later(61_000);
    expect(await dispatchOutbox(ctx, { ...opts, holder: 'B' })).toMatchObject({
      claimed: 2,
      sent: 2,
    });
    expect(await dispatchOutbox(ctx, { ...opts, holder: 'C' })).toMatchObject({
      claimed: 0,
      sent: 0,
    });
    const inbox = await ctx.db.q
      .selectFrom('notifications')
      .select(['user_id', 'title', 'link', 'source_key', 'read_at'])
      .orderBy('id')
      .execute();
    expect(inbox).toEqual([
      {
        user_id: userId,
        title: 'Nhắc hạn 1',
        link: '/nhiem-vu/1',
        source_key: 'test:1:inbox',
        read_at: null,
      },
      {
        user_id: userId,
        title: 'Nhắc hạn 2',
        link: '/nhiem-vu/1',
        source_key: 'test:2:inbox',
        read_at: null,
      },
    ]);
    expect((await row('test:1:inbox')).status).toBe('sent');
  });

  it('stops between two messages when asked, and gives the rest back', async () => {
    await ctx.db.write((tx) => enqueueOutbox(tx, [message(1), message(2), message(3)], realNow));
    const stop = new AbortController();
    const summary = await dispatchOutbox(ctx, {
      holder: 'A',
      leaseMs: 60_000,
      email: null,
      messageIdDomain: 'example.gov.vn',
      signal: stop.signal,
      hooks: { beforeSend: () => Promise.resolve(stop.abort()) },
    });
    expect(summary).toMatchObject({ claimed: 3, sent: 1, released: 2 });
    const statuses = await ctx.db.q
      .selectFrom('outbox')
      .select(['key', 'status', 'attempts'])
      .orderBy('key')
      .execute();
    expect(statuses).toEqual([
      { key: 'test:1:inbox', status: 'sent', attempts: 1 },
      { key: 'test:2:inbox', status: 'pending', attempts: 0 },
      { key: 'test:3:inbox', status: 'pending', attempts: 0 },
    ]);
  });
});
