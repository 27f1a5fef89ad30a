import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { buildUser, call, signIn, type Session } from '../testing/http';
import { buildApp } from '../http/build-app';
import { SYSTEM_ACTOR } from '../platform/actor';
import { registerIncomingDocument } from '../documents/record-received-document';

let ctx: TestContext;
let app: FastifyInstance;
let p: TestProvince;
let office: Session;
let staff: Session;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  p = await buildProvince(ctx);
  await buildUser(ctx, {
    username: 'vp.bc',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  await buildUser(ctx, {
    username: 'stc.cv',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  office = await signIn(app, 'vp.bc');
  staff = await signIn(app, 'stc.cv');
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

interface RequestBody {
  id: number;
  unit: { id: number };
  deadline: string;
  status: string;
  taskId: number;
}

describe(`periodic reports API (${TEST_ENGINE})`, () => {
  it('defines a regime, issues June, refuses a wrong period, records a receipt, reports timeliness', async () => {
    const created = await call(app, office, {
      method: 'POST',
      url: '/api/v1/periodic-reports/regimes',
      payload: {
        name: 'Báo cáo tình hình kinh tế - xã hội tháng',
        periodKind: 'month',
        reportingUnits: [p.skhdt.code, p.stc.code],
      },
    });
    expect(created.statusCode).toBe(201);
    const regimeId = created.json<{ id: number }>().id;

    const issued = await call(app, office, {
      method: 'POST',
      url: `/api/v1/periodic-reports/regimes/${regimeId}/requests`,
      payload: { period: '2023-06' },
    });
    expect(issued.statusCode).toBe(201);
    const requests = issued.json<{ created: RequestBody[] }>().created;
    expect(requests).toHaveLength(2);
    // ND 09 window 15/5–14/6/2023 (Wednesday) + 2 working days = Friday 16/6.
    expect(requests.map((r) => r.deadline)).toEqual(['2023-06-16', '2023-06-16']);
    const skhdt = requests.find((r) => r.unit.id === p.skhdt.id);
    if (!skhdt) throw new Error('no request for the Sở KH&ĐT');

    const doc = await registerIncomingDocument(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        register: p.ubnd.code,
        issuer: p.skhdt.id,
        numberSymbol: '88/BC-SKHĐT',
        summary: 'Báo cáo tình hình kinh tế - xã hội tháng 6/2023',
        issueDate: '2023-06-15',
        arrivalDate: '2023-06-16',
      },
    });

    const wrong = await call(app, office, {
      method: 'POST',
      url: `/api/v1/periodic-reports/requests/${skhdt.id}/receipt`,
      payload: { documentId: doc.id, period: '2023-05' },
      headers: { 'accept-language': 'en' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'PERIODIC_REPORT_WRONG_PERIOD', field: 'period' });
    expect(wrong.json<{ message: string }>().message).toContain('2023-05');

    const ok = await call(app, office, {
      method: 'POST',
      url: `/api/v1/periodic-reports/requests/${skhdt.id}/receipt`,
      payload: { documentId: doc.id, period: '2023-06' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'on_time',
      receivedOn: '2023-06-16',
      receivedDocument: { id: doc.id, numberSymbol: '88/BC-SKHĐT', fileCount: 0 },
    });

    const list = await call(app, office, {
      method: 'GET',
      url: `/api/v1/periodic-reports/requests?regimeId=${regimeId}&status=overdue`,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json<RequestBody[]>().map((r) => r.unit.id)).toEqual([p.stc.id]);

    const timeliness = await call(app, office, {
      method: 'GET',
      url: '/api/v1/periodic-reports/timeliness?from=2023-06-01&to=2023-06-30',
    });
    expect(timeliness.statusCode).toBe(200);
    const lines =
      timeliness.json<Array<{ unit: { id: number }; rate: number | null; missing: number }>>();
    expect(lines.find((l) => l.unit.id === p.skhdt.id)).toMatchObject({ rate: 1, missing: 0 });
    expect(lines.find((l) => l.unit.id === p.stc.id)).toMatchObject({ rate: 0, missing: 1 });
  });

  it("limits a unit's staff to its own requests and refuses it the regime's management", async () => {
    const mine = await call(app, staff, {
      method: 'GET',
      url: '/api/v1/periodic-reports/requests',
    });
    expect(mine.statusCode).toBe(200);
    const units = new Set(mine.json<RequestBody[]>().map((r) => r.unit.id));
    expect([...units]).toEqual([p.stc.id]);
    const timeliness = await call(app, staff, {
      method: 'GET',
      url: '/api/v1/periodic-reports/timeliness?from=2023-01-01&to=2023-12-31',
    });
    expect(timeliness.json<Array<{ unit: { id: number } }>>().map((l) => l.unit.id)).toEqual([
      p.stc.id,
    ]);
    const regimes = await call(app, staff, {
      method: 'GET',
      url: '/api/v1/periodic-reports/regimes',
    });
    expect(regimes.json<unknown[]>()).toHaveLength(1);
    const refused = await call(app, staff, {
      method: 'POST',
      url: '/api/v1/periodic-reports/regimes',
      payload: { name: 'Báo cáo năm', periodKind: 'year', reportingUnits: [p.stc.code] },
    });
    expect(refused.statusCode).toBe(403);
  });
});
