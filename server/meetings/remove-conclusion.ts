import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { recordAudit } from '../audit/record-audit';
import { assertDraft, loadMeetingFor, touchMeeting } from './meeting-access';
import { getMeetingView, type MeetingView } from './meeting-view';

/**
 * Removes a conclusion recorded by mistake from a draft meeting; the ones
 * after it move up a number, so the notice stays numbered 1, 2, 3…
 */
export async function removeConclusion(
  ctx: AppContext,
  { actor, meetingId, conclusionId }: { actor: Actor; meetingId: number; conclusionId: number },
): Promise<MeetingView> {
  return ctx.db.write(async (tx) => {
    const meeting = await loadMeetingFor(tx, actor, meetingId, 'meeting.manage');
    await assertDraft(tx, meeting, 'bỏ kết luận');
    const conclusion = await tx
      .selectFrom('meeting_conclusions')
      .selectAll()
      .where('id', '=', conclusionId)
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst();
    if (!conclusion)
      throw new AppError('NOT_FOUND', {
        field: 'conclusionId',
        params: { entity: 'kết luận', id: conclusionId },
      });
    await tx.deleteFrom('meeting_conclusions').where('id', '=', conclusionId).execute();
    const later = await tx
      .selectFrom('meeting_conclusions')
      .select(['id', 'number'])
      .where('meeting_id', '=', meetingId)
      .where('number', '>', conclusion.number)
      .orderBy('number')
      .execute();
    // One row at a time, in order: each takes the number just freed (unique per meeting).
    for (const c of later)
      await tx
        .updateTable('meeting_conclusions')
        .set({ number: c.number - 1 })
        .where('id', '=', c.id)
        .execute();
    await touchMeeting(tx, meetingId, ctx.clock.now());
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'meeting.conclusion_remove',
      entity: 'meeting',
      entityId: meetingId,
      before: conclusion,
    });
    return getMeetingView(tx, meetingId, ctx.clock.timeZone);
  });
}
