import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { buildUser, call, signIn, TEST_PASSWORD, type Session } from '../testing/http';
import { buildApp } from './build-app';
import { SYSTEM_ACTOR } from '../platform/actor';
import { createApiToken } from '../access/api-tokens';
import { MAX_FAILED_LOGINS } from '../access/login';

let ctx: TestContext;
let app: FastifyInstance;
let p: TestProvince;
let office: Session;
let systemTime = new Date('2026-11-30T09:00:00Z');

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00', systemNow: () => systemTime });
  p = await buildProvince(ctx);
  await buildUser(ctx, {
    username: 'vanthu',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  await buildUser(ctx, { username: 'khoa', role: 'viewer', scope: p.province.code });
  await buildUser(ctx, { username: 'hethan', role: 'viewer', scope: p.province.code });
  app = await buildApp(ctx, { webRoot: null });
  office = await signIn(app, 'vanthu');
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

const refusals = async (action: string) =>
  (
    await ctx.db.q
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', action)
      .where('outcome', '=', 'refused')
      .execute()
  ).length;

describe('sign-in and sessions', () => {
  it('answers 401 without a session, in Vietnamese or English', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/documents' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Bạn cần đăng nhập để tiếp tục.',
    });
    const en = await app.inject({
      method: 'GET',
      url: '/api/v1/documents',
      headers: { 'accept-language': 'en' },
    });
    expect(en.json<{ message: string }>().message).toBe('You need to sign in.');
  });

  it('refuses a wrong password, locks the account after repeated failures, and audits both', async () => {
    const before = await refusals('auth.login_failed');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'khoa', password: 'sai-mat-khau-1' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'LOGIN_FAILED', field: 'password' });
    for (let i = 1; i < MAX_FAILED_LOGINS; i += 1) {
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'khoa', password: 'sai-mat-khau-1' },
      });
    }
    const locked = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'khoa', password: TEST_PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json<{ code: string }>().code).toBe('ACCOUNT_LOCKED');
    expect((await refusals('auth.login_failed')) - before).toBe(MAX_FAILED_LOGINS);
    expect(await refusals('auth.lockout')).toBe(1);
    // After the lock period the right password works again.
    systemTime = new Date(systemTime.getTime() + 16 * 60_000);
    await expect(signIn(app, 'khoa')).resolves.toMatchObject({
      csrf: expect.any(String) as string,
    });
  });

  it('expires an idle session', async () => {
    const s = await signIn(app, 'hethan');
    expect((await call(app, s, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    systemTime = new Date(systemTime.getTime() + 13 * 3_600_000);
    const res = await call(app, s, { method: 'GET', url: '/api/v1/documents' });
    expect(res.statusCode).toBe(401);
    expect(res.json<{ code: string }>().code).toBe('SESSION_EXPIRED');
    office = await signIn(app, 'vanthu');
  });

  it('sets an HttpOnly SameSite=Lax session cookie and signs out', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'hethan', password: TEST_PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === 'dh_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = {
      cookie: `dh_session=${cookie?.value ?? ''}`,
      csrf: res.json<{ csrfToken: string }>().csrfToken,
    };
    expect(
      (await call(app, session, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode,
    ).toBe(204);
    expect((await call(app, session, { method: 'GET', url: '/api/v1/documents' })).statusCode).toBe(
      401,
    );
  });
});

describe('write protection', () => {
  const issue = { issuer: 'T.UBND', type: 'BC', summary: 'Báo cáo thử', issueDate: '2023-07-10' };

  it('refuses a cookie write without the CSRF token, writes nothing, and audits it', async () => {
    const before = await refusals('auth.csrf_failed');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/documents/outgoing',
      headers: { cookie: office.cookie },
      payload: issue,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('CSRF_FAILED');
    expect(await refusals('auth.csrf_failed')).toBe(before + 1);
    expect(await ctx.db.q.selectFrom('documents').select('id').execute()).toHaveLength(0);
  });

  it('issues with the token, then refuses a stale version with 412 and audits it', async () => {
    const created = await call(app, office, {
      method: 'POST',
      url: '/api/v1/documents/outgoing',
      payload: issue,
    });
    expect(created.statusCode).toBe(201);
    const doc = created.json<{ id: number; version: number; numberSymbol: string }>();
    expect(doc.numberSymbol).toBe('01/BC-UBND');
    const ok = await call(app, office, {
      method: 'POST',
      url: `/api/v1/documents/${doc.id}/corrections`,
      headers: { 'if-match': `"${doc.version}"` },
      payload: { kind: 'recall', reason: 'Thu hồi để sửa' },
    });
    expect(ok.statusCode).toBe(200);
    const before = await refusals('refused.stale_write');
    const stale = await call(app, office, {
      method: 'POST',
      url: `/api/v1/documents/${doc.id}/corrections`,
      payload: { kind: 'cancel_number', reason: 'Lần hai', version: doc.version },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json<{ code: string }>().code).toBe('STALE_VERSION');
    expect(await refusals('refused.stale_write')).toBe(before + 1);
    const after = await call(app, office, { method: 'GET', url: `/api/v1/documents/${doc.id}` });
    expect(after.json<{ status: string }>().status).toBe('recalled');
  });

  it('refuses malformed JSON, unknown fields, unknown query parameters and oversized bodies', async () => {
    const bad = await call(app, office, {
      method: 'POST',
      url: '/api/v1/documents/outgoing',
      headers: { 'content-type': 'application/json' },
      payload: '{"issuer": ',
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await call(app, office, {
      method: 'POST',
      url: '/api/v1/documents/outgoing',
      payload: { ...issue, colour: 'red' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'FIELD_INVALID', field: 'colour' });
    const query = await call(app, office, { method: 'GET', url: '/api/v1/documents?colour=red' });
    expect(query.statusCode).toBe(400);
    expect(query.json()).toMatchObject({ field: 'colour' });
    const big = await call(app, office, {
      method: 'POST',
      url: '/api/v1/documents/outgoing',
      payload: { ...issue, summary: 'x'.repeat(1_100_000) },
    });
    expect(big.statusCode).toBe(413);
    const badDate = await call(app, office, {
      method: 'POST',
      url: '/api/v1/documents/outgoing',
      payload: { ...issue, issueDate: '2023-02-31' },
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()).toMatchObject({ code: 'FIELD_INVALID', field: 'issueDate' });
    // Left out: required, named in the person's language; a wrong type stays invalid.
    const { summary: _left, ...withoutSummary } = issue;
    const missing = await call(app, office, {
      method: 'POST',
      url: '/api/v1/documents/outgoing',
      payload: withoutSummary,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({
      code: 'FIELD_REQUIRED',
      field: 'summary',
      message: 'Trường "summary" là bắt buộc.',
    });
    const wrongType = await call(app, office, {
      method: 'POST',
      url: '/api/v1/documents/outgoing',
      payload: { ...issue, summary: 12 },
    });
    expect(wrongType.json()).toMatchObject({ code: 'FIELD_INVALID', field: 'summary' });
  });

  it('lets an API token act only within its scopes', async () => {
    const userId = (
      await ctx.db.q
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'vanthu')
        .executeTakeFirstOrThrow()
    ).id;
    const { token } = await createApiToken(ctx, {
      actor: SYSTEM_ACTOR,
      input: { name: 'Hệ thống tài chính', userId, scopes: ['documents:read'] },
    });
    const read = await app.inject({
      method: 'GET',
      url: '/api/v1/documents',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.statusCode).toBe(200);
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/documents/outgoing',
      headers: { authorization: `Bearer ${token}` },
      payload: issue,
    });
    expect(write.statusCode).toBe(403);
    const wrong = await app.inject({
      method: 'GET',
      url: '/api/v1/documents',
      headers: { authorization: 'Bearer dh_nope' },
    });
    expect(wrong.statusCode).toBe(401);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 after too many sign-in attempts from one address', async () => {
    const limited = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
    try {
      const strictApp = await buildApp(
        Object.assign(limited, { config: { ...limited.config, loginRatePerMinute: 3 } }),
        { webRoot: null },
      );
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const res = await strictApp.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'ai-do', password: 'khong-dung-1' },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      await strictApp.close();
    } finally {
      await limited.cleanup();
    }
  });
});

describe('OpenAPI', () => {
  it('publishes an OpenAPI 3 document with request and response schemas for every endpoint', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { responses: Record<string, unknown>; requestBody?: unknown; parameters?: unknown[] }
        >
      >;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([m, op]) => ({ path, m, op })),
    );
    expect(ops.length).toBeGreaterThan(25);
    for (const { path, m, op } of ops) {
      expect(Object.keys(op.responses), `${m} ${path}`).not.toHaveLength(0);
    }
    const issue = doc.paths['/api/v1/documents/outgoing']?.post?.requestBody as
      { content: Record<string, { schema: { properties?: object } }> } | undefined;
    expect(Object.keys(issue?.content['application/json']?.schema.properties ?? {})).toEqual(
      expect.arrayContaining(['issuer', 'type', 'summary']),
    );
    expect(doc.paths['/api/v1/documents']?.get?.parameters?.length).toBeGreaterThan(5);
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});
