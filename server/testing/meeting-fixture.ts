import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { appointPosition, createPerson } from '../organisation/people';
import { createMeeting } from '../meetings/create-meeting';
import { addAgendaItem } from '../meetings/add-agenda-item';
import { recordConclusion } from '../meetings/record-conclusion';
import { addLeaderEvent } from '../leader-calendar/add-leader-event';
import type { PermissionFixture, Side } from './permission-fixture';
import type { TestProvince } from './factories';

let seq = 0;

/** The code and field of a refusal (`CODE:field`), or `no error` when nothing was thrown. */
export async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);
  }
}

/** How many rows a table holds (to show that a refusal wrote nothing). */
export async function countRows(
  ctx: AppContext,
  table: 'documents' | 'tasks' | 'meeting_conclusions' | 'audit_log' | 'leader_events',
): Promise<number> {
  const row = await ctx.db.q
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The Chủ tịch and a Phó Chủ tịch of a test province's UBND. */
export interface CommitteeLeaders {
  chair: number;
  viceChair: number;
}

/** Appoints a Chủ tịch and a Phó Chủ tịch of the province's UBND (from 2021). */
export async function buildCommitteeLeaders(
  ctx: AppContext,
  p: TestProvince,
): Promise<CommitteeLeaders> {
  const actor = SYSTEM_ACTOR;
  const chair = await createPerson(ctx, {
    actor,
    input: { fullName: `Trần Chủ Tịch ${p.province.code}` },
  });
  const viceChair = await createPerson(ctx, {
    actor,
    input: { fullName: `Lê Phó Chủ Tịch ${p.province.code}` },
  });
  await appointPosition(ctx, {
    actor,
    input: {
      personId: chair.id,
      unit: p.ubnd.id,
      title: 'Chủ tịch UBND tỉnh',
      rank: 'head',
      validFrom: '2021-06-01',
    },
  });
  await appointPosition(ctx, {
    actor,
    input: {
      personId: viceChair.id,
      unit: p.ubnd.id,
      title: 'Phó Chủ tịch UBND tỉnh',
      rank: 'deputy',
      fieldsOfCharge: ['Kinh tế'],
      validFrom: '2021-06-01',
    },
  });
  return { chair: chair.id, viceChair: viceChair.id };
}

/** Meeting and calendar resources for the permission matrix, on either side of every scope. */
export interface MeetingFixture {
  leaders: Record<Side, CommitteeLeaders>;
  /** A draft review meeting of the side's UBND, attended by the side's Sở KH&ĐT. */
  freshMeeting(side: Side, opts?: { conclusion?: boolean }): Promise<number>;
  freshAgendaItem(side: Side): Promise<{ meetingId: number; itemId: number }>;
  freshConclusion(side: Side): Promise<{ meetingId: number; conclusionId: number }>;
  /** A field trip on the side's Phó Chủ tịch's calendar. */
  freshEvent(side: Side): Promise<number>;
}

/**
 * Builds the resources with the system actor, and makes the matrix's leader
 * user (`u_leader`) the Phó Chủ tịch of province T, so that "own calendar"
 * means something for it.
 */
export async function buildMeetingFixture(
  ctx: AppContext,
  f: PermissionFixture,
): Promise<MeetingFixture> {
  const actor = SYSTEM_ACTOR;
  const leaders = {
    own: await buildCommitteeLeaders(ctx, f.t),
    other: await buildCommitteeLeaders(ctx, f.u),
  };
  await ctx.db.write((tx) =>
    tx
      .updateTable('users')
      .set({ person_id: leaders.own.viceChair })
      .where('id', '=', f.userIds.leader)
      .execute(),
  );
  const fixture: MeetingFixture = {
    leaders,
    async freshMeeting(side, opts = {}) {
      const m = await createMeeting(ctx, {
        actor,
        input: {
          meetingDate: '2023-07-07',
          chair: leaders[side].chair,
          attendees: [f.ownUnit(side).id],
        },
      });
      if (opts.conclusion)
        await recordConclusion(ctx, {
          actor,
          input: {
            meetingId: m.id,
            content: 'Hoàn thành hồ sơ dự án',
            leadUnit: f.ownUnit(side).id,
            deadline: '2023-08-31',
          },
        });
      return m.id;
    },
    async freshAgendaItem(side) {
      const meetingId = await fixture.freshMeeting(side);
      const m = await addAgendaItem(ctx, {
        actor,
        input: { meetingId, title: 'Tình hình giải ngân vốn đầu tư công' },
      });
      const item = m.agenda.find((i) => i.source === 'manual');
      if (!item) throw new Error('agenda item not added');
      return { meetingId, itemId: item.id };
    },
    async freshConclusion(side) {
      const meetingId = await fixture.freshMeeting(side, { conclusion: true });
      const row = await ctx.db.q
        .selectFrom('meeting_conclusions')
        .select('id')
        .where('meeting_id', '=', meetingId)
        .executeTakeFirstOrThrow();
      return { meetingId, conclusionId: row.id };
    },
    async freshEvent(side) {
      seq += 1;
      const day = String(1 + (seq % 28)).padStart(2, '0');
      const e = await addLeaderEvent(ctx, {
        actor,
        input: {
          leader: leaders[side].viceChair,
          kind: 'field_trip',
          title: `Thị sát ma trận ${seq}`,
          startsAt: `2023-08-${day}T08:00:00+07:00`,
          endsAt: `2023-08-${day}T11:00:00+07:00`,
        },
      });
      return e.id;
    },
  };
  return fixture;
}
