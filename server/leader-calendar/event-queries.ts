import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import type { Database } from '../platform/db/schema';
import { localDateOf, type LocalDate } from '../../shared/dates/local-date';
import { unitNames } from '../tasks/task-view';
import type { LeaderEventKind, LeaderEventsTable } from './tables';
import { findConflicts, toLocalIso, type Conflict } from './week-rules';

/** A calendar event as the API, the CLI and the web show it. */
export interface LeaderEventView {
  id: number;
  kind: LeaderEventKind;
  title: string;
  location: string | null;
  leader: { personId: number; name: string };
  committeeUnitId: number;
  /** ISO UTC instants. */
  startsAt: string;
  endsAt: string;
  /** The same instants in the province's zone, with the offset (`2023-07-10T08:00:00+07:00`). */
  startsAtLocal: string;
  endsAtLocal: string;
  /** The local date the event starts on. */
  date: LocalDate;
  participants: {
    people: Array<{ personId: number; name: string }>;
    units: Array<{ id: number; name: string }>;
    note: string | null;
  };
  /** The monthly review meeting this entry stands for, if any. */
  meetingId: number | null;
  /** Other events overlapping this one for the leader or a participating person. */
  conflictsWith: number[];
  version: number;
  createdAt: string;
}

/** What is stored for a new event. */
export interface NewLeaderEvent {
  leaderPersonId: number;
  committeeUnitId: number;
  kind: LeaderEventKind;
  title: string;
  location: string | null;
  startsAt: Date;
  endsAt: Date;
  participantNote: string | null;
  participantPersonIds: readonly number[];
  participantUnitIds: readonly number[];
  meetingId: number | null;
  createdByUserId: number | null;
  now: Date;
}

/** Inserts an event with its participants inside the caller's transaction; returns its id. */
export async function insertLeaderEvent(tx: Tx, e: NewLeaderEvent): Promise<number> {
  const now = e.now.toISOString();
  const { id } = await tx
    .insertInto('leader_events')
    .values({
      leader_person_id: e.leaderPersonId,
      committee_unit_id: e.committeeUnitId,
      kind: e.kind,
      title: e.title,
      location: e.location,
      starts_at: e.startsAt.toISOString(),
      ends_at: e.endsAt.toISOString(),
      participant_note: e.participantNote,
      meeting_id: e.meetingId,
      created_by_user_id: e.createdByUserId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = [
    ...[...new Set(e.participantPersonIds)]
      .filter((p) => p !== e.leaderPersonId)
      .map((p) => ({ event_id: id, person_id: p, unit_id: null })),
    ...[...new Set(e.participantUnitIds)].map((u) => ({
      event_id: id,
      person_id: null,
      unit_id: u,
    })),
  ];
  if (rows.length > 0) await tx.insertInto('leader_event_participants').values(rows).execute();
  return id;
}

/** Deletes an event and its participants. */
export async function deleteLeaderEvent(tx: Tx, id: number): Promise<void> {
  await tx.deleteFrom('leader_event_participants').where('event_id', '=', id).execute();
  await tx.deleteFrom('leader_events').where('id', '=', id).execute();
}

/**
 * Events visible from a scope subtree: of a committee in it, or with a
 * participating unit in it (as tasks are visible to their assigned units).
 */
export function eventInScope(scopePath: string) {
  return (eb: ExpressionBuilder<Database, 'leader_events'>) =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('units as su')
          .select(sql`1`.as('one'))
          .whereRef('su.id', '=', 'leader_events.committee_unit_id')
          .where('su.path', 'like', `${scopePath}%`),
      ),
      eb.exists(
        eb
          .selectFrom('leader_event_participants as sp')
          .innerJoin('units as su2', 'su2.id', 'sp.unit_id')
          .select(sql`1`.as('one'))
          .whereRef('sp.event_id', '=', 'leader_events.id')
          .where('su2.path', 'like', `${scopePath}%`),
      ),
    ]);
}

/** Events of a person: on their own calendar or joined as a participant. */
export function eventOfPerson(personId: number) {
  return (eb: ExpressionBuilder<Database, 'leader_events'>) =>
    eb.or([
      eb('leader_events.leader_person_id', '=', personId),
      eb.exists(
        eb
          .selectFrom('leader_event_participants as pp')
          .select(sql`1`.as('one'))
          .whereRef('pp.event_id', '=', 'leader_events.id')
          .where('pp.person_id', '=', personId),
      ),
    ]);
}

/** Events overlapping the interval [from, to) (ISO UTC), earliest first. */
export async function eventsOverlapping(
  q: Tx,
  opts: { from: string; to: string; personIds?: readonly number[]; scopePath?: string },
): Promise<Selectable<LeaderEventsTable>[]> {
  let query = q
    .selectFrom('leader_events')
    .selectAll('leader_events')
    .where('leader_events.starts_at', '<', opts.to)
    .where('leader_events.ends_at', '>', opts.from);
  if (opts.personIds) {
    const ids = opts.personIds;
    if (ids.length === 0) return [];
    query = query.where((eb) => eb.or(ids.map((p) => eventOfPerson(p)(eb))));
  }
  if (opts.scopePath) query = query.where(eventInScope(opts.scopePath));
  return query.orderBy('leader_events.starts_at').orderBy('leader_events.id').execute();
}

