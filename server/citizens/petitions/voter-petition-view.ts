import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { authorize } from '../../access/policy';
import { unitNames } from '../../tasks/task-view';
import { ordinalWords, romanNumeral } from '../../../shared/vi/words';
import type { Timeliness } from '../../../shared/citizens/legal-clock';
import { petitionFieldLabel } from './fields';
import { linkedDocuments, type LinkedDocument } from './register-document';
import { loadVoterBusinessLimits, timelinessAt } from './limits';
import { loadSessions, sessionDeadline, type SessionDates } from './session-deadline';
import type { DeadlineBasis, PetitionSource, PetitionStatus, VoterPetitionsTable } from './tables';
import type { Selectable } from 'kysely';

/** An HĐND session as views name it. */
export interface SessionRef {
  id: number;
  number: number;
  termNumber: number;
  kind: 'regular' | 'thematic';
  startsOn: string;
  /** "Kỳ họp thứ mười một, khóa X". */
  label: string;
}

/** A voter petition as the API shows it. */
export interface VoterPetitionView {
  id: number;
  committee: { id: number; name: string };
  source: PetitionSource;
  session: SessionRef | null;
  sourceNote: string | null;
  receivedOn: string;
  field: { code: string; label: string };
  content: string;
  voterLocality: string | null;
  assignedUnit: { id: number; name: string };
  /** Null while session N+1 is not recorded (basis `next_session`). */
  deadline: string | null;
  deadlineBasis: DeadlineBasis;
  status: PetitionStatus;
  answerDocument: LinkedDocument | null;
  /** The first answer's date: the one timeliness is judged on. */
  answeredOn: string | null;
  answerSummary: string | null;
  timeliness: Timeliness;
  daysLate: number;
  version: number;
}

/** Names a session for views and reports. */
export function sessionRef(s: SessionDates): SessionRef {
  return {
    id: s.id,
    number: s.number,
    termNumber: s.termNumber,
    kind: s.kind,
    startsOn: s.startsOn,
    label: `Kỳ họp ${ordinalWords(s.number)}, khóa ${romanNumeral(s.termNumber)}`,
  };
}

/** Shapes petition rows on `today`; never the raw rows. */
export async function toVoterPetitionViews(
  q: Tx,
  rows: ReadonlyArray<Selectable<VoterPetitionsTable>>,
  today: string,
): Promise<VoterPetitionView[]> {
  if (rows.length === 0) return [];
  const sessions = await loadSessions(q);
  const limits = await loadVoterBusinessLimits(q);
  const names = await unitNames(
    q,
    [...new Set(rows.flatMap((r) => [r.committee_unit_id, r.assigned_unit_id]))],
    today,
  );
  const docs = await linkedDocuments(
    q,
    rows.map((r) => r.answer_document_id),
  );
  return rows.map((r) => {
    const session = r.session_id !== null ? sessions.get(r.session_id) : undefined;
    const deadline =
      r.deadline_basis === 'next_session' && r.session_id !== null
        ? sessionDeadline(sessions, r.session_id, limits.petitionDaysBeforeNextSession)
        : r.deadline;
    const t = timelinessAt(deadline, r.answered_on, today);
    return {
      id: r.id,
      committee: { id: r.committee_unit_id, name: names.get(r.committee_unit_id) ?? '' },
      source: r.source,
      session: session ? sessionRef(session) : null,
      sourceNote: r.source_note,
      receivedOn: r.received_on,
      field: { code: r.field, label: petitionFieldLabel(r.field) },
      content: r.content,
      voterLocality: r.voter_locality,
      assignedUnit: { id: r.assigned_unit_id, name: names.get(r.assigned_unit_id) ?? '' },
      deadline,
      deadlineBasis: r.deadline_basis,
      status: r.status,
      answerDocument:
        r.answer_document_id !== null ? (docs.get(r.answer_document_id) ?? null) : null,
      answeredOn: r.answered_on,
      answerSummary: r.answer_summary,
      timeliness: t.timeliness,
      daysLate: t.daysLate,
      version: r.version,
    };
  });
}

/** Paths that put a petition in a reader's scope: the answering UBND and the assigned unit. */
export async function petitionPaths(
  q: Tx,
  row: { committee_unit_id: number; assigned_unit_id: number },
): Promise<string[]> {
  const units = await q
    .selectFrom('units')
    .select('path')
    .where('id', 'in', [row.committee_unit_id, row.assigned_unit_id])
    .execute();
  return units.map((u) => u.path);
}

/** Loads a petition row or throws NOT_FOUND. */
export async function loadPetitionRow(q: Tx, id: number, field = 'id') {
  const row = await q
    .selectFrom('voter_petitions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { field, params: { entity: 'kiến nghị cử tri', id } });
  return row;
}

/** One petition, if the actor may read it. */
export async function getVoterPetition(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<VoterPetitionView> {
  const row = await loadPetitionRow(ctx.db.q, id);
  authorize(actor, 'voter_petition.read', { unitPaths: await petitionPaths(ctx.db.q, row) });
  const [view] = await toVoterPetitionViews(ctx.db.q, [row], ctx.clock.today());
  if (!view) throw new Error(`petition ${id} vanished`);
  return view;
}
