import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { buildCommitteeLeaders, type CommitteeLeaders } from '../testing/meeting-fixture';
import { buildUser, call, signIn, type Session } from '../testing/http';
import { buildApp } from '../http/build-app';

let ctx: TestContext;
let app: FastifyInstance;
let p: TestProvince;
let leaders: CommitteeLeaders;
let office: Session;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  p = await buildProvince(ctx);
  leaders = await buildCommitteeLeaders(ctx, p);
  await buildUser(ctx, {
    username: 'vp.tonghop',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  office = await signIn(app, 'vp.tonghop');
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

describe(`meeting API (${TEST_ENGINE})`, () => {
  it('convenes a meeting, refuses bad conclusions naming the field in both languages, issues once', async () => {
    const created = await call(app, office, {
      method: 'POST',
      url: '/api/v1/meetings',
      payload: { meetingDate: '2023-07-07', chair: leaders.chair, attendees: [p.skhdt.code] },
    });
    expect(created.statusCode).toBe(201);
    const meeting = created.json<{ id: number; status: string; calendarEventId: number }>();
    expect(meeting.status).toBe('draft');
    expect(meeting.calendarEventId).toEqual(expect.any(Number));
    const url = `/api/v1/meetings/${meeting.id}`;

    const noLead = { content: 'Hoàn thành hồ sơ', deadline: '2023-08-31' };
    const vi = await call(app, office, {
      method: 'POST',
      url: `${url}/conclusions`,
      payload: noLead,
    });
    expect(vi.statusCode).toBe(422);
    expect(vi.json()).toEqual({
      code: 'MEETING_CONCLUSION_LEAD_REQUIRED',
      field: 'leadUnit',
      message: 'Trường "leadUnit": mỗi kết luận phải có đúng một đơn vị chủ trì (đang có 0).',
    });
    const en = await call(app, office, {
      method: 'POST',
      url: `${url}/conclusions`,
      payload: { ...noLead, leadUnit: p.skhdt.id, deadline: '2023-07-01' },
      headers: { 'accept-language': 'en' },
    });
    expect(en.statusCode).toBe(422);
    expect(en.json()).toEqual({
      code: 'MEETING_DEADLINE_BEFORE_MEETING',
      field: 'deadline',
      message:
        'Field "deadline": the deadline 2023-07-01 cannot be before the meeting date 2023-07-07.',
    });

    const ok = await call(app, office, {
      method: 'POST',
      url: `${url}/conclusions`,
      payload: { ...noLead, leadUnit: p.skhdt.id },
    });
    expect(ok.statusCode).toBe(201);

    // No body at all: every field of the notice has a default.
    const issued = await call(app, office, { method: 'POST', url: `${url}/issue` });
    expect(issued.statusCode).toBe(201);
    const body = issued.json<{
      status: string;
      conclusionDocument: { numberSymbol: string };
      conclusions: Array<{ taskId: number }>;
    }>();
    expect(body.status).toBe('issued');
    expect(body.conclusionDocument.numberSymbol).toBe('01/TB-UBND');
    const task = await call(app, office, {
      method: 'GET',
      url: `/api/v1/tasks/${body.conclusions[0]?.taskId}`,
    });
    expect(task.json<{ source: { kind: string; itemLabel: string } }>().source).toMatchObject({
      kind: 'meeting',
      itemLabel: '1',
    });

    const again = await call(app, office, {
      method: 'POST',
      url: `${url}/issue`,
      payload: {},
      headers: { 'accept-language': 'en' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'MEETING_ALREADY_ISSUED',
      message:
        'The meeting’s conclusion notice was already issued (01/TB-UBND on 2023-07-10); it is not issued twice.',
    });

    const shown = await call(app, office, { method: 'GET', url });
    expect(shown.json<{ conclusions: unknown[] }>().conclusions).toHaveLength(1);
    const list = await call(app, office, { method: 'GET', url: '/api/v1/meetings?status=issued' });
    expect(list.json<{ items: Array<{ id: number }> }>().items.map((m) => m.id)).toEqual([
      meeting.id,
    ]);
  });
});
