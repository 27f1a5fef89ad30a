import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError, isAppError } from '../platform/errors';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { resolveCommitteeLeader, resolvePersonRef } from '../leader-calendar/committee-leaders';
import { insertLeaderEvent } from '../leader-calendar/event-queries';
import { localInstant } from '../notifications/reminder-rules';
import { RECEPTION_LEADER_KINDS } from '../../shared/citizens/reception';
import { deadline } from '../../shared/citizens/legal-clock';
import { addDays, startOfLocalDay } from '../../shared/dates/local-date';
import { loadLegalContext, type LegalContext } from './legal-context';
import {
  outcomeColumns,
  personRef,
  sessionOutcomeFields,
  unitRef,
} from './reception-session-rules';
import { toReceptionSessionViews, type ReceptionSessionView } from './reception-session-view';
import { RECEPTION_SESSION_KINDS } from './tables';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ dạng HH:MM');

/** Input of scheduleReceptionSession. */
export const scheduleReceptionSessionInput = z
  .object({
    /** The leader whose reception it is (person id or exact name). */
    leader: personRef,
    leaderKind: z.enum(RECEPTION_LEADER_KINDS),
    /** Where citizens are received: the UBND or the agency (id, code or name). */
    unit: unitRef,
    date: localDateSchema,
    startTime: hhmm.default('07:30'),
    endTime: hhmm.default('11:30'),
    kind: z.enum(RECEPTION_SESSION_KINDS).default('periodic'),
    /** Day the schedule was published; required for a periodic session. */
    publishedOn: localDateSchema.nullish(),
    ...sessionOutcomeFields,
  })
  .strict();
export type ScheduleReceptionSessionInput = z.input<typeof scheduleReceptionSessionInput>;

/**
 * Schedules (or records) a leader's citizen reception session. A periodic
 * session's schedule must have been published at least 5 working days ahead
 * (Luật Tiếp công dân Điều 24 khoản 4; `reception.publish_schedule` of the
 * `citizenLegalLimits` setting), counted on the province's calendar. A
 * session of a Chủ tịch or Phó Chủ tịch UBND tỉnh is entered in the leaders'
 * calendar in the same transaction (or linked to the reception entry the
 * calendar already holds that day).
 */
export async function scheduleReceptionSession(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: ScheduleReceptionSessionInput },
): Promise<ReceptionSessionView> {
  const data = parseInput(scheduleReceptionSessionInput, input);
  if (data.endTime <= data.startTime)
    throw new AppError('CITIZEN_RECEPTION_TIME_INVALID', {
      field: 'endTime',
      params: { start: data.startTime, end: data.endTime },
    });
  return ctx.db.write(async (tx) => {
    const legal = await loadLegalContext(tx);
    const unit = await resolveUnit(tx, data.unit, { asOf: data.date, field: 'unit' });
    authorize(actor, 'citizen.manage', { unitPaths: [unit.path] });
    checkPublication(data.kind, data.date, data.publishedOn ?? null, legal);
    const leader = await resolvePersonRef(tx, data.leader, 'leader');
    const outcome = await outcomeColumns(tx, data);
    const now = ctx.clock.now().toISOString();
    const eventId = await calendarEntry(tx, ctx, actor, {
      leaderPersonId: leader.id,
      date: data.date,
      startTime: data.startTime,
      endTime: data.endTime,
      location: outcome.location,
      kind: data.kind,
    });
    const row = await tx
      .insertInto('citizen_reception_sessions')
      .values({
        unit_id: unit.id,
        leader_person_id: leader.id,
        leader_kind: data.leaderKind,
        session_date: data.date,
        start_time: data.startTime,
        end_time: data.endTime,
        kind: data.kind,
        published_on: data.publishedOn ?? null,
        ...outcome,
        leader_event_id: eventId,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const [view] = await toReceptionSessionViews(tx, [row], legal, data.date);
    if (!view) throw new Error(`reception session ${row.id} vanished`);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'citizen_reception.schedule',
      entity: 'citizen_reception_session',
      entityId: row.id,
      after: view,
    });
    return view;
  });
}

/** Refuses a periodic session whose schedule was not published in time. */
export function checkPublication(
  kind: 'periodic' | 'ad_hoc',
  date: string,
  publishedOn: string | null,
  legal: LegalContext,
): void {
  if (kind === 'ad_hoc') return;
  const latest = deadline('reception.publish_schedule', date, legal.calendar, {
    limits: legal.limits,
  });
  const days = legal.limits['reception.publish_schedule'].variants.normal.amount;
  if (publishedOn === null)
    throw new AppError('CITIZEN_RECEPTION_PUBLISH_REQUIRED', {
      field: 'publishedOn',
      params: { date, latest },
    });
  if (publishedOn > latest)
    throw new AppError('CITIZEN_RECEPTION_PUBLISHED_LATE', {
      field: 'publishedOn',
      params: { date, latest, value: publishedOn, days },
    });
}

/**
 * The leaders' calendar entry of a session, when the leader is a Chủ tịch or
 * Phó Chủ tịch UBND tỉnh on that day (the calendar holds only theirs); null
 * for an agency head or a district leader.
 */
async function calendarEntry(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  s: {
    leaderPersonId: number;
    date: string;
    startTime: string;
    endTime: string;
    location: string | null;
    kind: 'periodic' | 'ad_hoc';
  },
): Promise<number | null> {
  let leader;
  try {
    leader = await resolveCommitteeLeader(tx, s.leaderPersonId, { asOf: s.date, field: 'leader' });
  } catch (e) {
    if (isAppError(e, 'LEADER_NOT_COMMITTEE_LEADER')) return null;
    throw e;
  }
  const tz = ctx.clock.timeZone;
  // The calendar may already hold the reception (entered by the office): link it, once.
  const dayStart = startOfLocalDay(s.date, tz).toISOString();
  const dayEnd = startOfLocalDay(addDays(s.date, 1), tz).toISOString();
  const existing = await tx
    .selectFrom('leader_events as e')
    .select('e.id')
    .where('e.leader_person_id', '=', leader.personId)
    .where('e.kind', '=', 'citizen_reception')
    .where('e.starts_at', '>=', dayStart)
    .where('e.starts_at', '<', dayEnd)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('citizen_reception_sessions as r')
            .select('r.id')
            .whereRef('r.leader_event_id', '=', 'e.id'),
        ),
      ),
    )
    .orderBy('e.id')
    .executeTakeFirst();
  if (existing) return existing.id;
  return insertLeaderEvent(tx, {
    leaderPersonId: leader.personId,
    committeeUnitId: leader.committee.id,
    kind: 'citizen_reception',
    title: s.kind === 'periodic' ? 'Tiếp công dân định kỳ' : 'Tiếp công dân đột xuất',
    location: s.location ?? 'Trụ sở tiếp công dân tỉnh',
    startsAt: localInstant(s.date, s.startTime, tz),
    endsAt: localInstant(s.date, s.endTime, tz),
    participantNote: null,
    participantPersonIds: [],
    participantUnitIds: [],
    meetingId: null,
    createdByUserId: actor.kind === 'user' ? actor.userId : null,
    now: ctx.clock.now(),
  });
}
