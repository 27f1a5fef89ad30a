import { PostgresAdapter, sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import type { Database } from '../platform/db/schema';
import { AppError } from '../platform/errors';
import { authorize } from '../access/policy';
import type { MeetingsTable } from './tables';

/** A meeting row with the path of its convening committee. */
export type MeetingRow = Selectable<MeetingsTable> & { committeePath: string };

/**
 * Loads a meeting after checking the actor may do `action` on it: managing
 * belongs to the convening committee's side; reading also to attending units.
 * Loaded for managing inside a write, the row stays locked to the end of the
 * transaction on PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises
 * writers), so a conclusion cannot slip in while the notice is being issued.
 */
export async function loadMeetingFor(
  q: Tx,
  actor: Actor,
  meetingId: number,
  action: 'meeting.read' | 'meeting.manage',
): Promise<MeetingRow> {
  if (action === 'meeting.manage' && q.getExecutor().adapter instanceof PostgresAdapter)
    await q.selectFrom('meetings').select('id').where('id', '=', meetingId).forUpdate().execute();
  const row = await q
    .selectFrom('meetings as m')
    .innerJoin('units as u', 'u.id', 'm.committee_unit_id')
    .selectAll('m')
    .select('u.path as committeePath')
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  if (!row)
    throw new AppError('NOT_FOUND', {
      field: 'id',
      params: { entity: 'hội nghị', id: meetingId },
    });
  const attending =
    action === 'meeting.read'
      ? await q
          .selectFrom('meeting_attendees as a')
          .innerJoin('units as u', 'u.id', 'a.unit_id')
          .select('u.path')
          .where('a.meeting_id', '=', meetingId)
          .execute()
      : [];
  authorize(actor, action, { unitPaths: [row.committeePath, ...attending.map((a) => a.path)] });
  return row;
}

/** Refuses any change to a meeting whose Thông báo kết luận is issued: it is frozen. */
export async function assertDraft(q: Tx, meeting: MeetingRow, action: string): Promise<void> {
  if (meeting.status === 'draft') return;
  const doc = meeting.conclusion_document_id
    ? await q
        .selectFrom('documents')
        .select('number_symbol')
        .where('id', '=', meeting.conclusion_document_id)
        .executeTakeFirst()
    : undefined;
  throw new AppError('MEETING_ISSUED', {
    params: { numberSymbol: doc?.number_symbol ?? '', action },
  });
}

/** Marks a meeting changed (version and time) after a write to its parts. */
export async function touchMeeting(tx: Tx, meetingId: number, now: Date): Promise<void> {
  await tx
    .updateTable('meetings')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now.toISOString() }))
    .where('id', '=', meetingId)
    .execute();
}

/** Meetings visible from a scope subtree: convened by a committee in it, or attended by a unit in it. */
export function meetingInScope(scopePath: string) {
  return (eb: ExpressionBuilder<Database, 'meetings'>) =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('units as su')
          .select(sql`1`.as('one'))
          .whereRef('su.id', '=', 'meetings.committee_unit_id')
          .where('su.path', 'like', `${scopePath}%`),
      ),
      eb.exists(
        eb
          .selectFrom('meeting_attendees as sa')
          .innerJoin('units as su2', 'su2.id', 'sa.unit_id')
          .select(sql`1`.as('one'))
          .whereRef('sa.meeting_id', '=', 'meetings.id')
          .where('su2.path', 'like', `${scopePath}%`),
      ),
    ]);
}
