import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince } from '../testing/factories';
import { buildUser, call, signIn, type Session } from '../testing/http';
import { buildApp } from '../http/build-app';

let ctx: TestContext;
let app: FastifyInstance;
let anna: Session;
let binh: Session;
let admin: Session;
let annaId: number;
let binhId: number;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T09:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  const p = await buildProvince(ctx);
  annaId = await buildUser(ctx, {
    username: 'anna',
    role: 'unit_staff',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
  });
  binhId = await buildUser(ctx, {
    username: 'binh',
    role: 'unit_staff',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
  });
  await buildUser(ctx, {
    username: 'quantri',
    role: 'admin',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  anna = await signIn(app, 'anna');
  binh = await signIn(app, 'binh');
  admin = await signIn(app, 'quantri');
  await ctx.db.write((tx) =>
    tx
      .insertInto('notifications')
      .values(
        [1, 2, 3].map((n) => ({
          user_id: annaId,
          kind: 'reminder.before_deadline',
          title: `Nhắc hạn ${n}`,
          body: 'Nội dung',
          link: `/nhiem-vu/${n}`,
          source_key: `test:${n}`,
          created_at: `2026-12-0${n}T01:00:00.000Z`,
          read_at: null,
        })),
      )
      .execute(),
  );
  await ctx.db.write((tx) =>
    tx
      .insertInto('notifications')
      .values({
        user_id: binhId,
        kind: 'digest',
        title: 'Tổng hợp của Bình',
        body: '',
        link: null,
        source_key: 'test:binh',
        created_at: '2026-12-01T01:00:00.000Z',
        read_at: null,
      })
      .execute(),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

type Inbox = {
  items: Array<{ id: number; title: string; readAt: string | null }>;
  unreadCount: number;
};
const inboxOf = async (s: Session, query = '') =>
  (await call(app, s, { method: 'GET', url: `/api/v1/notifications${query}` })).json<Inbox>();

async function auditActions(): Promise<string[]> {
  const rows = await ctx.db.q.selectFrom('audit_log').select('action').orderBy('seq').execute();
  return rows.map((r) => r.action);
}

describe(`notification API (${TEST_ENGINE})`, () => {
  it('lists my notifications, newest first, with the unread count; never another person’s', async () => {
    const mine = await inboxOf(anna);
    expect(mine.items.map((n) => n.title)).toEqual(['Nhắc hạn 3', 'Nhắc hạn 2', 'Nhắc hạn 1']);
    expect(mine.unreadCount).toBe(3);
    expect((await inboxOf(binh)).items.map((n) => n.title)).toEqual(['Tổng hợp của Bình']);
    const page = await inboxOf(anna, `?limit=1&before=${mine.items[0]?.id}`);
    expect(page.items.map((n) => n.title)).toEqual(['Nhắc hạn 2']);
  });

  it('marks one read (once), refuses another person’s as not found, then all', async () => {
    const [newest, middle] = (await inboxOf(anna)).items;
    const binhs = (await inboxOf(binh)).items[0];
    const read = await call(app, anna, {
      method: 'POST',
      url: `/api/v1/notifications/${newest?.id}/read`,
    });
    expect(read.statusCode).toBe(204);
    const theirs = await call(app, anna, {
      method: 'POST',
      url: `/api/v1/notifications/${binhs?.id}/read`,
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await inboxOf(binh)).unreadCount).toBe(1);
    const after = await inboxOf(anna);
    expect(after.unreadCount).toBe(2);
    const firstRead = after.items[0]?.readAt;
    expect(firstRead).not.toBeNull();
    await call(app, anna, { method: 'POST', url: `/api/v1/notifications/${newest?.id}/read` });
    expect((await inboxOf(anna)).items[0]?.readAt).toBe(firstRead);
    expect((await inboxOf(anna, '?unread=true')).items.map((n) => n.id)).toContain(middle?.id);
    // Unread again, then "all read" only up to what was seen: a newer one stays unread.
    const unread = await call(app, anna, {
      method: 'POST',
      url: `/api/v1/notifications/${newest?.id}/read`,
      payload: { read: false },
    });
    expect(unread.statusCode).toBe(204);
    expect((await inboxOf(anna)).unreadCount).toBe(3);
    const seen = await call(app, anna, {
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      payload: { upToId: middle?.id },
    });
    expect(seen.json()).toEqual({ updated: 2 });
    expect((await inboxOf(anna, '?unread=true')).items.map((n) => n.id)).toEqual([newest?.id]);
    const all = await call(app, anna, { method: 'POST', url: '/api/v1/notifications/read-all' });
    expect(all.json()).toEqual({ updated: 1 });
    expect((await inboxOf(anna)).unreadCount).toBe(0);
    expect((await inboxOf(binh)).unreadCount).toBe(1);
  });

  it('shows the defaults, then saves my preferences (audited); refuses a bad time naming the field', async () => {
    const get = await call(app, anna, { method: 'GET', url: '/api/v1/notification-preferences' });
    expect(get.json()).toEqual({
      beforeDeadlineDays: [7, 3, 1, 0],
      overdueRepeat: 'daily',
      digestTime: null,
      email: true,
      webhook: true,
      emailAddress: null,
    });
    const bad = await call(app, anna, {
      method: 'PUT',
      url: '/api/v1/notification-preferences',
      payload: {
        beforeDeadlineDays: [3],
        overdueRepeat: 'daily',
        digestTime: '25:00',
        email: true,
        webhook: true,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'FIELD_INVALID', field: 'digestTime' });
    const put = await call(app, anna, {
      method: 'PUT',
      url: '/api/v1/notification-preferences',
      payload: {
        beforeDeadlineDays: [1, 5, 5],
        overdueRepeat: 'weekly',
        digestTime: '07:30',
        email: false,
        webhook: true,
      },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      beforeDeadlineDays: [5, 1],
      overdueRepeat: 'weekly',
      digestTime: '07:30',
      email: false,
    });
    expect(
      (await call(app, anna, { method: 'GET', url: '/api/v1/notification-preferences' })).json(),
    ).toMatchObject({
      beforeDeadlineDays: [5, 1],
    });
    // Binh's are untouched.
    expect(
      (await call(app, binh, { method: 'GET', url: '/api/v1/notification-preferences' })).json(),
    ).toMatchObject({
      overdueRepeat: 'daily',
    });
    expect(await auditActions()).toContain('notification_preferences.update');
  });

  it('lets an administrator add, list and remove webhook endpoints; the secret is shown once', async () => {
    const created = await call(app, admin, {
      method: 'POST',
      url: '/api/v1/webhook-endpoints',
      payload: { url: 'https://zalo-bridge.example.gov.vn/hook', description: 'Zalo OA của tỉnh' },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json<{ endpoint: { id: number; events: string[] }; secret: string }>();
    expect(body.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(body.endpoint.events).toEqual([
      'reminder.before_deadline',
      'reminder.overdue',
      'digest',
    ]);
    const list = await call(app, admin, { method: 'GET', url: '/api/v1/webhook-endpoints' });
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: body.endpoint.id,
        url: 'https://zalo-bridge.example.gov.vn/hook',
        active: true,
      }),
    ]);
    expect(list.body).not.toContain(body.secret);
    const bad = await call(app, admin, {
      method: 'POST',
      url: '/api/v1/webhook-endpoints',
      payload: { url: 'ftp://example.gov.vn/x' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'WEBHOOK_URL_INVALID', field: 'url' });
    const withPassword = await call(app, admin, {
      method: 'POST',
      url: '/api/v1/webhook-endpoints',
      payload: { url: 'https://user:secret@example.gov.vn/x' },
    });
    expect(withPassword.statusCode).toBe(422);
    const removed = await call(app, admin, {
      method: 'DELETE',
      url: `/api/v1/webhook-endpoints/${body.endpoint.id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (await call(app, admin, { method: 'GET', url: '/api/v1/webhook-endpoints' })).json(),
    ).toEqual([]);
    const again = await call(app, admin, {
      method: 'DELETE',
      url: `/api/v1/webhook-endpoints/${body.endpoint.id}`,
    });
    expect(again.statusCode).toBe(404);
    const actions = await auditActions();
    expect(actions).toContain('webhook_endpoint.create');
    expect(actions).toContain('webhook_endpoint.delete');
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'webhook_endpoint.create')
      .executeTakeFirstOrThrow();
    expect(audit.after).not.toContain(body.secret);
  });

  it('refuses webhook endpoints to everyone but administrators', async () => {
    const res = await call(app, anna, {
      method: 'POST',
      url: '/api/v1/webhook-endpoints',
      payload: { url: 'https://sms.example.gov.vn/hook' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
  });
});
