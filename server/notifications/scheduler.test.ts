import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { setSetting } from '../platform/settings';
import { loadNotificationConfig } from './notification-config';
import { createScheduler } from './scheduler';
import { acquireLease, releaseLease } from './scheduler-lease';
import { emailMessageId } from './channels/email';
import { insertRecipient, insertTask } from './testing/factories';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';

let realNow = new Date('2026-12-01T02:00:00.000Z');
let ctx: TestContext;
let p: TestProvince;
let smtp: SmtpSink;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T09:00:00+07:00', systemNow: () => realNow });
  smtp = await startSmtpSink({ rejects: ['khongco@skhdt.example.gov.vn'] });
  p = await buildProvince(ctx);
});
afterAll(async () => {
  await smtp.close();
  await ctx.cleanup();
});
beforeEach(async () => {
  realNow = new Date('2026-12-01T02:00:00.000Z');
  smtp.received.length = 0;
  await ctx.db.write(async (tx) => {
    await tx.deleteFrom('outbox').execute();
    await tx.deleteFrom('notifications').execute();
    await tx.deleteFrom('scheduler_leases').execute();
    await tx.deleteFrom('task_assignments').execute();
    await tx.deleteFrom('tasks').execute();
    await setSetting(tx, 'notificationsEnabled', true, ctx.clock.now());
  });
});

const config = () =>
  loadNotificationConfig({
    DIEUHANH_SMTP_URL: smtp.url,
    DIEUHANH_MAIL_FROM: 'Điều hành UBND tỉnh <dieuhanh@binhphuoc.example.gov.vn>',
    DIEUHANH_PUBLIC_URL: 'https://dieuhanh.binhphuoc.example.gov.vn/',
  });

describe(`scheduler lease (${TEST_ENGINE})`, () => {
  const lease = (holder: string, leaseMs = 60_000) =>
    acquireLease(ctx.db, { name: 'test', holder, now: realNow, leaseMs });

  it('is held by one process at a time, renewed by its holder, taken over when it runs out', async () => {
    expect(await lease('A')).toBe(true);
    expect(await lease('B')).toBe(false);
    realNow = new Date(realNow.getTime() + 50_000);
    expect(await lease('A')).toBe(true); // renewed until +110 s
    realNow = new Date(realNow.getTime() + 50_000);
    expect(await lease('B')).toBe(false);
    realNow = new Date(realNow.getTime() + 11_000);
    expect(await lease('B')).toBe(true);
    expect(await lease('A')).toBe(false);
  });

  it('is free at once after a release', async () => {
    expect(await lease('A')).toBe(true);
    await releaseLease(ctx.db, { name: 'test', holder: 'B', now: realNow }); // not B's: no effect
    expect(await lease('B')).toBe(false);
    await releaseLease(ctx.db, { name: 'test', holder: 'A', now: realNow });
    expect(await lease('B')).toBe(true);
  });
});

