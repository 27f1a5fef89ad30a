import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import {
  buildCommitteeLeaders,
  countRows,
  refusal,
  type CommitteeLeaders,
} from '../testing/meeting-fixture';
import { SYSTEM_ACTOR, type UserActor } from '../platform/actor';
import { createUser } from '../access/manage-users';
import { actorForUser } from '../access/user-queries';
import { createPerson } from '../organisation/people';
import { addLeaderEvent, type AddLeaderEventInput } from './add-leader-event';
import { removeLeaderEvent } from './remove-leader-event';
import { weeklyCalendar } from './weekly-calendar';

let ctx: TestContext;
let p: TestProvince;
let leaders: CommitteeLeaders;
const system = SYSTEM_ACTOR;

async function userActor(
  username: string,
  o: { role: 'leader' | 'unit_staff'; scope: string; personId?: number },
): Promise<UserActor> {
  const { user } = await createUser(ctx, {
    actor: system,
    input: {
      username,
      fullName: username,
      role: o.role,
      scope: o.scope,
      unit: o.scope,
      personId: o.personId ?? null,
      password: 'matkhau-2023',
    },
  });
  const a = await actorForUser(ctx.db.q, user.id, 'session');
  if (!a) throw new Error('no actor');
  return a;
}

async function event(input: Partial<AddLeaderEventInput> & { startsAt: string; endsAt: string }) {
  return addLeaderEvent(ctx, {
    actor: system,
    input: { leader: leaders.chair, kind: 'meeting', title: 'Họp', ...input },
  });
}

const eventCount = () => countRows(ctx, 'leader_events');

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
  leaders = await buildCommitteeLeaders(ctx, p);
});
afterAll(async () => ctx.cleanup());

describe('weekly calendar boundaries in Asia/Ho_Chi_Minh', () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    // Sunday 9/7 late evening: still week 27 locally.
    ids.sunLate = (
      await event({ startsAt: '2023-07-09T22:00:00+07:00', endsAt: '2023-07-09T23:00:00+07:00' })
    ).id;
    // Monday 10/7 06:00 local is Sunday 23:00 UTC: week 28 locally, week 27 in UTC.
    ids.monEarly = (
      await event({ startsAt: '2023-07-10T06:00:00+07:00', endsAt: '2023-07-10T07:00:00+07:00' })
    ).id;
    // Sunday 16/7 23:00 local: the last hour of week 28.
    ids.sunLast = (
      await event({ startsAt: '2023-07-16T23:00:00+07:00', endsAt: '2023-07-16T23:45:00+07:00' })
    ).id;
    // Monday 17/7 05:00 local is Sunday 16/7 22:00 UTC: week 29 locally.
    ids.monNext = (
      await event({ startsAt: '2023-07-16T22:00:00Z', endsAt: '2023-07-16T23:00:00Z' })
    ).id;
  });

  it('holds the events from Monday 00:00 to Sunday 24:00 local time', async () => {
    const w = await weeklyCalendar(ctx, { actor: system, input: { week: '2023-W28' } });
    expect(w).toMatchObject({
      week: '2023-W28',
      from: '2023-07-10',
      to: '2023-07-16',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect(w.events.map((e) => e.id)).toEqual([ids.monEarly, ids.sunLast]);
    const first = w.events[0];
    expect(first).toMatchObject({
      startsAt: '2023-07-09T23:00:00.000Z',
      startsAtLocal: '2023-07-10T06:00:00+07:00',
      date: '2023-07-10',
      leader: { personId: leaders.chair },
    });
    expect(w.days.map((d) => [d.date, d.weekday, d.eventIds])).toEqual([
      ['2023-07-10', 1, [ids.monEarly]],
      ['2023-07-11', 2, []],
      ['2023-07-12', 3, []],
      ['2023-07-13', 4, []],
      ['2023-07-14', 5, []],
      ['2023-07-15', 6, []],
      ['2023-07-16', 7, [ids.sunLast]],
    ]);
  });

  it('puts the neighbours in their own weeks and defaults to the week of today', async () => {
    const w27 = await weeklyCalendar(ctx, { actor: system, input: { week: '2023-W27' } });
    expect(w27.events.map((e) => e.id)).toEqual([ids.sunLate]);
    const w29 = await weeklyCalendar(ctx, { actor: system, input: { week: '2023-W29' } });
    expect(w29.events.map((e) => e.id)).toEqual([ids.monNext]);
    expect(w29.events[0]?.startsAtLocal).toBe('2023-07-17T05:00:00+07:00');
    const now = await weeklyCalendar(ctx, { actor: system, input: {} });
    expect(now.week).toBe('2023-W28');
  });

  it('refuses a malformed week', async () => {
    expect(await refusal(weeklyCalendar(ctx, { actor: system, input: { week: '2023-W53' } }))).toBe(
      'LEADER_WEEK_INVALID:week',
    );
  });
});

