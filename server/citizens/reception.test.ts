import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import {
  buildCommitteeLeaders,
  countRows,
  refusal,
  type CommitteeLeaders,
} from '../testing/meeting-fixture';
import { SYSTEM_ACTOR } from '../platform/actor';
import { setSetting } from '../platform/settings';
import { createPerson } from '../organisation/people';
import {
  scheduleReceptionSession,
  type ScheduleReceptionSessionInput,
} from './schedule-reception-session';
import { recordReceptionSession } from './record-reception-session';
import { removeReceptionSession } from './remove-reception-session';
import { listReceptionSessions } from './list-reception-sessions';
import { receptionComplianceReport } from './reception-compliance';

let ctx: TestContext;
let p: TestProvince;
let leaders: CommitteeLeaders;
let director: number;
const actor = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
  leaders = await buildCommitteeLeaders(ctx, p);
  director = (await createPerson(ctx, { actor, input: { fullName: 'Phạm Giám Đốc' } })).id;
});
afterAll(async () => ctx.cleanup());

const chairSession = (input: Partial<ScheduleReceptionSessionInput> & { date: string }) =>
  scheduleReceptionSession(ctx, {
    actor,
    input: { leader: leaders.chair, leaderKind: 'provincial_chair', unit: p.ubnd.code, ...input },
  });

describe('publishing a periodic reception schedule 5 working days ahead', () => {
  // Monday 8/5/2023 after the 29/4–3/5 break: 5/5, 4/5, 28/4, 27/4, 26/4 → at the latest 26/4.
  it.each([
    ['2023-05-08', '2023-04-26', 'no error'],
    ['2023-05-08', '2023-04-27', 'CITIZEN_RECEPTION_PUBLISHED_LATE:publishedOn'],
    // Monday 6/2/2023 after Tết: 3/2, 2/2, 1/2, 31/1, 30/1 → 30/1 is still in time.
    ['2023-02-06', '2023-01-30', 'no error'],
    ['2023-02-06', '2023-01-31', 'CITIZEN_RECEPTION_PUBLISHED_LATE:publishedOn'],
    // Tuesday 5/9/2023 after Quốc khánh (1/9, 2/9, nghỉ bù 4/9): 31/8, 30/8, 29/8, 28/8, 25/8.
    ['2023-09-05', '2023-08-25', 'no error'],
    ['2023-09-05', '2023-08-28', 'CITIZEN_RECEPTION_PUBLISHED_LATE:publishedOn'],
    // An ordinary week: Friday 16/6 → Friday 9/6.
    ['2023-06-16', '2023-06-09', 'no error'],
    ['2023-06-16', '2023-06-12', 'CITIZEN_RECEPTION_PUBLISHED_LATE:publishedOn'],
  ])('session %s published %s → %s', async (date, publishedOn, expected) => {
    expect(await refusal(chairSession({ date, publishedOn }))).toBe(expected);
  });

  it('names the last day in the refusal and writes nothing', async () => {
    const before = await countRows(ctx, 'leader_events');
    const err = await chairSession({ date: '2023-05-08', publishedOn: '2023-05-02' }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({
      code: 'CITIZEN_RECEPTION_PUBLISHED_LATE',
      params: { latest: '2023-04-26' },
    });
    expect(await countRows(ctx, 'leader_events')).toBe(before);
  });

  it('requires the publication date of a periodic session but not of an ad-hoc one', async () => {
    expect(await refusal(chairSession({ date: '2023-06-20' }))).toBe(
      'CITIZEN_RECEPTION_PUBLISH_REQUIRED:publishedOn',
    );
    const adHoc = await chairSession({ date: '2023-06-21', kind: 'ad_hoc' });
    expect(adHoc.publishedOn).toBeNull();
  });

  it('follows the setting when the province asks for more working days', async () => {
    await ctx.db.write((tx) =>
      setSetting(
        tx,
        'citizenLegalLimits',
        { 'reception.publish_schedule': { variants: { normal: { amount: 7 } } } },
        ctx.clock.now(),
      ),
    );
    try {
      expect(await refusal(chairSession({ date: '2023-06-16', publishedOn: '2023-06-09' }))).toBe(
        'CITIZEN_RECEPTION_PUBLISHED_LATE:publishedOn',
      );
      expect(await refusal(chairSession({ date: '2023-06-16', publishedOn: '2023-06-07' }))).toBe(
        'no error',
      );
    } finally {
      await ctx.db.write((tx) => setSetting(tx, 'citizenLegalLimits', {}, ctx.clock.now()));
    }
  });
});

describe('sessions in the leaders’ calendar', () => {
  it("enters the Chair's session in the calendar and removes it with the session", async () => {
    const s = await chairSession({
      date: '2023-07-17',
      publishedOn: '2023-07-07',
      startTime: '07:30',
      endTime: '11:00',
    });
    expect(s.leaderEventId).not.toBeNull();
    const event = await ctx.db.q
      .selectFrom('leader_events')
      .selectAll()
      .where('id', '=', s.leaderEventId)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      kind: 'citizen_reception',
      leader_person_id: leaders.chair,
      starts_at: '2023-07-17T00:30:00.000Z',
      ends_at: '2023-07-17T04:00:00.000Z',
    });
    await removeReceptionSession(ctx, { actor, input: { sessionId: s.id } });
    const gone = await ctx.db.q
      .selectFrom('leader_events')
      .select('id')
      .where('id', '=', s.leaderEventId)
      .executeTakeFirst();
    expect(gone).toBeUndefined();
  });

  it("does not enter an agency head's session (the calendar holds the UBND leaders')", async () => {
    const s = await scheduleReceptionSession(ctx, {
      actor,
      input: {
        leader: director,
        leaderKind: 'agency_head',
        unit: p.skhdt.code,
        date: '2023-06-15',
        publishedOn: '2023-06-01',
      },
    });
    expect(s.leaderEventId).toBeNull();
    expect(s.unit.id).toBe(p.skhdt.id);
  });
});

