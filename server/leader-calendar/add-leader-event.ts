import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput, textSchema } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { localDateOf } from '../../shared/dates/local-date';
import { resolveCommitteeLeader, resolvePersonRef } from './committee-leaders';
import { authorizeCalendarWrite } from './event-access';
import {
  conflictsAround,
  insertLeaderEvent,
  toLeaderEventViews,
  type LeaderEventView,
} from './event-queries';
import { LEADER_EVENT_KINDS } from './tables';
import { toLocalIso } from './week-rules';

const personRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(120)]);
const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Input of addLeaderEvent. */
export const addLeaderEventInput = z
  .object({
    /** Whose calendar: the Chủ tịch or a Phó Chủ tịch (person id or name). */
    leader: personRef,
    kind: z.enum(LEADER_EVENT_KINDS),
    title: textSchema(500),
    location: optionalTextSchema(300),
    /** Instants with their offset (`2023-07-10T08:00:00+07:00`); stored in UTC. */
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    /** Other people taking part (another Phó Chủ tịch…): their own calendars count them. */
    participantPeople: z.array(personRef).max(50).default([]),
    /** Units taking part (Sở, UBND huyện…). */
    participantUnits: z.array(unitRef).max(200).default([]),
    /** Anyone else, as free text. */
    participantNote: optionalTextSchema(1000),
  })
  .strict();

export type AddLeaderEventInput = z.input<typeof addLeaderEventInput>;

/**
 * Adds an event to a leader's work calendar (lịch công tác). Overlaps with
 * other events of the same people are not refused but flagged in the answer
 * (`conflictsWith`): a leader may knowingly be double-booked and send a deputy.
 */
export async function addLeaderEvent(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: AddLeaderEventInput },
): Promise<LeaderEventView> {
  const data = parseInput(addLeaderEventInput, input);
  const tz = ctx.clock.timeZone;
  const startsAt = new Date(data.startsAt);
  const endsAt = new Date(data.endsAt);
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new AppError('LEADER_EVENT_RANGE_INVALID', {
      field: 'endsAt',
      params: { start: toLocalIso(startsAt, tz), end: toLocalIso(endsAt, tz) },
    });
  }
  const date = localDateOf(startsAt, tz);
  return ctx.db.write(async (tx) => {
    const leader = await resolveCommitteeLeader(tx, data.leader, { asOf: date, field: 'leader' });
    authorizeCalendarWrite(actor, {
      leaderPersonId: leader.personId,
      committeePath: leader.committee.path,
    });
    const people: number[] = [];
    for (const [i, ref] of data.participantPeople.entries())
      people.push((await resolvePersonRef(tx, ref, `participantPeople.${i}`)).id);
    const units: number[] = [];
    for (const [i, ref] of data.participantUnits.entries())
      units.push((await resolveUnit(tx, ref, { asOf: date, field: `participantUnits.${i}` })).id);
    const id = await insertLeaderEvent(tx, {
      leaderPersonId: leader.personId,
      committeeUnitId: leader.committee.id,
      kind: data.kind,
      title: data.title,
      location: data.location,
      startsAt,
      endsAt,
      participantNote: data.participantNote,
      participantPersonIds: people,
      participantUnitIds: units,
      meetingId: null,
      createdByUserId: actor.kind === 'user' ? actor.userId : null,
      now: ctx.clock.now(),
    });
    const row = await tx
      .selectFrom('leader_events')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const { conflicts } = await conflictsAround(tx, [row]);
    const [view] = await toLeaderEventViews(tx, [row], { timeZone: tz, conflicts });
    if (!view) throw new Error(`leader event ${id} vanished`);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'leader_event.create',
      entity: 'leader_event',
      entityId: id,
      after: view,
    });
    return view;
  });
}
