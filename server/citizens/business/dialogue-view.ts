import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { authorize } from '../../access/policy';
import { unitNames } from '../../tasks/task-view';
import type { Timeliness } from '../../../shared/citizens/legal-clock';
import { linkedDocuments, type LinkedDocument } from '../petitions/register-document';
import { timelinessAt } from '../petitions/limits';

/** A commitment made at a dialogue, with its task's progress. */
export interface CommitmentView {
  id: number;
  number: number;
  content: string;
  leadUnit: { id: number; name: string };
  deadline: string | null;
  taskId: number;
  /** The task's completion date, if done. */
  completedOn: string | null;
  timeliness: Timeliness;
}

/** A dialogue meeting with businesses as the API shows it. */
export interface DialogueView {
  id: number;
  committee: { id: number; name: string };
  title: string;
  heldOn: string;
  chair: { personId: number; fullName: string };
  venue: string | null;
  participants: string | null;
  participantCount: number | null;
  /** The notice of conclusions in the register: the source of the commitments' tasks. */
  document: LinkedDocument | null;
  commitments: CommitmentView[];
  /** Feedback raised at the meeting (business_feedback with this dialogue). */
  feedbackCount: number;
  version: number;
}

/** Shapes dialogues on `today`, with their commitments and the tasks' progress. */
export async function toDialogueViews(
  q: Tx,
  ids: readonly number[],
  today: string,
): Promise<DialogueView[]> {
  if (ids.length === 0) return [];
  const rows = await q
    .selectFrom('business_dialogues as d')
    .innerJoin('people as p', 'p.id', 'd.chair_person_id')
    .selectAll('d')
    .select('p.full_name as chair_name')
    .where('d.id', 'in', ids)
    .orderBy('d.held_on', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
  const commitments = await q
    .selectFrom('business_dialogue_commitments as c')
    .innerJoin('tasks as t', 't.id', 'c.task_id')
    .select([
      'c.id',
      'c.dialogue_id',
      'c.number',
      'c.content',
      'c.lead_unit_id',
      'c.deadline',
      'c.task_id',
      't.completed_on',
      't.deadline as task_deadline',
      't.extended_deadline',
    ])
    .where('c.dialogue_id', 'in', ids)
    .orderBy('c.dialogue_id')
    .orderBy('c.number')
    .execute();
  const counts = await q
    .selectFrom('business_feedback')
    .select(['dialogue_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('dialogue_id', 'in', ids)
    .groupBy('dialogue_id')
    .execute();
  const names = await unitNames(
    q,
    [
      ...new Set([
        ...rows.map((r) => r.committee_unit_id),
        ...commitments.map((c) => c.lead_unit_id),
      ]),
    ],
    today,
  );
  const docs = await linkedDocuments(
    q,
    rows.map((r) => r.document_id),
  );
  return rows.map((r) => ({
    id: r.id,
    committee: { id: r.committee_unit_id, name: names.get(r.committee_unit_id) ?? '' },
    title: r.title,
    heldOn: r.held_on,
    chair: { personId: r.chair_person_id, fullName: r.chair_name },
    venue: r.venue,
    participants: r.participants,
    participantCount: r.participant_count,
    document: r.document_id !== null ? (docs.get(r.document_id) ?? null) : null,
    commitments: commitments
      .filter((c) => c.dialogue_id === r.id)
      .map((c) => ({
        id: c.id,
        number: c.number,
        content: c.content,
        leadUnit: { id: c.lead_unit_id, name: names.get(c.lead_unit_id) ?? '' },
        deadline: c.extended_deadline ?? c.task_deadline,
        taskId: c.task_id,
        completedOn: c.completed_on,
        timeliness: timelinessAt(c.extended_deadline ?? c.task_deadline, c.completed_on, today)
          .timeliness,
      })),
    feedbackCount: Number(counts.find((c) => c.dialogue_id === r.id)?.n ?? 0),
    version: r.version,
  }));
}

/** Loads a dialogue row or throws NOT_FOUND. */
export async function loadDialogueRow(q: Tx, id: number, field = 'id') {
  const row = await q
    .selectFrom('business_dialogues')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new AppError('NOT_FOUND', { field, params: { entity: 'hội nghị đối thoại', id } });
  return row;
}

/** The committee's path, the scope of a dialogue. */
export async function dialoguePaths(q: Tx, row: { committee_unit_id: number }): Promise<string[]> {
  const u = await q
    .selectFrom('units')
    .select('path')
    .where('id', '=', row.committee_unit_id)
    .executeTakeFirstOrThrow();
  return [u.path];
}

/** One dialogue, if the actor may read it. */
export async function getDialogue(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<DialogueView> {
  const row = await loadDialogueRow(ctx.db.q, id);
  authorize(actor, 'business_feedback.read', { unitPaths: await dialoguePaths(ctx.db.q, row) });
  const [view] = await toDialogueViews(ctx.db.q, [id], ctx.clock.today());
  if (!view) throw new Error(`dialogue ${id} vanished`);
  return view;
}