describe('recording a session', () => {
  it('records held, delegated, persons, cases and group delegations', async () => {
    const s = await chairSession({ date: '2023-06-26', publishedOn: '2023-06-15' });
    const v = await recordReceptionSession(ctx, {
      actor,
      input: {
        sessionId: s.id,
        version: s.version,
        inPerson: false,
        delegate: leaders.viceChair,
        personsReceived: 23,
        casesReceived: 7,
        groupDelegations: 1,
        groupHeadcount: 15,
      },
    });
    expect(v).toMatchObject({
      held: true,
      inPerson: false,
      delegate: { personId: leaders.viceChair },
      personsReceived: 23,
      casesReceived: 7,
      groupDelegations: 1,
      groupHeadcount: 15,
      version: s.version + 1,
    });
  });

  it.each([
    [{ held: false }, 'CITIZEN_RECEPTION_REASON_REQUIRED:notHeldReason'],
    [{ inPerson: false }, 'CITIZEN_RECEPTION_DELEGATE_REQUIRED:delegate'],
    [
      { personsReceived: 20, groupDelegations: 2, groupHeadcount: 6 },
      'CITIZEN_RECEPTION_HEADCOUNT_INVALID:groupHeadcount',
    ],
    [
      { personsReceived: 3, groupDelegations: 1, groupHeadcount: 12 },
      'CITIZEN_RECEPTION_HEADCOUNT_INVALID:personsReceived',
    ],
    [{ personsReceived: -1 }, 'FIELD_INVALID:personsReceived'],
  ])('refuses %o', async (outcome, expected) => {
    const s = await chairSession({ date: '2023-06-27', publishedOn: '2023-06-16' });
    expect(
      await refusal(recordReceptionSession(ctx, { actor, input: { sessionId: s.id, ...outcome } })),
    ).toBe(expected);
  });

  it('refuses an end time before the start', async () => {
    expect(
      await refusal(
        chairSession({
          date: '2023-06-28',
          publishedOn: '2023-06-16',
          startTime: '11:00',
          endTime: '08:00',
        }),
      ),
    ).toBe('CITIZEN_RECEPTION_TIME_INVALID:endTime');
  });
});

describe('compliance with the reception minimum', () => {
  it('judges each leader per month: the Chair in person once a month, a commune Chair every week', async () => {
    const chair2 = (await createPerson(ctx, { actor, input: { fullName: 'Võ Chủ Tịch Hai' } })).id;
    const commune = (await createPerson(ctx, { actor, input: { fullName: 'Đỗ Chủ Tịch Xã' } })).id;
    const session = (
      leader: number,
      leaderKind: 'provincial_chair' | 'commune_chair',
      date: string,
      extra = {},
    ) =>
      scheduleReceptionSession(ctx, {
        actor,
        input: { leader, leaderKind, unit: p.ubnd.code, date, kind: 'ad_hoc', ...extra },
      });
    // January: held in person, periodic (15 working days' notice is plenty).
    await session(chair2, 'provincial_chair', '2022-01-14', {
      kind: 'periodic',
      publishedOn: '2022-01-04',
    });
    // February: delegated; March: not held; April: only ad hoc.
    await session(chair2, 'provincial_chair', '2022-02-15', {
      kind: 'periodic',
      publishedOn: '2022-02-01',
      inPerson: false,
      delegateName: 'Phó Chủ tịch',
    });
    await session(chair2, 'provincial_chair', '2022-03-15', {
      kind: 'periodic',
      publishedOn: '2022-03-01',
      held: false,
      notHeldReason: 'Đi công tác Trung ương',
    });
    await session(chair2, 'provincial_chair', '2022-04-15');
    for (const d of ['2022-01-04', '2022-01-11', '2022-01-18', '2022-01-25'])
      await session(commune, 'commune_chair', d, { kind: 'periodic', publishedOn: '2021-12-01' });
    const lines = await receptionComplianceReport(ctx, {
      actor,
      input: { fromMonth: '2022-01', toMonth: '2022-04' },
    });
    const of = (id: number) => lines.filter((l) => l.leader.personId === id);
    expect(of(chair2).map((l) => [l.month, l.days, l.met])).toEqual([
      ['2022-01', 1, true],
      ['2022-02', 0, false],
      ['2022-03', 0, false],
      ['2022-04', 0, false],
    ]);
    expect(of(chair2)[1]).toMatchObject({ delegated: 1, heldInPerson: 0 });
    expect(of(chair2)[2]).toMatchObject({ notHeld: 1 });
    // January 2022 owns the ISO weeks of 3/1, 10/1, 17/1, 24/1 (and 31/1? its Thursday is 3/2: no).
    expect(of(commune)[0]).toMatchObject({ month: '2022-01', days: 4, required: 4, met: true });
    expect(of(commune)[1]).toMatchObject({ month: '2022-02', met: false });
    const adHoc = await receptionComplianceReport(ctx, {
      actor,
      input: { fromMonth: '2022-04', toMonth: '2022-04', countAdHoc: true },
    });
    expect(adHoc.find((l) => l.leader.personId === chair2)).toMatchObject({ days: 1, met: true });
  });

  it('lists sessions by leader and period', async () => {
    const list = await listReceptionSessions(ctx, {
      actor,
      input: { from: '2023-05-01', to: '2023-05-31', leaderPersonId: leaders.chair },
    });
    expect(list.map((s) => s.date)).toEqual(['2023-05-08']);
    expect(list[0]?.publishDeadline).toBe('2023-04-26');
  });
});