describe('conflicts', () => {
  it('flags overlapping events of the same person, and only of that person when asked', async () => {
    const a = await event({
      title: 'Họp Ban Chỉ đạo',
      startsAt: '2023-08-01T08:00:00+07:00',
      endsAt: '2023-08-01T10:00:00+07:00',
      participantPeople: [leaders.viceChair],
    });
    expect(a.conflictsWith).toEqual([]);
    const b = await event({
      kind: 'field_trip',
      title: 'Thị sát dự án',
      startsAt: '2023-08-01T09:30:00+07:00',
      endsAt: '2023-08-01T11:00:00+07:00',
    });
    expect(b.conflictsWith).toEqual([a.id]);
    // Starts when the first ends: no overlap with it, but with the field trip.
    const c = await event({
      startsAt: '2023-08-01T10:00:00+07:00',
      endsAt: '2023-08-01T10:30:00+07:00',
    });
    expect(c.conflictsWith).toEqual([b.id]);
    // The Phó Chủ tịch joins the first meeting and has his own at the same time.
    const d = await event({
      leader: leaders.viceChair,
      kind: 'citizen_reception',
      title: 'Tiếp công dân định kỳ',
      startsAt: '2023-08-01T09:00:00+07:00',
      endsAt: '2023-08-01T09:30:00+07:00',
    });
    expect(d.conflictsWith).toEqual([a.id]);

    const all = await weeklyCalendar(ctx, { actor: system, input: { week: '2023-W31' } });
    expect(all.conflicts).toEqual([
      { personId: leaders.chair, name: 'Trần Chủ Tịch T', eventIds: [a.id, b.id] },
      { personId: leaders.chair, name: 'Trần Chủ Tịch T', eventIds: [b.id, c.id] },
      { personId: leaders.viceChair, name: 'Lê Phó Chủ Tịch T', eventIds: [a.id, d.id] },
    ]);
    expect(all.events.find((e) => e.id === a.id)?.conflictsWith).toEqual([b.id, d.id]);

    const vice = await weeklyCalendar(ctx, {
      actor: system,
      input: { week: '2023-W31', personId: leaders.viceChair },
    });
    expect(vice.events.map((e) => e.id)).toEqual([a.id, d.id]);
    expect(vice.conflicts).toEqual([
      { personId: leaders.viceChair, name: 'Lê Phó Chủ Tịch T', eventIds: [a.id, d.id] },
    ]);
  });
});

