import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildApp } from './build-app';

let ctx: TestContext;
let app: FastifyInstance;
let root: string;

beforeAll(async () => {
  ctx = await createTestContext();
  root = mkdtempSync(join(tmpdir(), 'dieuhanh-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Điều hành</title>');
  writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
  app = await buildApp(ctx, { webRoot: root });
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe('web application serving', () => {
  it('serves assets, including ones built after start-up, and index.html for client routes', async () => {
    expect((await app.inject({ url: '/assets/app-1.js' })).headers['content-type']).toContain(
      'javascript',
    );
    writeFileSync(join(root, 'assets', 'app-2.js'), 'console.log(2)');
    const fresh = await app.inject({ url: '/assets/app-2.js' });
    expect(fresh.statusCode).toBe(200);
    const route = await app.inject({ url: '/van-ban/123' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('Điều hành');
    // A filter whose value ends like a file name is still a page.
    const filtered = await app.inject({ url: '/cong-dan-cu-tri?q=KN.20230420.0002' });
    expect(filtered.statusCode).toBe(200);
    expect(filtered.body).toContain('Điều hành');
  });

  it('answers 404, not the page, for missing assets and unknown API addresses', async () => {
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    const api = await app.inject({ url: '/api/v1/khong-co' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
