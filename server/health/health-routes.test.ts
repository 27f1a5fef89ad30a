import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildApp } from '../http/build-app';

let ctx: TestContext;
let app: FastifyInstance;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

describe('GET /api/health', () => {
  it('reports version, engine, migrations and the clock in use', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      status: 'ok',
      engine: TEST_ENGINE,
      migrations: { pending: [] },
      clock: {
        now: '2023-07-10T01:00:00.000Z',
        today: '2023-07-10',
        source: 'env',
        timeZone: 'Asia/Ho_Chi_Minh',
      },
      demo: false,
      dataLabel: null,
    });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers unknown routes with the error vocabulary, in Vietnamese or English', async () => {
    const vi = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(vi.statusCode).toBe(404);
    expect(vi.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy địa chỉ "/api/nope".',
    });
    const en = await app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(en.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Route "/api/nope" was not found.',
    });
  });

  it('serves a start page in Vietnamese with the product date', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('10/7/2023');
  });
});