describe('writing the calendar', () => {
  it('refuses an event ending before (or when) it starts, writing nothing', async () => {
    const before = await eventCount();
    expect(
      await refusal(
        event({ startsAt: '2023-07-20T10:00:00+07:00', endsAt: '2023-07-20T09:00:00+07:00' }),
      ),
    ).toBe('LEADER_EVENT_RANGE_INVALID:endsAt');
    expect(
      await refusal(
        event({ startsAt: '2023-07-20T10:00:00+07:00', endsAt: '2023-07-20T03:00:00Z' }),
      ),
    ).toBe('LEADER_EVENT_RANGE_INVALID:endsAt');
    expect(
      await refusal(event({ startsAt: '2023-07-20 10:00', endsAt: '2023-07-20T11:00:00+07:00' })),
    ).toBe('FIELD_INVALID:startsAt');
    expect(await eventCount()).toBe(before);
  });

  it('keeps the calendar to the Chủ tịch and the Phó Chủ tịch', async () => {
    const clerk = await createPerson(ctx, { actor: system, input: { fullName: 'Võ Văn Thư' } });
    expect(
      await refusal(
        event({
          leader: clerk.id,
          startsAt: '2023-07-20T08:00:00+07:00',
          endsAt: '2023-07-20T09:00:00+07:00',
        }),
      ),
    ).toBe('LEADER_NOT_COMMITTEE_LEADER:leader');
  });

  it('lets a leader add and remove events on his own calendar only', async () => {
    const vice = await userActor('pct.le', {
      role: 'leader',
      scope: p.province.code,
      personId: leaders.viceChair,
    });
    const input = {
      kind: 'field_trip' as const,
      title: 'Thị sát vùng nguyên liệu điều',
      location: 'Huyện Bù Đăng',
      startsAt: '2023-07-21T07:00:00+07:00',
      endsAt: '2023-07-21T17:00:00+07:00',
      participantUnits: [p.skhdt.code],
      participantNote: 'Phóng viên Báo Bình Phước',
    };
    const own = await addLeaderEvent(ctx, {
      actor: vice,
      input: { ...input, leader: leaders.viceChair },
    });
    expect(own).toMatchObject({
      kind: 'field_trip',
      location: 'Huyện Bù Đăng',
      participants: { units: [{ id: p.skhdt.id }], note: 'Phóng viên Báo Bình Phước' },
    });
    expect(
      await refusal(
        addLeaderEvent(ctx, { actor: vice, input: { ...input, leader: leaders.chair } }),
      ),
    ).toBe('LEADER_EVENT_NOT_OWN');
    const chairs = await event({
      startsAt: '2023-07-21T14:00:00+07:00',
      endsAt: '2023-07-21T15:00:00+07:00',
    });
    expect(await refusal(removeLeaderEvent(ctx, { actor: vice, eventId: chairs.id }))).toBe(
      'LEADER_EVENT_NOT_OWN',
    );
    await removeLeaderEvent(ctx, { actor: vice, eventId: own.id });
    const w = await weeklyCalendar(ctx, { actor: system, input: { week: '2023-W29' } });
    expect(w.events.map((e) => e.id)).not.toContain(own.id);
    expect(w.events.map((e) => e.id)).toContain(chairs.id);
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'leader_event')
      .where('entity_id', '=', String(own.id))
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['leader_event.create', 'leader_event.delete']);
  });

  it('shows a unit’s staff only the events their unit takes part in', async () => {
    const staff = await userActor('kh.staff', { role: 'unit_staff', scope: p.skhdt.code });
    const withUnit = await event({
      title: 'Làm việc với Sở Kế hoạch và Đầu tư',
      startsAt: '2023-07-25T08:00:00+07:00',
      endsAt: '2023-07-25T10:00:00+07:00',
      participantUnits: [p.skhdt.id],
    });
    const without = await event({
      title: 'Họp riêng',
      startsAt: '2023-07-25T14:00:00+07:00',
      endsAt: '2023-07-25T15:00:00+07:00',
    });
    const seen = await weeklyCalendar(ctx, { actor: staff, input: { week: '2023-W30' } });
    expect(seen.events.map((e) => e.id)).toEqual([withUnit.id]);
    const all = await weeklyCalendar(ctx, { actor: system, input: { week: '2023-W30' } });
    expect(all.events.map((e) => e.id)).toEqual([withUnit.id, without.id]);
    expect(
      await refusal(
        addLeaderEvent(ctx, {
          actor: staff,
          input: {
            leader: leaders.chair,
            kind: 'meeting',
            title: 'Không được',
            startsAt: '2023-07-25T16:00:00+07:00',
            endsAt: '2023-07-25T17:00:00+07:00',
          },
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});
