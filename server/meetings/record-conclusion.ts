import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit, type UnitRow } from '../organisation/unit-queries';
import { resolvePersonRef } from '../leader-calendar/committee-leaders';
import { assertDraft, loadMeetingFor, touchMeeting } from './meeting-access';
import { getMeetingView, type MeetingView } from './meeting-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);
const personRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(120)]);

/** Input of recordConclusion. */
export const recordConclusionInput = z
  .object({
    meetingId: z.number().int().positive(),
    content: textSchema(4000),
    /** Sản phẩm: the expected output. */
    expectedOutput: optionalTextSchema(500),
    /**
     * Đơn vị chủ trì: exactly one. A list is accepted only to answer a list of
     * several with the rule rather than with a type error.
     */
    leadUnit: z.union([unitRef, z.array(unitRef).max(50)]).nullish(),
    coordinatingUnits: z.array(unitRef).max(100).default([]),
    /** Null: a standing conclusion (thường xuyên). Not before the meeting date. */
    deadline: localDateSchema.nullish(),
    /** Lãnh đạo phụ trách; defaults to the meeting's chair. */
    leader: personRef.nullish(),
  })
  .strict();

export type RecordConclusionInput = z.input<typeof recordConclusionInput>;

/**
 * Records a conclusion (kết luận) of a draft meeting, numbered after the
 * last one: what is to be done, exactly one lead unit, coordinating units, a
 * deadline not before the meeting, and the leader in charge. It becomes a
 * task when the Thông báo kết luận is issued.
 */
export async function recordConclusion(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: RecordConclusionInput },
): Promise<MeetingView> {
  const data = parseInput(recordConclusionInput, input);
  const leads =
    data.leadUnit === null || data.leadUnit === undefined
      ? []
      : Array.isArray(data.leadUnit)
        ? data.leadUnit
        : [data.leadUnit];
  const leadRef = leads[0];
  if (leads.length !== 1 || leadRef === undefined)
    throw new AppError('MEETING_CONCLUSION_LEAD_REQUIRED', {
      field: 'leadUnit',
      params: { count: leads.length },
    });
  return ctx.db.write(async (tx) => {
    const meeting = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.manage');
    await assertDraft(tx, meeting, 'ghi thêm kết luận');
    const asOf = meeting.meeting_date;
    if (data.deadline && data.deadline < asOf)
      throw new AppError('MEETING_DEADLINE_BEFORE_MEETING', {
        field: 'deadline',
        params: { deadline: data.deadline, meetingDate: asOf },
      });
    const lead = await resolveUnit(tx, leadRef, { asOf, field: 'leadUnit' });
    const coordinating: UnitRow[] = [];
    for (const [i, ref] of data.coordinatingUnits.entries()) {
      const unit = await resolveUnit(tx, ref, { asOf, field: `coordinatingUnits.${i}` });
      if (unit.id === lead.id || coordinating.some((u) => u.id === unit.id))
        throw new AppError('MEETING_CONCLUSION_UNIT_TWICE', {
          field: `coordinatingUnits.${i}`,
          params: { unit: unit.name },
        });
      coordinating.push(unit);
    }
    const leaderId = data.leader
      ? (await resolvePersonRef(tx, data.leader, 'leader')).id
      : meeting.chair_person_id;
    const last = await tx
      .selectFrom('meeting_conclusions')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('meeting_id', '=', meeting.id)
      .executeTakeFirst();
    const number = Number(last?.n ?? 0) + 1;
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('meeting_conclusions')
      .values({
        meeting_id: meeting.id,
        number,
        content: data.content,
        expected_output: data.expectedOutput,
        lead_unit_id: lead.id,
        coordinating_unit_ids: JSON.stringify(coordinating.map((u) => u.id)),
        deadline: data.deadline ?? null,
        leader_person_id: leaderId,
        task_id: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchMeeting(tx, meeting.id, ctx.clock.now());
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'meeting.conclusion_record',
      entity: 'meeting',
      entityId: meeting.id,
      after: {
        conclusionId: id,
        number,
        content: data.content,
        leadUnitId: lead.id,
        coordinatingUnitIds: coordinating.map((u) => u.id),
        deadline: data.deadline ?? null,
        leaderPersonId: leaderId,
      },
    });
    return getMeetingView(tx, meeting.id, ctx.clock.timeZone);
  });
}
