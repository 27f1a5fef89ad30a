import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError, isAppError } from '../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { issueDocument } from '../documents/issue-document';
import { signerRefSchema } from '../documents/document-inputs';
import { SIGNING_AUTHORITIES } from '../documents/tables';
import { createTaskInput, insertTaskTree } from '../tasks/create-task';
import { unitNames } from '../tasks/task-view';
import { formatShortDate } from '../../shared/vi/date';
import { resolveCommitteeLeader } from '../leader-calendar/committee-leaders';
import { loadMeetingFor, type MeetingRow } from './meeting-access';
import { getMeetingView, type MeetingView } from './meeting-view';

/** Input of issueConclusionNotice. */
export const issueConclusionNoticeInput = z
  .object({
    meetingId: z.number().int().positive(),
    /** Defaults to today on the product clock; not before the meeting. */
    issueDate: localDateSchema.optional(),
    /** Trích yếu; defaults to "Kết luận của … tại … ngày …". */
    summary: textSchema(1000).optional(),
    signer: signerRefSchema.nullish(),
    signerTitle: optionalTextSchema(120),
    signingAuthority: z.enum(SIGNING_AUTHORITIES).nullish(),
  })
  .strict();

export type IssueConclusionNoticeInput = z.input<typeof issueConclusionNoticeInput>;

/**
 * Issues the Thông báo kết luận of a meeting, in one transaction: the
 * outgoing document (type TB, issuer the convening UBND, the next TB number of
 * its register) and one task per conclusion, linked to it (source `meeting`,
 * item label the conclusion's number), through the task engine's own
 * insertion so the one deadline engine applies. Any failing conclusion
 * leaves no document, no number taken and no task. The meeting is frozen
 * afterwards; issuing twice is refused.
 */
export async function issueConclusionNotice(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: IssueConclusionNoticeInput },
): Promise<MeetingView> {
  const data = parseInput(issueConclusionNoticeInput, input);
  const issueDate = data.issueDate ?? ctx.clock.today();
  return ctx.db.write(async (tx) => {
    const meeting = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.manage');
    if (meeting.status === 'issued') await refuseSecondIssue(tx, meeting);
    if (issueDate < meeting.meeting_date)
      throw new AppError('MEETING_ISSUE_BEFORE_MEETING', {
        field: 'issueDate',
        params: { issueDate, meetingDate: meeting.meeting_date },
      });
    const conclusions = await tx
      .selectFrom('meeting_conclusions')
      .selectAll()
      .where('meeting_id', '=', meeting.id)
      .orderBy('number')
      .execute();
    if (conclusions.length === 0)
      throw new AppError('MEETING_NO_CONCLUSIONS', { field: 'conclusions' });
    // Claim the meeting first: a concurrent issue waits on this row and then finds it issued.
    const claimed = await tx
      .updateTable('meetings')
      .set((eb) => ({ status: 'issued', version: eb('version', '+', 1) }))
      .where('id', '=', meeting.id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) await refuseSecondIssue(tx, meeting);

    const chair = await resolveCommitteeLeader(tx, meeting.chair_person_id, {
      asOf: meeting.meeting_date,
      field: 'chair',
    });
    const coordinating = new Map(
      conclusions.map((c) => [c.id, JSON.parse(c.coordinating_unit_ids) as number[]]),
    );
    const attendees = await tx
      .selectFrom('meeting_attendees')
      .select('unit_id')
      .where('meeting_id', '=', meeting.id)
      .execute();
    const names = await unitNames(
      tx,
      [
        ...new Set([
          ...attendees.map((a) => a.unit_id),
          ...conclusions.flatMap((c) => [c.lead_unit_id, ...(coordinating.get(c.id) ?? [])]),
        ]),
      ],
      issueDate,
    );
    const name = (id: number) => names.get(id) ?? String(id);
    const document = await issueDocument(ctx, {
      actor,
      input: {
        issuer: meeting.committee_unit_id,
        type: 'TB',
        issueDate,
        summary:
          data.summary ??
          `Kết luận của ${chair.title} ${chair.fullName} tại ${meeting.title} ngày ${formatShortDate(meeting.meeting_date)}`,
        content: conclusions
          .map((c) =>
            [
              `${c.number}. ${c.content}`,
              `Đơn vị chủ trì: ${name(c.lead_unit_id)}.`,
              (coordinating.get(c.id) ?? []).length > 0
                ? `Đơn vị phối hợp: ${(coordinating.get(c.id) ?? []).map(name).join(', ')}.`
                : null,
              c.deadline ? `Thời hạn: ${formatShortDate(c.deadline)}.` : 'Thời hạn: thường xuyên.',
            ]
              .filter((line) => line !== null)
              .join(' '),
          )
          .join('\n'),
        recipients: [...names.keys()].map(name),
        signer: data.signer ?? null,
        signerTitle: data.signerTitle,
        signingAuthority: data.signingAuthority ?? null,
      },
    });

    const taskIds: number[] = [];
    for (const c of conclusions) {
      const taskData = parseInput(createTaskInput, {
        sourceKind: 'meeting',
        sourceDocumentId: document.id,
        itemLabel: String(c.number),
        content: c.content,
        expectedOutput: c.expected_output,
        assigningUnit: meeting.committee_unit_id,
        leader: c.leader_person_id,
        leadUnit: c.lead_unit_id,
        coordinatingUnits: coordinating.get(c.id) ?? [],
        deadline: c.deadline,
        assignedOn: issueDate,
      });
      const taskId = await insertTaskTree(ctx, tx, actor, taskData).catch((e: unknown) => {
        throw namedAfterConclusion(e, c.number);
      });
      await tx
        .updateTable('meeting_conclusions')
        .set({ task_id: taskId, updated_at: ctx.clock.now().toISOString() })
        .where('id', '=', c.id)
        .execute();
      taskIds.push(taskId);
    }
    await tx
      .updateTable('meetings')
      .set({
        conclusion_document_id: document.id,
        issued_on: issueDate,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', meeting.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'meeting.issue',
      entity: 'meeting',
      entityId: meeting.id,
      after: { documentId: document.id, numberSymbol: document.numberSymbol, issueDate, taskIds },
    });
    return getMeetingView(tx, meeting.id, ctx.clock.timeZone);
  });
}

async function refuseSecondIssue(tx: Tx, meeting: MeetingRow): Promise<never> {
  const current = await tx
    .selectFrom('meetings as m')
    .leftJoin('documents as d', 'd.id', 'm.conclusion_document_id')
    .select(['d.number_symbol', 'm.issued_on'])
    .where('m.id', '=', meeting.id)
    .executeTakeFirst();
  throw new AppError('MEETING_ALREADY_ISSUED', {
    field: 'meetingId',
    params: {
      numberSymbol: current?.number_symbol ?? '',
      issuedOn: current?.issued_on ?? '',
    },
  });
}

/**
 * A task engine refusal, re-addressed to the conclusion it came from by its
 * number on the notice: `conclusions.2.deadline` is conclusion 2's deadline.
 */
function namedAfterConclusion(e: unknown, number: number): unknown {
  if (!isAppError(e)) return e;
  const { field: _field, ...params } = e.params;
  return new AppError(e.code, {
    field: `conclusions.${number}${e.field ? `.${e.field}` : ''}`,
    params,
    details: e.details,
    cause: e,
  });
}
