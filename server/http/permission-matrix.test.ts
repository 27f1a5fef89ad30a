import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import {
  buildPermissionFixture,
  type PermissionFixture,
  type Side,
} from '../testing/permission-fixture';
import { signIn } from '../testing/http';
import { ROLES } from '../access/tables';
import { buildApp } from './build-app';
import { MATRIX } from './permission-matrix.rows';

let ctx: TestContext;
let app: FastifyInstance;
let f: PermissionFixture;
const registered: Array<{ method: string; url: string }> = [];

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  const configured = Object.assign(ctx, { config: { ...ctx.config, loginRatePerMinute: 10_000 } });
  app = await buildApp(configured, { webRoot: null });
  f = await buildPermissionFixture(ctx, app);
}, 120_000);
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

/** The documentation pages of @fastify/swagger-ui: public, third-party, not API operations. */
const DOCS_ROUTE = /^\/api\/docs(\/|$)/;

describe(`permission matrix (${TEST_ENGINE})`, () => {
  it('has a row for every registered API route', () => {
    registered.push(...app.registeredRoutes);
    const api = registered.filter(
      (r) => r.url.startsWith('/api') && !DOCS_ROUTE.test(r.url) && r.method !== 'HEAD',
    );
    const missing = api.filter(
      (r) => !MATRIX.some((row) => row.method === r.method && row.route === r.url),
    );
    expect(missing, 'routes without a row in the permission matrix').toEqual([]);
    const stale = MATRIX.filter(
      (row) => !api.some((r) => r.method === row.method && r.url === row.route),
    );
    expect(
      stale.map((r) => `${r.method} ${r.route}`),
      'rows for routes that do not exist',
    ).toEqual([]);
  });

  it('serves the API documentation pages without a session', async () => {
    const docs = registered.filter((r) => DOCS_ROUTE.test(r.url) && r.method === 'GET');
    expect(docs.length).toBeGreaterThan(0);
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
  });

  for (const row of MATRIX) {
    it(`${row.method} ${row.route}`, async () => {
      const results: string[] = [];
      const expected: string[] = [];
      if (row.anonymous !== undefined) {
        const req = await row.build(f, 'own');
        const res = await app.inject({ ...req, method: row.method });
        results.push(`anonymous: ${res.statusCode}`);
        expected.push(`anonymous: ${row.anonymous}`);
      }
      for (const role of ROLES) {
        for (const [i, side] of (['own', 'other'] as Side[]).entries()) {
          const { freshSession, headers, ...req } = await row.build(f, side);
          const session = freshSession ? await signIn(app, `u_${role}`) : f.sessions[role];
          const res = await app.inject({
            ...req,
            method: row.method,
            headers: { ...headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
          });
          results.push(
            `${role}/${side}: ${res.statusCode}${res.statusCode >= 400 && res.statusCode !== row.expect[role][i] ? ` ${res.body.slice(0, 160)}` : ''}`,
          );
          expected.push(`${role}/${side}: ${row.expect[role][i]}`);
        }
      }
      expect(results).toEqual(expected);
    });
  }
});
