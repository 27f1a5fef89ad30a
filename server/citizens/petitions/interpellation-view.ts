import type { Selectable } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { authorize } from '../../access/policy';
import { unitNames } from '../../tasks/task-view';
import type { Timeliness } from '../../../shared/citizens/legal-clock';
import { linkedDocuments, type LinkedDocument } from './register-document';
import { timelinessAt } from './limits';
import { loadSessions } from './session-deadline';
import type { InterpellationsTable } from './tables';
import { sessionRef, type SessionRef } from './voter-petition-view';

/** An interpellation (chất vấn) as the API shows it. */
export interface InterpellationView {
  id: number;
  committee: { id: number; name: string };
  session: SessionRef | null;
  deputyName: string;
  deputyConstituency: string | null;
  question: string;
  responsible: {
    personId: number;
    fullName: string;
    title: string | null;
    unit: { id: number; name: string } | null;
  };
  questionedOn: string;
  /** Luật 87/2015 Điều 60: 20 calendar days from the questioning by default. */
  dueOn: string;
  /** `answered` once the answer document is linked. */
  status: 'pending' | 'answered';
  answerDocument: LinkedDocument | null;
  answeredOn: string | null;
  timeliness: Timeliness;
  daysLate: number;
  version: number;
}

/** Shapes interpellation rows on `today`. */
export async function toInterpellationViews(
  q: Tx,
  rows: ReadonlyArray<Selectable<InterpellationsTable>>,
  today: string,
): Promise<InterpellationView[]> {
  if (rows.length === 0) return [];
  const sessions = await loadSessions(q);
  const names = await unitNames(
    q,
    [
      ...new Set(
        rows.flatMap((r) =>
          r.responsible_unit_id !== null
            ? [r.committee_unit_id, r.responsible_unit_id]
            : [r.committee_unit_id],
        ),
      ),
    ],
    today,
  );
  const people = new Map(
    (
      await q
        .selectFrom('people')
        .select(['id', 'full_name'])
        .where('id', 'in', [...new Set(rows.map((r) => r.responsible_person_id))])
        .execute()
    ).map((p) => [p.id, p.full_name]),
  );
  const docs = await linkedDocuments(
    q,
    rows.map((r) => r.answer_document_id),
  );
  return rows.map((r) => {
    const session = r.session_id !== null ? sessions.get(r.session_id) : undefined;
    const t = timelinessAt(r.due_on, r.answered_on, today);
    return {
      id: r.id,
      committee: { id: r.committee_unit_id, name: names.get(r.committee_unit_id) ?? '' },
      session: session ? sessionRef(session) : null,
      deputyName: r.deputy_name,
      deputyConstituency: r.deputy_constituency,
      question: r.question,
      responsible: {
        personId: r.responsible_person_id,
        fullName: people.get(r.responsible_person_id) ?? '',
        title: r.responsible_title,
        unit:
          r.responsible_unit_id !== null
            ? { id: r.responsible_unit_id, name: names.get(r.responsible_unit_id) ?? '' }
            : null,
      },
      questionedOn: r.questioned_on,
      dueOn: r.due_on,
      status: r.answer_document_id !== null ? 'answered' : 'pending',
      answerDocument:
        r.answer_document_id !== null ? (docs.get(r.answer_document_id) ?? null) : null,
      answeredOn: r.answered_on,
      timeliness: t.timeliness,
      daysLate: t.daysLate,
      version: r.version,
    };
  });
}

/** Paths that put an interpellation in scope: the UBND and the member's agency. */
export async function interpellationPaths(
  q: Tx,
  row: { committee_unit_id: number; responsible_unit_id: number | null },
): Promise<string[]> {
  const ids = [
    row.committee_unit_id,
    ...(row.responsible_unit_id ? [row.responsible_unit_id] : []),
  ];
  const units = await q.selectFrom('units').select('path').where('id', 'in', ids).execute();
  return units.map((u) => u.path);
}

/** Loads an interpellation row or throws NOT_FOUND. */
export async function loadInterpellationRow(q: Tx, id: number, field = 'id') {
  const row = await q
    .selectFrom('interpellations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { field, params: { entity: 'chất vấn', id } });
  return row;
}

/** One interpellation, if the actor may read it. */
export async function getInterpellation(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<InterpellationView> {
  const row = await loadInterpellationRow(ctx.db.q, id);
  authorize(actor, 'voter_petition.read', {
    unitPaths: await interpellationPaths(ctx.db.q, row),
  });
  const [view] = await toInterpellationViews(ctx.db.q, [row], ctx.clock.today());
  if (!view) throw new Error(`interpellation ${id} vanished`);
  return view;
}
