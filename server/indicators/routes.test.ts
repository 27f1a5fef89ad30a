import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { buildUser, call, signIn, type Session } from '../testing/http';
import { SYSTEM_ACTOR } from '../platform/actor';
import { createApiToken } from '../access/api-tokens';
import { buildApp } from '../http/build-app';
import { setIndicatorTarget } from './set-indicator-target';
import { buildIndicator } from './testing/kit';

let ctx: TestContext;
let app: FastifyInstance;
let p: TestProvince;
let staffSession: Session;
let financeLeader: number;
let financeStaff: number;
let total: number;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  p = await buildProvince(ctx, 'T');
  financeLeader = await buildUser(ctx, {
    username: 'stc',
    role: 'unit_leader',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  financeStaff = await buildUser(ctx, {
    username: 'stc.cv',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  staffSession = await signIn(app, 'stc.cv');
  total = (
    await buildIndicator(ctx, {
      code: 'NS.TONG',
      ownerUnit: p.stc.id,
      category: 'budget_revenue',
      colourTarget: 'estimate_council',
    })
  ).id;
  await buildIndicator(ctx, { code: 'NS.TSDD', ownerUnit: p.stc.id, parent: total });
  await buildIndicator(ctx, { code: 'KH.FDI', ownerUnit: p.skhdt.id });
  await setIndicatorTarget(ctx, {
    actor: SYSTEM_ACTOR,
    input: { indicatorId: total, year: 2023, kind: 'estimate_council', value: 12_500 },
  });
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

async function token(userId: number, scopes: string[]): Promise<string> {
  return (
    await createApiToken(ctx, {
      actor: SYSTEM_ACTOR,
      input: { name: 'Hệ thống quản lý ngân sách (TABMIS)', userId, scopes },
    })
  ).token;
}

const feed = {
  values: [
    { indicator: 'NS.TONG', period: '2023-05', value: 812.3 },
    { indicator: 'ns.tsdd', period: '2023-05', value: 95.1 },
    { indicator: 'NS.TONG', period: '2023-07', value: 860, estimate: true, note: 'Số ước' },
  ],
};

const apiValues = async () =>
  ctx.db.q
    .selectFrom('indicator_values')
    .select(['value', 'status', 'entered_by_name'])
    .where('source', '=', 'api')
    .orderBy('id')
    .execute();

describe(`indicator API (${TEST_ENGINE})`, () => {
  it('accepts the finance system’s feed through a token with indicators:write, and refuses one without', async () => {
    const readOnly = await token(financeLeader, ['indicators:read']);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/indicator-values',
      headers: { authorization: `Bearer ${readOnly}` },
      payload: feed,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect(await apiValues()).toEqual([]);
    const table = await app.inject({
      method: 'GET',
      url: '/api/v1/indicators/revenue-by-source?period=2023-07',
      headers: { authorization: `Bearer ${readOnly}` },
    });
    expect(table.statusCode).toBe(200);

    const write = await token(financeLeader, ['indicators:write']);
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/v1/indicator-values',
      headers: { authorization: `Bearer ${write}` },
      payload: feed,
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({
      received: 3,
      approved: 3,
      pending: 0,
      items: [
        { indicator: 'NS.TONG', period: '2023-05', status: 'approved' },
        { indicator: 'NS.TSDD', period: '2023-05', status: 'approved' },
        { indicator: 'NS.TONG', period: '2023-07', status: 'approved' },
      ],
    });
    expect(await apiValues()).toEqual([
      { value: 812.3, status: 'approved', entered_by_name: 'stc' },
      { value: 95.1, status: 'approved', entered_by_name: 'stc' },
      { value: 860, status: 'approved', entered_by_name: 'stc' },
    ]);
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select(['actor_kind', 'details'])
      .where('action', '=', 'indicator.receive_feed')
      .executeTakeFirstOrThrow();
    expect(audit.actor_kind).toBe('token');
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({ source: 'api', values: 3 });
    // A write-only token does not read.
    const noRead = await app.inject({
      method: 'GET',
      url: '/api/v1/indicators/table',
      headers: { authorization: `Bearer ${write}` },
    });
    expect(noRead.statusCode).toBe(403);

    const revenue = await app.inject({
      method: 'GET',
      url: '/api/v1/indicators/revenue-by-source?period=2023-07',
      headers: { authorization: `Bearer ${readOnly}` },
    });
    expect(revenue.json<{ rows: unknown[] }>().rows[0]).toMatchObject({
      source: { code: 'NS.TONG', depth: 0 },
      estimateCouncil: 12_500,
      estimateCentral: null,
      actual: 1672.3,
      percentOfEstimateCouncil: (1672.3 / 12_500) * 100,
      percentOfEstimateCentral: null,
      includesEstimate: true,
    });
  });

  it('follows the token user’s approval rules and refuses a batch with a bad figure whole', async () => {
    const staffToken = await token(financeStaff, ['indicators:write']);
    const before = (await apiValues()).length;
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/indicator-values',
      headers: { authorization: `Bearer ${staffToken}` },
      payload: {
        values: [
          { indicator: 'NS.TONG', period: '2023-04', value: 700 },
          { indicator: 'NS.TONG', period: '2023-Q2', value: 2100 },
          { indicator: 'NS.KHONGCO', period: '2023-04', value: 1 },
          { indicator: 'NS.TONG', period: '2023-04', value: 701 },
        ],
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({
      code: 'INDICATOR_BATCH_REJECTED',
      field: 'values.1.period',
      message: 'Không ghi được số liệu: có 3 lỗi, chưa có số liệu nào được ghi.',
      details: [
        { code: 'INDICATOR_PERIOD_KIND', field: 'values.1.period' },
        { code: 'INDICATOR_UNKNOWN', field: 'values.2.indicator' },
        { code: 'INDICATOR_DUPLICATE_VALUE', field: 'values.3.period' },
      ],
    });
    expect((await apiValues()).length).toBe(before);
    // Another unit's indicator refuses the whole batch.
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/v1/indicator-values',
      headers: { authorization: `Bearer ${staffToken}` },
      payload: { values: [{ indicator: 'KH.FDI', period: '2023-04', value: 1 }] },
    });
    expect(foreign.statusCode).toBe(403);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/indicator-values',
      headers: { authorization: `Bearer ${staffToken}` },
      payload: { values: [{ indicator: 'NS.TONG', period: '2023-04', value: 700 }] },
    });
    expect(ok.json()).toMatchObject({ approved: 0, pending: 1 });
  });

  it('names the field of a refusal in Vietnamese, and in English on request', async () => {
    const url = `/api/v1/indicators/${total}/values`;
    const payload = { period: '2023-Q2', value: 10 };
    const vi = await call(app, staffSession, { method: 'POST', url, payload });
    expect(vi.statusCode).toBe(422);
    expect(vi.json()).toEqual({
      code: 'INDICATOR_PERIOD_KIND',
      field: 'period',
      message:
        'Trường "period": chỉ tiêu "NS.TONG" nhập số liệu theo tháng; kỳ "quý II/2023" không phù hợp.',
    });
    const en = await call(app, staffSession, {
      method: 'POST',
      url,
      payload,
      headers: { 'accept-language': 'en' },
    });
    expect(en.json()).toEqual({
      code: 'INDICATOR_PERIOD_KIND',
      field: 'period',
      message:
        'Field "period": the indicator "NS.TONG" takes figures by month; the period "quý II/2023" does not fit.',
    });
    const malformed = await call(app, staffSession, {
      method: 'POST',
      url,
      payload: { period: 'tháng 6', value: 1 },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'FIELD_INVALID', field: 'period' });
    const entered = await call(app, staffSession, {
      method: 'POST',
      url,
      payload: { period: '2023-06', value: 850.25 },
    });
    expect(entered.statusCode).toBe(201);
    expect(entered.json()).toMatchObject({ status: 'pending', source: 'manual', value: 850.25 });

    const unknownField = await call(app, staffSession, {
      method: 'GET',
      url: '/api/v1/indicators/table?period=2023-06&colour=red',
    });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json()).toMatchObject({ code: 'FIELD_INVALID', field: 'colour' });
    const table = await call(app, staffSession, {
      method: 'GET',
      url: '/api/v1/indicators/table?period=2023-06',
    });
    expect(table.statusCode).toBe(200);
    const rows = table.json<{
      rows: Array<{ indicator: { code: string }; pendingCount: number }>;
    }>().rows;
    expect(rows.map((r) => r.indicator.code)).toEqual(['NS.TONG', 'NS.TSDD']);
    expect(rows[0]?.pendingCount).toBe(2);
  });
});
