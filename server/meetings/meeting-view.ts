import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { unitNames } from '../tasks/task-view';
import { toLocalIso } from '../leader-calendar/week-rules';
import { AGENDA_SOURCE_ORDER } from './agenda-sources';
import type {
  AgendaItemSource,
  MeetingAgendaItemsTable,
  MeetingKind,
  MeetingStatus,
  MeetingsTable,
} from './tables';

/** An agenda item as shown: its snapshot at the last refresh, or what was typed. */
export interface AgendaItemView {
  id: number;
  source: AgendaItemSource;
  title: string;
  note: string | null;
  taskId: number | null;
  leadUnit: { id: number; name: string } | null;
  deadline: string | null;
  /** Status code at the meeting date (CHT_QUA_HAN, CHT_TRONG_HAN…); null for items typed by hand. */
  status: string | null;
  daysLate: number | null;
}

/** A conclusion (kết luận) and, once issued, the task it became. */
export interface ConclusionView {
  id: number;
  number: number;
  content: string;
  expectedOutput: string | null;
  leadUnit: { id: number; name: string };
  coordinatingUnits: Array<{ id: number; name: string }>;
  deadline: string | null;
  leader: { personId: number; name: string } | null;
  taskId: number | null;
}

/** A meeting as the API, the CLI and the web show it. */
export interface MeetingView {
  id: number;
  kind: MeetingKind;
  title: string;
  meetingDate: string;
  startsAt: string;
  endsAt: string;
  startsAtLocal: string;
  endsAtLocal: string;
  location: string | null;
  committee: { id: number; name: string };
  chair: { personId: number; name: string };
  attendees: Array<{ id: number; name: string }>;
  status: MeetingStatus;
  /** The meeting's entry on the chair's work calendar. */
  calendarEventId: number | null;
  agenda: AgendaItemView[];
  /** Data items removed by hand (a refresh does not bring them back). */
  dismissedCount: number;
  conclusions: ConclusionView[];
  conclusionDocument: { id: number; numberSymbol: string | null; issueDate: string | null } | null;
  issuedOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A meeting in a list. */
export interface MeetingSummary {
  id: number;
  kind: MeetingKind;
  title: string;
  meetingDate: string;
  committee: { id: number; name: string };
  chair: { personId: number; name: string };
  status: MeetingStatus;
  agendaCount: number;
  conclusionCount: number;
  conclusionDocument: { id: number; numberSymbol: string | null; issueDate: string | null } | null;
}

/** Sorts agenda items: overdue first (most late first), then due soon, then items typed by hand. */
export function agendaOrder(
  a: Selectable<MeetingAgendaItemsTable>,
  b: Selectable<MeetingAgendaItemsTable>,
): number {
  return (
    AGENDA_SOURCE_ORDER[a.source] - AGENDA_SOURCE_ORDER[b.source] ||
    (b.days_late ?? 0) - (a.days_late ?? 0) ||
    (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
    a.id - b.id
  );
}

async function personNames(q: Tx, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('people')
    .select(['id', 'full_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

async function documentRefs(q: Tx, ids: readonly number[]) {
  if (ids.length === 0)
    return new Map<number, { id: number; numberSymbol: string | null; issueDate: string | null }>();
  const rows = await q
    .selectFrom('documents')
    .select(['id', 'number_symbol', 'issue_date'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, numberSymbol: r.number_symbol, issueDate: r.issue_date }]),
  );
}

/** Loads one meeting with its attendees, agenda, conclusions and notice. */
export async function getMeetingView(q: Tx, id: number, timeZone: string): Promise<MeetingView> {
  const m = await q.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) throw new AppError('NOT_FOUND', { field: 'id', params: { entity: 'hội nghị', id } });
  const attendees = await q
    .selectFrom('meeting_attendees')
    .select('unit_id')
    .where('meeting_id', '=', id)
    .execute();
  const items = await q
    .selectFrom('meeting_agenda_items')
    .selectAll()
    .where('meeting_id', '=', id)
    .execute();
  const conclusions = await q
    .selectFrom('meeting_conclusions')
    .selectAll()
    .where('meeting_id', '=', id)
    .orderBy('number')
    .execute();
  const event = await q
    .selectFrom('leader_events')
    .select('id')
    .where('meeting_id', '=', id)
    .executeTakeFirst();
  const coordinating = new Map(
    conclusions.map((c) => [c.id, JSON.parse(c.coordinating_unit_ids) as number[]]),
  );
  const unitIds = [
    m.committee_unit_id,
    ...attendees.map((a) => a.unit_id),
    ...items.flatMap((i) => (i.lead_unit_id === null ? [] : [i.lead_unit_id])),
    ...conclusions.flatMap((c) => [c.lead_unit_id, ...(coordinating.get(c.id) ?? [])]),
  ];
  const names = await unitNames(q, [...new Set(unitIds)], m.meeting_date);
  const unit = (uid: number) => ({ id: uid, name: names.get(uid) ?? '' });
  const people = await personNames(q, [
    m.chair_person_id,
    ...conclusions.flatMap((c) => (c.leader_person_id === null ? [] : [c.leader_person_id])),
  ]);
  const docs = await documentRefs(
    q,
    m.conclusion_document_id === null ? [] : [m.conclusion_document_id],
  );
  const active = items.filter((i) => i.dismissed === 0).sort(agendaOrder);
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    meetingDate: m.meeting_date,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    startsAtLocal: toLocalIso(new Date(m.starts_at), timeZone),
    endsAtLocal: toLocalIso(new Date(m.ends_at), timeZone),
    location: m.location,
    committee: unit(m.committee_unit_id),
    chair: { personId: m.chair_person_id, name: people.get(m.chair_person_id) ?? '' },
    attendees: attendees.map((a) => unit(a.unit_id)),
    status: m.status,
    calendarEventId: event?.id ?? null,
    agenda: active.map((i) => ({
      id: i.id,
      source: i.source,
      title: i.title,
      note: i.note,
      taskId: i.task_id,
      leadUnit: i.lead_unit_id === null ? null : unit(i.lead_unit_id),
      deadline: i.deadline,
      status: i.status_code,
      daysLate: i.days_late,
    })),
    dismissedCount: items.length - active.length,
    conclusions: conclusions.map((c) => ({
      id: c.id,
      number: c.number,
      content: c.content,
      expectedOutput: c.expected_output,
      leadUnit: unit(c.lead_unit_id),
      coordinatingUnits: (coordinating.get(c.id) ?? []).map(unit),
      deadline: c.deadline,
      leader:
        c.leader_person_id === null
          ? null
          : { personId: c.leader_person_id, name: people.get(c.leader_person_id) ?? '' },
      taskId: c.task_id,
    })),
    conclusionDocument:
      m.conclusion_document_id === null ? null : (docs.get(m.conclusion_document_id) ?? null),
    issuedOn: m.issued_on,
    version: m.version,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
  };
}

/** Shapes meeting rows for a list (counts and names in a few queries). */
export async function toMeetingSummaries(
  q: Tx,
  rows: readonly Selectable<MeetingsTable>[],
): Promise<MeetingSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const agenda = await q
    .selectFrom('meeting_agenda_items')
    .select(['meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('meeting_id', 'in', ids)
    .where('dismissed', '=', 0)
    .groupBy('meeting_id')
    .execute();
  const conclusions = await q
    .selectFrom('meeting_conclusions')
    .select(['meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('meeting_id', 'in', ids)
    .groupBy('meeting_id')
    .execute();
  const agendaCount = new Map(agenda.map((r) => [r.meeting_id, Number(r.n)]));
  const conclusionCount = new Map(conclusions.map((r) => [r.meeting_id, Number(r.n)]));
  const latest = rows.reduce((d, r) => (r.meeting_date > d ? r.meeting_date : d), '');
  const names = await unitNames(q, [...new Set(rows.map((r) => r.committee_unit_id))], latest);
  const people = await personNames(
    q,
    rows.map((r) => r.chair_person_id),
  );
  const docs = await documentRefs(
    q,
    rows.flatMap((r) => (r.conclusion_document_id === null ? [] : [r.conclusion_document_id])),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    meetingDate: r.meeting_date,
    committee: { id: r.committee_unit_id, name: names.get(r.committee_unit_id) ?? '' },
    chair: { personId: r.chair_person_id, name: people.get(r.chair_person_id) ?? '' },
    status: r.status,
    agendaCount: agendaCount.get(r.id) ?? 0,
    conclusionCount: conclusionCount.get(r.id) ?? 0,
    conclusionDocument:
      r.conclusion_document_id === null ? null : (docs.get(r.conclusion_document_id) ?? null),
  }));
}
