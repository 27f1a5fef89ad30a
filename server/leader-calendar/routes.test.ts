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
    username: 'vp.lich',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  office = await signIn(app, 'vp.lich');
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

describe(`leader calendar API (${TEST_ENGINE})`, () => {
  it('adds events, shows the week in local time with conflicts, and removes events', async () => {
    const add = (startsAt: string, endsAt: string, title: string) =>
      call(app, office, {
        method: 'POST',
        url: '/api/v1/leader-calendar/events',
        payload: { leader: leaders.viceChair, kind: 'meeting', title, startsAt, endsAt },
      });
    const first = await add('2023-07-11T08:00:00+07:00', '2023-07-11T10:00:00+07:00', 'Họp A');
    expect(first.statusCode).toBe(201);
    const second = await add('2023-07-11T02:30:00Z', '2023-07-11T04:00:00Z', 'Họp B');
    expect(second.statusCode).toBe(201);
    const a = first.json<{ id: number }>().id;
    const b = second.json<{ id: number; conflictsWith: number[]; startsAtLocal: string }>();
    expect(b.startsAtLocal).toBe('2023-07-11T09:30:00+07:00');
    expect(b.conflictsWith).toEqual([a]);

    const week = await call(app, office, {
      method: 'GET',
      url: `/api/v1/leader-calendar?week=2023-W28&personId=${leaders.viceChair}`,
    });
    expect(week.statusCode).toBe(200);
    expect(week.json()).toMatchObject({
      week: '2023-W28',
      from: '2023-07-10',
      to: '2023-07-16',
      events: [{ id: a }, { id: b.id }],
      conflicts: [{ personId: leaders.viceChair, eventIds: [a, b.id] }],
    });

    const removed = await call(app, office, {
      method: 'DELETE',
      url: `/api/v1/leader-calendar/events/${b.id}`,
    });
    expect(removed.statusCode).toBe(204);
    const after = await call(app, office, { method: 'GET', url: '/api/v1/leader-calendar' });
    expect(after.json<{ conflicts: unknown[]; events: unknown[] }>()).toMatchObject({
      events: [{ id: a, conflictsWith: [] }],
      conflicts: [],
    });
  });

  it('names the field of bad input in Vietnamese and English', async () => {
    const backwards = {
      leader: leaders.chair,
      kind: 'field_trip',
      title: 'Thị sát',
      startsAt: '2023-07-12T14:00:00+07:00',
      endsAt: '2023-07-12T13:00:00+07:00',
    };
    const vi = await call(app, office, {
      method: 'POST',
      url: '/api/v1/leader-calendar/events',
      payload: backwards,
    });
    expect(vi.statusCode).toBe(422);
    expect(vi.json()).toEqual({
      code: 'LEADER_EVENT_RANGE_INVALID',
      field: 'endsAt',
      message:
        'Trường "endsAt": thời điểm kết thúc 2023-07-12T13:00:00+07:00 phải sau thời điểm bắt đầu 2023-07-12T14:00:00+07:00.',
    });
    const en = await call(app, office, {
      method: 'GET',
      url: '/api/v1/leader-calendar?week=2023-28',
      headers: { 'accept-language': 'en' },
    });
    expect(en.statusCode).toBe(400);
    expect(en.json()).toEqual({
      code: 'LEADER_WEEK_INVALID',
      field: 'week',
      message: 'Field "week": "2023-28" is not an ISO week such as 2023-W28.',
    });
    const events = await ctx.db.q.selectFrom('leader_events').select('id').execute();
    expect(events).toHaveLength(1);
  });
});
