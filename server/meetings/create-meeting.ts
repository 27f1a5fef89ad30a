import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, optionalTextSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { ymd } from '../../shared/dates/local-date';
import { resolveCommitteeLeader } from '../leader-calendar/committee-leaders';
import { insertLeaderEvent } from '../leader-calendar/event-queries';
import { instantOfLocal, toLocalIso } from '../leader-calendar/week-rules';
import { rebuildAgenda } from './refresh-agenda';
import { getMeetingView, type MeetingView } from './meeting-view';
import { MEETING_KINDS } from './tables';

const personRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(120)]);
const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);
const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'phải là giờ dạng HH:MM (00:00–23:59)');

/** Input of createMeeting. */
export const createMeetingInput = z
  .object({
    kind: z.enum(MEETING_KINDS).default('monthly_review'),
    /** Defaults to "Hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng M/YYYY". */
    title: optionalTextSchema(500),
    /** The day of the meeting (local date); the agenda is judged at it. */
    meetingDate: localDateSchema,
    /** Local wall-clock times in the province's zone. */
    startTime: timeSchema.default('08:00'),
    endTime: timeSchema.default('11:30'),
    location: optionalTextSchema(300),
    /** Người chủ trì: the Chủ tịch or a Phó Chủ tịch (person id or name). */
    chair: personRef,
    /** Thành phần: the units attending. */
    attendees: z.array(unitRef).max(300).default([]),
  })
  .strict();

export type CreateMeetingInput = z.input<typeof createMeetingInput>;

/**
 * Convenes a monthly review meeting (hội nghị đánh giá hàng tháng) of the
 * chair's UBND: records it with its attending units, puts it on the chair's
 * work calendar, and builds its agenda from data at the meeting date.
 */
export async function createMeeting(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: CreateMeetingInput },
): Promise<MeetingView> {
  const data = parseInput(createMeetingInput, input);
  const tz = ctx.clock.timeZone;
  const startsAt = instantOfLocal(data.meetingDate, data.startTime, tz);
  const endsAt = instantOfLocal(data.meetingDate, data.endTime, tz);
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new AppError('LEADER_EVENT_RANGE_INVALID', {
      field: 'endTime',
      params: { start: toLocalIso(startsAt, tz), end: toLocalIso(endsAt, tz) },
    });
  }
  const { month, year } = ymd(data.meetingDate);
  const title = data.title ?? `Hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng ${month}/${year}`;
  return ctx.db.write(async (tx) => {
    const chair = await resolveCommitteeLeader(tx, data.chair, {
      asOf: data.meetingDate,
      field: 'chair',
    });
    authorize(actor, 'meeting.manage', { unitPaths: [chair.committee.path] });
    const attendees = new Set<number>();
    for (const [i, ref] of data.attendees.entries()) {
      const unit = await resolveUnit(tx, ref, {
        asOf: data.meetingDate,
        field: `attendees.${i}`,
      });
      attendees.add(unit.id);
    }
    const now = ctx.clock.now();
    const { id } = await tx
      .insertInto('meetings')
      .values({
        kind: data.kind,
        title,
        meeting_date: data.meetingDate,
        starts_at: startsAt.toISOString(),
        ends_at: endsAt.toISOString(),
        location: data.location,
        committee_unit_id: chair.committee.id,
        chair_person_id: chair.personId,
        status: 'draft',
        conclusion_document_id: null,
        issued_on: null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (attendees.size > 0)
      await tx
        .insertInto('meeting_attendees')
        .values([...attendees].map((unitId) => ({ meeting_id: id, unit_id: unitId })))
        .execute();
    await insertLeaderEvent(tx, {
      leaderPersonId: chair.personId,
      committeeUnitId: chair.committee.id,
      kind: 'review_meeting',
      title,
      location: data.location,
      startsAt,
      endsAt,
      participantNote: null,
      participantPersonIds: [],
      participantUnitIds: [...attendees],
      meetingId: id,
      createdByUserId: actor.kind === 'user' ? actor.userId : null,
      now,
    });
    const changes = await rebuildAgenda(
      tx,
      id,
      { meetingDate: data.meetingDate, committeePath: chair.committee.path },
      now,
    );
    const view = await getMeetingView(tx, id, tz);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'meeting.create',
      entity: 'meeting',
      entityId: id,
      after: { ...view, agenda: undefined },
      details: { agenda: changes },
    });
    return view;
  });
}
