import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { recordAudit } from '../audit/record-audit';
import { authorizeCalendarWrite } from './event-access';
import { deleteLeaderEvent } from './event-queries';

/**
 * Removes an event from a leader's calendar. A monthly review meeting's own
 * entry follows its meeting and is refused here (LEADER_EVENT_OF_MEETING).
 */
export async function removeLeaderEvent(
  ctx: AppContext,
  { actor, eventId }: { actor: Actor; eventId: number },
): Promise<void> {
  await ctx.db.write(async (tx) => {
    const row = await tx
      .selectFrom('leader_events as e')
      .innerJoin('units as u', 'u.id', 'e.committee_unit_id')
      .selectAll('e')
      .select('u.path as committee_path')
      .where('e.id', '=', eventId)
      .executeTakeFirst();
    if (!row)
      throw new AppError('NOT_FOUND', {
        field: 'id',
        params: { entity: 'lịch công tác', id: eventId },
      });
    authorizeCalendarWrite(actor, {
      leaderPersonId: row.leader_person_id,
      committeePath: row.committee_path,
    });
    if (row.meeting_id !== null)
      throw new AppError('LEADER_EVENT_OF_MEETING', {
        field: 'id',
        params: { meetingId: row.meeting_id },
      });
    await deleteLeaderEvent(tx, eventId);
    const { committee_path: _path, ...before } = row;
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'leader_event.delete',
      entity: 'leader_event',
      entityId: eventId,
      before,
    });
  });
}
