import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import { RECEPTION_LEADER_KINDS } from '../../shared/citizens/reception';
import { deadline } from '../../shared/citizens/legal-clock';
import { unitNames } from '../tasks/task-view';
import type { LegalContext } from './legal-context';
import { RECEPTION_SESSION_KINDS, type CitizenReceptionSessionsTable } from './tables';

/** Response shape of a reception session (phiên tiếp công dân). */
export const receptionSessionViewSchema = z.object({
  id: z.number().int(),
  unit: z.object({ id: z.number().int(), name: z.string() }),
  leader: z.object({ personId: z.number().int(), name: z.string() }),
  leaderKind: z.enum(RECEPTION_LEADER_KINDS),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  kind: z.enum(RECEPTION_SESSION_KINDS),
  location: z.string().nullable(),
  publishedOn: z.string().nullable(),
  /** The last day the schedule could be published (5 working days ahead by default). */
  publishDeadline: z.string(),
  held: z.boolean(),
  notHeldReason: z.string().nullable(),
  inPerson: z.boolean(),
  delegate: z.object({ personId: z.number().int().nullable(), name: z.string() }).nullable(),
  personsReceived: z.number().int(),
  casesReceived: z.number().int(),
  groupDelegations: z.number().int(),
  groupHeadcount: z.number().int(),
  note: z.string().nullable(),
  /** The leaders' calendar entry (Chủ tịch, Phó Chủ tịch UBND tỉnh). */
  leaderEventId: z.number().int().nullable(),
  version: z.number().int(),
});
export type ReceptionSessionView = z.infer<typeof receptionSessionViewSchema>;

/** Shapes stored sessions for the API, the CLI and the web. */
export async function toReceptionSessionViews(
  q: Tx,
  rows: readonly Selectable<CitizenReceptionSessionsTable>[],
  legal: LegalContext,
  asOf: string,
): Promise<ReceptionSessionView[]> {
  if (rows.length === 0) return [];
  const personIds = [
    ...new Set(
      rows.flatMap((r) =>
        r.delegate_person_id === null
          ? [r.leader_person_id]
          : [r.leader_person_id, r.delegate_person_id],
      ),
    ),
  ];
  const people = new Map(
    (
      await q
        .selectFrom('people')
        .select(['id', 'full_name'])
        .where('id', 'in', personIds)
        .execute()
    ).map((p) => [p.id, p.full_name]),
  );
  const units = await unitNames(q, [...new Set(rows.map((r) => r.unit_id))], asOf);
  return rows.map((r) => ({
    id: r.id,
    unit: { id: r.unit_id, name: units.get(r.unit_id) ?? `#${r.unit_id}` },
    leader: { personId: r.leader_person_id, name: people.get(r.leader_person_id) ?? '' },
    leaderKind: r.leader_kind,
    date: r.session_date,
    startTime: r.start_time,
    endTime: r.end_time,
    kind: r.kind,
    location: r.location,
    publishedOn: r.published_on,
    publishDeadline: deadline('reception.publish_schedule', r.session_date, legal.calendar, {
      limits: legal.limits,
    }),
    held: r.held === 1,
    notHeldReason: r.not_held_reason,
    inPerson: r.in_person === 1,
    delegate:
      r.in_person === 1
        ? null
        : {
            personId: r.delegate_person_id,
            name:
              (r.delegate_person_id === null ? null : people.get(r.delegate_person_id)) ??
              r.delegate_name ??
              '',
          },
    personsReceived: r.persons_received,
    casesReceived: r.cases_received,
    groupDelegations: r.group_delegations,
    groupHeadcount: r.group_headcount,
    note: r.note,
    leaderEventId: r.leader_event_id,
    version: r.version,
  }));
}