/** The participants of events, by event id. */
async function participantsOf(
  q: Tx,
  eventIds: readonly number[],
): Promise<Map<number, { personIds: number[]; unitIds: number[] }>> {
  const out = new Map<number, { personIds: number[]; unitIds: number[] }>();
  if (eventIds.length === 0) return out;
  const rows = await q
    .selectFrom('leader_event_participants')
    .select(['event_id', 'person_id', 'unit_id'])
    .where('event_id', 'in', [...eventIds])
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const entry = out.get(r.event_id) ?? { personIds: [], unitIds: [] };
    if (r.person_id !== null) entry.personIds.push(r.person_id);
    if (r.unit_id !== null) entry.unitIds.push(r.unit_id);
    out.set(r.event_id, entry);
  }
  return out;
}

/**
 * The conflicts among `rows` and every other event (visible from `scopePath`)
 * of the people they occupy in the span they cover: pairs of overlapping
 * events of the same person.
 */
export async function conflictsAround(
  q: Tx,
  rows: readonly Selectable<LeaderEventsTable>[],
  scopePath?: string,
): Promise<{ conflicts: Conflict[]; peopleOf: Map<number, number[]> }> {
  if (rows.length === 0) return { conflicts: [], peopleOf: new Map() };
  const first = await participantsOf(
    q,
    rows.map((r) => r.id),
  );
  const people = new Set<number>();
  for (const r of rows) {
    people.add(r.leader_person_id);
    for (const p of first.get(r.id)?.personIds ?? []) people.add(p);
  }
  const from = rows.reduce((m, r) => (r.starts_at < m ? r.starts_at : m), rows[0]?.starts_at ?? '');
  const to = rows.reduce((m, r) => (r.ends_at > m ? r.ends_at : m), '');
  const around = await eventsOverlapping(q, {
    from,
    to,
    personIds: [...people],
    ...(scopePath ? { scopePath } : {}),
  });
  const all = await participantsOf(
    q,
    around.map((r) => r.id),
  );
  const peopleOf = new Map(
    around.map((r) => [r.id, [r.leader_person_id, ...(all.get(r.id)?.personIds ?? [])]]),
  );
  const conflicts = findConflicts(
    around.map((r) => ({
      id: r.id,
      personIds: peopleOf.get(r.id) ?? [],
      startsAt: r.starts_at,
      endsAt: r.ends_at,
    })),
  );
  return { conflicts, peopleOf };
}

/** Shapes event rows for output, flagging each one's conflicts. */
export async function toLeaderEventViews(
  q: Tx,
  rows: readonly Selectable<LeaderEventsTable>[],
  opts: { timeZone: string; conflicts: readonly Conflict[] },
): Promise<LeaderEventView[]> {
  if (rows.length === 0) return [];
  const participants = await participantsOf(
    q,
    rows.map((r) => r.id),
  );
  const personIds = new Set<number>();
  const unitIds = new Set<number>();
  for (const r of rows) {
    personIds.add(r.leader_person_id);
    for (const p of participants.get(r.id)?.personIds ?? []) personIds.add(p);
    for (const u of participants.get(r.id)?.unitIds ?? []) unitIds.add(u);
  }
  const people = new Map(
    (
      await q
        .selectFrom('people')
        .select(['id', 'full_name'])
        .where('id', 'in', [...personIds])
        .execute()
    ).map((p) => [p.id, p.full_name]),
  );
  // Unit names as borne on the first event's day: one lookup for the whole list.
  const names = await unitNames(
    q,
    [...unitIds],
    localDateOf(new Date(rows[0]?.starts_at ?? ''), opts.timeZone),
  );
  const conflictsOf = new Map<number, Set<number>>();
  for (const c of opts.conflicts) {
    const [a, b] = c.eventIds;
    conflictsOf.set(a, (conflictsOf.get(a) ?? new Set()).add(b));
    conflictsOf.set(b, (conflictsOf.get(b) ?? new Set()).add(a));
  }
  return rows.map((r) => {
    const part = participants.get(r.id) ?? { personIds: [], unitIds: [] };
    const start = new Date(r.starts_at);
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      location: r.location,
      leader: { personId: r.leader_person_id, name: people.get(r.leader_person_id) ?? '' },
      committeeUnitId: r.committee_unit_id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      startsAtLocal: toLocalIso(start, opts.timeZone),
      endsAtLocal: toLocalIso(new Date(r.ends_at), opts.timeZone),
      date: localDateOf(start, opts.timeZone),
      participants: {
        people: part.personIds.map((p) => ({ personId: p, name: people.get(p) ?? '' })),
        units: part.unitIds.map((u) => ({ id: u, name: names.get(u) ?? '' })),
        note: r.participant_note,
      },
      meetingId: r.meeting_id,
      conflictsWith: [...(conflictsOf.get(r.id) ?? [])].sort((a, b) => a - b),
      version: r.version,
      createdAt: r.created_at,
    };
  });
}
