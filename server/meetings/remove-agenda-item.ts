import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { recordAudit } from '../audit/record-audit';
import { assertDraft, loadMeetingFor, touchMeeting } from './meeting-access';
import { getMeetingView, type MeetingView } from './meeting-view';

/**
 * Removes an item from a draft meeting's agenda. An item typed by hand is
 * deleted; an item from data is only dismissed, so a refresh does not bring
 * it back.
 */
export async function removeAgendaItem(
  ctx: AppContext,
  { actor, meetingId, itemId }: { actor: Actor; meetingId: number; itemId: number },
): Promise<MeetingView> {
  return ctx.db.write(async (tx) => {
    const meeting = await loadMeetingFor(tx, actor, meetingId, 'meeting.manage');
    await assertDraft(tx, meeting, 'bỏ nội dung khỏi chương trình');
    const item = await tx
      .selectFrom('meeting_agenda_items')
      .selectAll()
      .where('id', '=', itemId)
      .where('meeting_id', '=', meetingId)
      .where('dismissed', '=', 0)
      .executeTakeFirst();
    if (!item)
      throw new AppError('NOT_FOUND', {
        field: 'itemId',
        params: { entity: 'nội dung chương trình hội nghị', id: itemId },
      });
    if (item.source === 'manual') {
      await tx.deleteFrom('meeting_agenda_items').where('id', '=', itemId).execute();
    } else {
      await tx
        .updateTable('meeting_agenda_items')
        .set({ dismissed: 1, updated_at: ctx.clock.now().toISOString() })
        .where('id', '=', itemId)
        .execute();
    }
    await touchMeeting(tx, meetingId, ctx.clock.now());
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'meeting.agenda_remove',
      entity: 'meeting',
      entityId: meetingId,
      before: item,
    });
    return getMeetingView(tx, meetingId, ctx.clock.timeZone);
  });
}