describe(`scheduler pass (${TEST_ENGINE})`, () => {
  it('plans and sends: the inbox, and an e-mail with a stable Message-ID, From, link and Auto-Submitted', async () => {
    const who = await insertRecipient(ctx, {
      role: 'unit_staff',
      unit: p.skhdt.code,
      scope: p.skhdt.code,
      email: 'le.van.c@skhdt.example.gov.vn',
    });
    const t = await insertTask(ctx, {
      assigningUnitId: p.ubnd.id,
      leadUnitId: p.skhdt.id,
      deadline: '2023-07-10',
      content: 'Báo cáo tiến độ giải ngân vốn đầu tư công',
    });
    const first = createScheduler(ctx, { config: config() });
    const second = createScheduler(ctx, { config: config() });
    try {
      const result = await first.runOnce();
      expect(result).toMatchObject({
        leader: true,
        plan: { enabled: true, enqueued: 2 },
        dispatch: { claimed: 2, sent: 2 },
      });
      // One scheduler per database: the second one does nothing while the first holds the lease.
      expect(await second.runOnce()).toEqual({ leader: false, holder: second.holder });
    } finally {
      await first.close();
      await second.close();
    }
    const key = `reminder:${t.leadAssignmentId}:before-0:2023-07-10T01:00:00.000Z:email:le.van.c@skhdt.example.gov.vn`;
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.messageId).toBe(emailMessageId(key, 'binhphuoc.example.gov.vn'));
    expect(mail?.to).toEqual(['le.van.c@skhdt.example.gov.vn']);
    expect(mail?.from).toBe('dieuhanh@binhphuoc.example.gov.vn');
    expect(mail?.raw).toMatch(/^Auto-Submitted: auto-generated/m);
    expect(mail?.raw).toContain(`https://dieuhanh.binhphuoc.example.gov.vn/nhiem-vu/${t.taskId}`);
    const inbox = await ctx.db.q
      .selectFrom('notifications')
      .select(['user_id', 'title', 'link'])
      .execute();
    expect(inbox).toEqual([
      {
        user_id: who.userId,
        title: 'Hôm nay là hạn cuối — Báo cáo tiến độ giải ngân vốn đầu tư công',
        link: `/nhiem-vu/${t.taskId}`,
      },
    ]);
  });

  it('gives up an e-mail the server refuses permanently (550)', async () => {
    await insertRecipient(ctx, {
      role: 'unit_leader',
      unit: p.stc.code,
      scope: p.stc.code,
      email: 'khongco@skhdt.example.gov.vn',
    });
    await insertTask(ctx, {
      assigningUnitId: p.ubnd.id,
      leadUnitId: p.stc.id,
      deadline: '2023-07-10',
    });
    const s = createScheduler(ctx, { config: config() });
    try {
      expect(await s.runOnce()).toMatchObject({ dispatch: { sent: 1, dead: 1 } });
    } finally {
      await s.close();
    }
    const email = await ctx.db.q
      .selectFrom('outbox')
      .select(['status', 'last_error'])
      .where('channel', '=', 'email')
      .executeTakeFirstOrThrow();
    expect(email.status).toBe('dead');
    expect(email.last_error).toMatch(/550/);
    expect(smtp.received).toHaveLength(0);
  });

  it('neither plans nor sends while notifications are turned off', async () => {
    await insertRecipient(ctx, { role: 'unit_staff', unit: p.skhdt.code, scope: p.skhdt.code });
    await insertTask(ctx, {
      assigningUnitId: p.ubnd.id,
      leadUnitId: p.skhdt.id,
      deadline: '2023-07-10',
    });
    const s = createScheduler(ctx, { config: config() });
    try {
      await s.runOnce();
      await ctx.db.write((tx) => setSetting(tx, 'notificationsEnabled', false, ctx.clock.now()));
      // Rows planned before it was turned off are not sent either.
      await ctx.db.write((tx) =>
        tx.updateTable('outbox').set({ status: 'pending', sent_at: null }).execute(),
      );
      expect(await s.runOnce()).toMatchObject({
        leader: true,
        plan: { enabled: false },
        dispatch: null,
      });
    } finally {
      await s.close();
    }
    const statuses = await ctx.db.q.selectFrom('outbox').select('status').execute();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((r) => r.status === 'pending')).toBe(true);
  });

  it('stops a running loop and releases the lease', async () => {
    const s = createScheduler(ctx, { config: config(), intervalMs: 50 });
    const running = s.run();
    await new Promise((r) => setTimeout(r, 120));
    const held = await ctx.db.q
      .selectFrom('scheduler_leases')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(held.holder).toBe(s.holder);
    s.stop();
    await running;
    const released = await ctx.db.q
      .selectFrom('scheduler_leases')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(released.holder).toBeNull();
  });
});

describe('notification configuration', () => {
  it('needs a From address with an SMTP server, and refuses other URL schemes', () => {
    expect(() => loadNotificationConfig({ DIEUHANH_SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(
      /DIEUHANH_MAIL_FROM: is required/,
    );
    expect(() =>
      loadNotificationConfig({ DIEUHANH_SMTP_URL: 'http://mail', DIEUHANH_MAIL_FROM: 'a@b.vn' }),
    ).toThrow(/DIEUHANH_SMTP_URL/);
    expect(loadNotificationConfig({})).toMatchObject({ smtpUrl: null, intervalSeconds: 60 });
    expect(
      loadNotificationConfig({
        DIEUHANH_SMTP_URL: 'smtps://u:p@mail.example.gov.vn:465',
        DIEUHANH_MAIL_FROM: 'Điều hành <dieuhanh@example.gov.vn>',
      }).messageIdDomain,
    ).toBe('example.gov.vn');
  });
});
