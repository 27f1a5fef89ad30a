import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { recordAudit } from '../audit/record-audit';
import { AGENDA_SOURCES, type AgendaQuery } from './agenda-sources';
import { assertDraft, loadMeetingFor, touchMeeting } from './meeting-access';
import { getMeetingView, type MeetingView } from './meeting-view';

/** What a refresh changed. */
export interface AgendaChanges {
  added: number;
  updated: number;
  removed: number;
}

/**
 * Brings a meeting's data items in step with its sources at the meeting
 * date: new candidates are added, existing ones get a fresh snapshot, items
 * no longer proposed go. Items removed by hand stay removed; items typed by
 * hand are untouched.
 */
export async function rebuildAgenda(
  tx: Tx,
  meetingId: number,
  at: AgendaQuery,
  now: Date,
): Promise<AgendaChanges> {
  const changes: AgendaChanges = { added: 0, updated: 0, removed: 0 };
  const stamp = now.toISOString();
  for (const source of AGENDA_SOURCES) {
    const candidates = await source.collect(tx, at);
    const existing = await tx
      .selectFrom('meeting_agenda_items')
      .select(['id', 'source_key'])
      .where('meeting_id', '=', meetingId)
      .where('source', '=', source.source)
      .execute();
    const byKey = new Map(existing.map((e) => [e.source_key, e.id]));
    const proposed = new Set<string>();
    for (const c of candidates) {
      proposed.add(c.sourceKey);
      const snapshot = {
        task_id: c.taskId,
        title: c.title,
        lead_unit_id: c.leadUnitId,
        deadline: c.deadline,
        status_code: c.statusCode,
        days_late: c.daysLate,
        updated_at: stamp,
      };
      const id = byKey.get(c.sourceKey);
      if (id !== undefined) {
        await tx.updateTable('meeting_agenda_items').set(snapshot).where('id', '=', id).execute();
        changes.updated += 1;
      } else {
        // A task leaving one source for another (due soon → overdue) moves with its key.
        await tx
          .deleteFrom('meeting_agenda_items')
          .where('meeting_id', '=', meetingId)
          .where('source_key', '=', c.sourceKey)
          .execute();
        await tx
          .insertInto('meeting_agenda_items')
          .values({
            ...snapshot,
            meeting_id: meetingId,
            source: source.source,
            source_key: c.sourceKey,
            note: null,
            created_at: stamp,
          })
          .execute();
        changes.added += 1;
      }
    }
    const gone = existing.filter((e) => e.source_key === null || !proposed.has(e.source_key));
    if (gone.length > 0) {
      await tx
        .deleteFrom('meeting_agenda_items')
        .where(
          'id',
          'in',
          gone.map((g) => g.id),
        )
        .execute();
      changes.removed += gone.length;
    }
  }
  return changes;
}

/** Rebuilds a draft meeting's agenda from data at its date (after tasks changed). */
export async function refreshAgenda(
  ctx: AppContext,
  { actor, meetingId }: { actor: Actor; meetingId: number },
): Promise<MeetingView & { changes: AgendaChanges }> {
  return ctx.db.write(async (tx) => {
    const meeting = await loadMeetingFor(tx, actor, meetingId, 'meeting.manage');
    await assertDraft(tx, meeting, 'cập nhật chương trình hội nghị');
    const changes = await rebuildAgenda(
      tx,
      meetingId,
      { meetingDate: meeting.meeting_date, committeePath: meeting.committeePath },
      ctx.clock.now(),
    );
    await touchMeeting(tx, meetingId, ctx.clock.now());
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'meeting.agenda_refresh',
      entity: 'meeting',
      entityId: meetingId,
      details: changes,
    });
    return { ...(await getMeetingView(tx, meetingId, ctx.clock.timeZone)), changes };
  });
}
