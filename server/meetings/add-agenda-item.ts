import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput, textSchema } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { assertDraft, loadMeetingFor, touchMeeting } from './meeting-access';
import { getMeetingView, type MeetingView } from './meeting-view';

/** Input of addAgendaItem. */
export const addAgendaItemInput = z
  .object({
    meetingId: z.number().int().positive(),
    title: textSchema(1000),
    note: optionalTextSchema(2000),
    /** The unit reporting on the item, if any. */
    leadUnit: z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]).nullish(),
    /** A task the item is about, if any. */
    taskId: z.number().int().positive().nullish(),
  })
  .strict();

/** Adds an item to a draft meeting's agenda by hand (it stays through refreshes). */
export async function addAgendaItem(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof addAgendaItemInput> },
): Promise<MeetingView> {
  const data = parseInput(addAgendaItemInput, input);
  return ctx.db.write(async (tx) => {
    const meeting = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.manage');
    await assertDraft(tx, meeting, 'thêm nội dung vào chương trình');
    const lead = data.leadUnit
      ? await resolveUnit(tx, data.leadUnit, { asOf: meeting.meeting_date, field: 'leadUnit' })
      : null;
    if (data.taskId) {
      const task = await tx
        .selectFrom('tasks')
        .select('id')
        .where('id', '=', data.taskId)
        .executeTakeFirst();
      if (!task)
        throw new AppError('NOT_FOUND', {
          field: 'taskId',
          params: { entity: 'nhiệm vụ', id: data.taskId },
        });
    }
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('meeting_agenda_items')
      .values({
        meeting_id: meeting.id,
        source: 'manual',
        source_key: null,
        task_id: data.taskId ?? null,
        title: data.title,
        note: data.note,
        lead_unit_id: lead?.id ?? null,
        deadline: null,
        status_code: null,
        days_late: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchMeeting(tx, meeting.id, ctx.clock.now());
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'meeting.agenda_add',
      entity: 'meeting',
      entityId: meeting.id,
      after: { itemId: id, title: data.title, leadUnitId: lead?.id ?? null, taskId: data.taskId },
    });
    return getMeetingView(tx, meeting.id, ctx.clock.timeZone);
  });
}
