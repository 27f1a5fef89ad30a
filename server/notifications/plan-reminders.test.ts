import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { setSetting } from '../platform/settings';
import { planReminders } from './plan-reminders';
import { createWebhookEndpoint } from './webhook-endpoints';
import { insertRecipient, insertTask } from './testing/factories';

// Monday 10/7/2023, 09:00 local: the 08:00 reminders of the day are due.
const NOW = '2023-07-10T09:00:00+07:00';
const AT_8 = '2023-07-10T01:00:00.000Z';

let ctx: TestContext;
let p: TestProvince;
let staff: { userId: number }; // Sở KH&ĐT staff, e-mail
let unitLeader: { userId: number }; // Sở KH&ĐT leader, no e-mail address
let stcStaff: { userId: number }; // Sở Tài chính staff
let viceChair: { userId: number; personId: number }; // leader in charge (Phó Chủ tịch)

beforeAll(async () => {
  ctx = await createTestContext({ now: NOW });
  p = await buildProvince(ctx);
  staff = await insertRecipient(ctx, {
    role: 'unit_staff',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
    email: 'Chuyenvien@SKHDT.example.gov.vn',
    phone: '0912345678',
  });
  unitLeader = await insertRecipient(ctx, {
    role: 'unit_leader',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
    email: null,
  });
  stcStaff = await insertRecipient(ctx, {
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  viceChair = await insertRecipient(ctx, {
    role: 'leader',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  // Someone of the unit who only views: never reminded.
  await insertRecipient(ctx, { role: 'viewer', unit: p.skhdt.code, scope: p.skhdt.code });
});
afterAll(async () => ctx.cleanup());

beforeEach(async () => {
  await ctx.db.write(async (tx) => {
    await tx.deleteFrom('outbox').execute();
    await tx.deleteFrom('notification_preferences').execute();
    await tx.deleteFrom('webhook_endpoints').execute();
    await tx.deleteFrom('task_assignments').execute();
    await tx.deleteFrom('tasks').execute();
    await setSetting(tx, 'notificationsEnabled', true, ctx.clock.now());
  });
});

async function outboxKeys(): Promise<string[]> {
  const rows = await ctx.db.q.selectFrom('outbox').select('key').orderBy('key').execute();
  return rows.map((r) => r.key);
}

const task = (opts: Partial<Parameters<typeof insertTask>[1]> & { deadline: string | null }) =>
  insertTask(ctx, { assigningUnitId: p.ubnd.id, leadUnitId: p.skhdt.id, ...opts });

describe(`planning reminders (${TEST_ENGINE})`, () => {
  it('enqueues the due reminder for the unit’s leaders and staff, on the inbox and by e-mail where there is an address', async () => {
    const t = await task({
      deadline: '2023-07-13',
      coordinatingUnitIds: [p.stc.id],
      followingUnitIds: [p.tinhUy.id],
      leaderPersonId: viceChair.personId,
    });
    const summary = await planReminders(ctx, { email: true });
    expect(summary).toEqual({ enabled: true, assignments: 2, enqueued: 5 });
    const lead = `reminder:${t.leadAssignmentId}:before-3:${AT_8}`;
    const coord = `reminder:${t.otherAssignmentIds[0]}:before-3:${AT_8}`;
    expect(await outboxKeys()).toEqual(
      [
        `${lead}:inbox:user:${staff.userId}`,
        `${lead}:email:chuyenvien@skhdt.example.gov.vn`,
        `${lead}:inbox:user:${unitLeader.userId}`,
        `${coord}:inbox:user:${stcStaff.userId}`,
        `${coord}:email:${(await emailOf(stcStaff.userId)) ?? 'missing'}`,
      ].sort(),
    );
    const row = await ctx.db.q
      .selectFrom('outbox')
      .selectAll()
      .where('key', '=', `${lead}:inbox:user:${staff.userId}`)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 0,
      due_at: AT_8,
      user_id: staff.userId,
    });
    const payload = JSON.parse(row.payload) as { title: string; body: string; link: string };
    expect(payload.title).toMatch(/^Nhắc hạn: còn 3 ngày — Nhiệm vụ thử/);
    expect(payload.body).toContain('Hạn xử lý: 13/7/2023');
    expect(payload.body).toContain('Đơn vị chủ trì: ');
    expect(payload.link).toBe(`/nhiem-vu/${t.taskId}`);
  });

  it('is idempotent: planning again enqueues nothing', async () => {
    await task({ deadline: '2023-07-13' });
    const first = await planReminders(ctx, { email: true });
    const keys = await outboxKeys();
    const second = await planReminders(ctx, { email: true });
    expect(first.enqueued).toBeGreaterThan(0);
    expect(second.enqueued).toBe(0);
    expect(await outboxKeys()).toEqual(keys);
  });

  it('never reminds of a completed task, nor of one waiting for its approving body', async () => {
    await task({ deadline: '2023-07-13', completedOn: '2023-07-07' });
    await task({ deadline: '2023-07-05', completedOn: '2023-07-09' });
    await task({ deadline: '2023-07-13', awaitingBody: 'Tỉnh ủy' });
    expect(await planReminders(ctx, { email: true })).toEqual({
      enabled: true,
      assignments: 0,
      enqueued: 0,
    });
  });

  it('follows an approved extension: no reminder of the old deadline', async () => {
    // The old deadline 11/7 would be reminded today (1 day before); the new one 31/7 not before 24/7.
    await task({
      deadline: '2023-07-11',
      extendedDeadline: '2023-07-31',
      extensionApprovedOn: '2023-07-05',
    });
    const unapproved = await task({ deadline: '2023-07-11', extendedDeadline: '2023-07-31' });
    await planReminders(ctx, { email: false });
    expect(await outboxKeys()).toEqual(
      [
        `reminder:${unapproved.leadAssignmentId}:before-1:${AT_8}:inbox:user:${staff.userId}`,
        `reminder:${unapproved.leadAssignmentId}:before-1:${AT_8}:inbox:user:${unitLeader.userId}`,
      ].sort(),
    );
  });

  it('reminds the leader in charge of an overdue lead assignment, and uses each person’s repeat', async () => {
    // Deadline Wednesday 5/7: overdue since Thursday 6/7.
    const t = await task({
      deadline: '2023-07-05',
      coordinatingUnitIds: [p.stc.id],
      leaderPersonId: viceChair.personId,
    });
    await ctx.db.write((tx) =>
      tx
        .insertInto('notification_preferences')
        .values({
          user_id: stcStaff.userId,
          before_deadline_days: '[7,3,1,0]',
          overdue_repeat: 'weekly',
          digest_time: null,
          email_enabled: 0,
          webhook_enabled: 1,
          updated_at: '2023-07-01T00:00:00.000Z',
        })
        .execute(),
    );
    await planReminders(ctx, { email: false });
    const keys = await outboxKeys();
    const lead = `reminder:${t.leadAssignmentId}:overdue:${AT_8}`;
    expect(keys).toContain(`${lead}:inbox:user:${viceChair.userId}`);
    expect(keys).toContain(`${lead}:inbox:user:${staff.userId}`);
    // Weekly from Thursday 6/7: the latest one is that Thursday's.
    expect(keys).toContain(
      `reminder:${t.otherAssignmentIds[0]}:overdue:2023-07-06T01:00:00.000Z:inbox:user:${stcStaff.userId}`,
    );
    expect(keys.filter((k) => k.includes(`user:${viceChair.userId}`))).toHaveLength(1);
  });

  it('sends e-mail and webhooks only as each person chose', async () => {
    const { endpoint } = await createWebhookEndpoint(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        url: 'https://zalo-bridge.example.gov.vn/hook',
        events: ['reminder.before_deadline'],
      },
    });
    await createWebhookEndpoint(ctx, {
      actor: SYSTEM_ACTOR,
      input: { url: 'https://sms.example.gov.vn/hook', events: ['reminder.overdue'] },
    });
    const t = await task({ deadline: '2023-07-13' });
    await ctx.db.write((tx) =>
      tx
        .insertInto('notification_preferences')
        .values({
          user_id: unitLeader.userId,
          before_deadline_days: '[7,3,1,0]',
          overdue_repeat: 'daily',
          digest_time: null,
          email_enabled: 1,
          webhook_enabled: 0,
          updated_at: '2023-07-01T00:00:00.000Z',
        })
        .execute(),
    );
    await planReminders(ctx, { email: true });
    const lead = `reminder:${t.leadAssignmentId}:before-3:${AT_8}`;
    const webhookRecipient = `endpoint:${endpoint.id}:user:${staff.userId}`;
    expect(await outboxKeys()).toEqual(
      [
        `${lead}:inbox:user:${staff.userId}`,
        `${lead}:email:chuyenvien@skhdt.example.gov.vn`,
        `${lead}:webhook:${webhookRecipient}`,
        `${lead}:inbox:user:${unitLeader.userId}`,
      ].sort(),
    );
    const hook = await ctx.db.q
      .selectFrom('outbox')
      .select(['payload', 'recipient', 'channel'])
      .where('channel', '=', 'webhook')
      .executeTakeFirstOrThrow();
    expect(hook.recipient).toBe(webhookRecipient);
    expect(JSON.parse(hook.payload)).toMatchObject({
      data: {
        taskId: t.taskId,
        deadline: '2023-07-13',
        daysLeft: 3,
        recipient: { userId: staff.userId, phone: '0912345678' },
      },
    });
  });

  it('enqueues a daily digest at the chosen time, once a day', async () => {
    await task({ deadline: '2023-07-13', content: 'Báo cáo tình hình giải ngân' });
    await task({ deadline: '2023-07-03', content: 'Rà soát dự án chậm tiến độ' });
    await task({ deadline: '2023-09-30', content: 'Việc còn xa' });
    await ctx.db.write((tx) =>
      tx
        .insertInto('notification_preferences')
        .values([
          {
            user_id: staff.userId,
            before_deadline_days: '[7,3,1,0]',
            overdue_repeat: 'daily',
            digest_time: '07:30',
            email_enabled: 0,
            webhook_enabled: 0,
            updated_at: '2023-07-01T00:00:00.000Z',
          },
          {
            user_id: unitLeader.userId,
            before_deadline_days: '[7,3,1,0]',
            overdue_repeat: 'daily',
            digest_time: '16:30', // later today: not yet
            email_enabled: 0,
            webhook_enabled: 0,
            updated_at: '2023-07-01T00:00:00.000Z',
          },
        ])
        .execute(),
    );
    await planReminders(ctx, { email: false });
    const digests = await ctx.db.q
      .selectFrom('outbox')
      .select(['key', 'payload', 'due_at'])
      .where('kind', '=', 'digest')
      .execute();
    expect(digests.map((d) => d.key)).toEqual([
      `digest:${staff.userId}:2023-07-10:inbox:user:${staff.userId}`,
    ]);
    expect(digests[0]?.due_at).toBe('2023-07-10T00:30:00.000Z');
    const payload = JSON.parse(digests[0]?.payload ?? '{}') as { title: string; body: string };
    expect(payload.title).toBe('Tổng hợp nhiệm vụ ngày 10/7/2023: 1 quá hạn, 1 sắp đến hạn');
    expect(payload.body.split('\n')).toEqual([
      '• Rà soát dự án chậm tiến độ — Sở Kế hoạch và Đầu tư, hạn 03/7/2023 (quá hạn 7 ngày)',
      '• Báo cáo tình hình giải ngân — Sở Kế hoạch và Đầu tư, hạn 13/7/2023 (còn 3 ngày)',
    ]);
    expect((await planReminders(ctx, { email: false })).enqueued).toBe(0);
  });

  it('plans nothing while notifications are turned off (the demo)', async () => {
    await task({ deadline: '2023-07-13' });
    await ctx.db.write((tx) => setSetting(tx, 'notificationsEnabled', false, ctx.clock.now()));
    expect(await planReminders(ctx, { email: true })).toEqual({
      enabled: false,
      assignments: 0,
      enqueued: 0,
    });
    expect(await outboxKeys()).toEqual([]);
  });
});

async function emailOf(userId: number): Promise<string | null> {
  const row = await ctx.db.q
    .selectFrom('users as u')
    .innerJoin('people as p', 'p.id', 'u.person_id')
    .select('p.email')
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return row?.email ?? null;
}
