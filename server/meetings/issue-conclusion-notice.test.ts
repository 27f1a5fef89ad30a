import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import {
  buildCommitteeLeaders,
  countRows,
  refusal,
  type CommitteeLeaders,
} from '../testing/meeting-fixture';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { issueDocument } from '../documents/issue-document';
import { browseTasks } from '../tasks/browse-tasks';
import { createMeeting } from './create-meeting';
import { refreshAgenda } from './refresh-agenda';
import { addAgendaItem } from './add-agenda-item';
import { recordConclusion } from './record-conclusion';
import { removeConclusion } from './remove-conclusion';
import { issueConclusionNotice } from './issue-conclusion-notice';
import { browseMeetings, showMeeting } from './browse-meetings';

let ctx: TestContext;
let p: TestProvince;
let leaders: CommitteeLeaders;
const system = SYSTEM_ACTOR;
const count = (table: 'documents' | 'tasks' | 'meeting_conclusions' | 'audit_log') =>
  countRows(ctx, table);

/** Số, ký hiệu of a TB of the UBND: numbers below 10 are zero-padded (ND 30/2020). */
const tb = (n: number) => `${String(n).padStart(2, '0')}/TB-UBND`;

/** The highest TB number of the UBND's 2023 series (0 when none). */
async function lastTbNumber(): Promise<number> {
  const row = await ctx.db.q
    .selectFrom('documents')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('register_unit_id', '=', p.ubnd.id)
    .where('type_key', '=', 'TB')
    .where('series_year', '=', 2023)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
  leaders = await buildCommitteeLeaders(ctx, p);
});
afterAll(async () => ctx.cleanup());

describe('conclusions and the Thông báo kết luận', () => {
  async function freshMeeting(): Promise<number> {
    const m = await createMeeting(ctx, {
      actor: system,
      input: { meetingDate: '2023-07-07', chair: leaders.chair, attendees: [p.skhdt.id] },
    });
    return m.id;
  }

  it('refuses a conclusion without exactly one lead unit or due before the meeting', async () => {
    const meetingId = await freshMeeting();
    const before = await count('meeting_conclusions');
    const base = { meetingId, content: 'Hoàn thành quy hoạch', deadline: '2023-08-31' };
    expect(await refusal(recordConclusion(ctx, { actor: system, input: base }))).toBe(
      'MEETING_CONCLUSION_LEAD_REQUIRED:leadUnit',
    );
    expect(
      await refusal(
        recordConclusion(ctx, {
          actor: system,
          input: { ...base, leadUnit: [p.skhdt.id, p.stc.id] },
        }),
      ),
    ).toBe('MEETING_CONCLUSION_LEAD_REQUIRED:leadUnit');
    expect(
      await refusal(
        recordConclusion(ctx, {
          actor: system,
          input: { ...base, leadUnit: p.skhdt.id, deadline: '2023-07-06' },
        }),
      ),
    ).toBe('MEETING_DEADLINE_BEFORE_MEETING:deadline');
    expect(
      await refusal(
        recordConclusion(ctx, {
          actor: system,
          input: { ...base, leadUnit: p.skhdt.id, coordinatingUnits: [p.stc.id, p.skhdt.id] },
        }),
      ),
    ).toBe('MEETING_CONCLUSION_UNIT_TWICE:coordinatingUnits.1');
    expect(await count('meeting_conclusions')).toBe(before);
    expect(await refusal(issueConclusionNotice(ctx, { actor: system, input: { meetingId } }))).toBe(
      'MEETING_NO_CONCLUSIONS:conclusions',
    );
  });

  it('issues the TB with the next number and one task per conclusion, linked to it', async () => {
    // An earlier TB of the UBND this year: the notice takes the number after it.
    await issueDocument(ctx, {
      actor: system,
      input: {
        issuer: p.ubnd.id,
        type: 'TB',
        summary: 'Thông báo lịch tiếp công dân',
        issueDate: '2023-07-03',
      },
    });
    const expected = (await lastTbNumber()) + 1;
    const meetingId = await freshMeeting();
    await recordConclusion(ctx, {
      actor: system,
      input: {
        meetingId,
        content: 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công',
        expectedOutput: 'Báo cáo tiến độ giải ngân',
        leadUnit: p.skhdt.code,
        coordinatingUnits: [p.stc.code],
        deadline: '2023-08-15',
        leader: leaders.viceChair,
      },
    });
    const m = await recordConclusion(ctx, {
      actor: system,
      input: {
        meetingId,
        content: 'Rà soát dự toán ngân sách',
        leadUnit: p.stc.id,
        deadline: '2023-07-31',
      },
    });
    expect(m.conclusions.map((c) => [c.number, c.leader?.personId])).toEqual([
      [1, leaders.viceChair],
      [2, leaders.chair], // the chair by default
    ]);
    const tasksBefore = await count('tasks');

    const issued = await issueConclusionNotice(ctx, { actor: system, input: { meetingId } });
    expect(issued.status).toBe('issued');
    expect(issued.issuedOn).toBe('2023-07-10');
    const docId = issued.conclusionDocument?.id ?? 0;
    expect(issued.conclusionDocument).toEqual({
      id: docId,
      numberSymbol: tb(expected),
      issueDate: '2023-07-10',
    });
    const doc = await ctx.db.q
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', docId)
      .executeTakeFirstOrThrow();
    expect(doc).toMatchObject({
      direction: 'outgoing',
      type_key: 'TB',
      issuer_unit_id: p.ubnd.id,
      register_unit_id: p.ubnd.id,
      number: expected,
    });
    expect(doc.summary).toContain('Kết luận của Chủ tịch UBND tỉnh Trần Chủ Tịch T');
    expect(doc.content).toContain('1. Đẩy nhanh tiến độ giải ngân vốn đầu tư công');

    expect(await count('tasks')).toBe(tasksBefore + 2);
    const { items } = await browseTasks(ctx, {
      actor: system,
      input: { sourceDocumentId: docId, sort: 'id' },
    });
    expect(
      items.map((x) => ({
        source: x.source,
        lead: x.leadUnit.id,
        coordinating: x.assignments.filter((a) => a.role === 'coordinate').map((a) => a.unitId),
        deadline: x.deadline,
        leader: x.leader?.personId,
        assignedOn: x.assignedOn,
        assigning: x.assigningUnit.id,
        expectedOutput: x.expectedOutput,
      })),
    ).toEqual([
      {
        source: {
          kind: 'meeting',
          documentId: docId,
          numberSymbol: tb(expected),
          itemLabel: '1',
        },
        lead: p.skhdt.id,
        coordinating: [p.stc.id],
        deadline: '2023-08-15',
        leader: leaders.viceChair,
        assignedOn: '2023-07-10',
        assigning: p.ubnd.id,
        expectedOutput: 'Báo cáo tiến độ giải ngân',
      },
      {
        source: {
          kind: 'meeting',
          documentId: docId,
          numberSymbol: tb(expected),
          itemLabel: '2',
        },
        lead: p.stc.id,
        coordinating: [],
        deadline: '2023-07-31',
        leader: leaders.chair,
        assignedOn: '2023-07-10',
        assigning: p.ubnd.id,
        expectedOutput: null,
      },
    ]);
    expect(issued.conclusions.map((c) => c.taskId)).toEqual(items.map((x) => x.id));
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'meeting.issue')
      .execute();
    expect(audit).toContainEqual({ action: 'meeting.issue', entity_id: String(meetingId) });

    // Frozen: nothing more is recorded, issuing again is refused, nothing else is written.
    const docsAfter = await count('documents');
    expect(await refusal(issueConclusionNotice(ctx, { actor: system, input: { meetingId } }))).toBe(
      'MEETING_ALREADY_ISSUED:meetingId',
    );
    expect(
      await refusal(
        recordConclusion(ctx, {
          actor: system,
          input: { meetingId, content: 'Thêm', leadUnit: p.stc.id },
        }),
      ),
    ).toBe('MEETING_ISSUED');
    expect(
      await refusal(addAgendaItem(ctx, { actor: system, input: { meetingId, title: 'Thêm' } })),
    ).toBe('MEETING_ISSUED');
    expect(await refusal(refreshAgenda(ctx, { actor: system, meetingId }))).toBe('MEETING_ISSUED');
    expect(
      await refusal(
        removeConclusion(ctx, {
          actor: system,
          meetingId,
          conclusionId: issued.conclusions[0]?.id ?? 0,
        }),
      ),
    ).toBe('MEETING_ISSUED');
    expect(await count('documents')).toBe(docsAfter);
    expect(await count('tasks')).toBe(tasksBefore + 2);
  });

  it('rolls everything back when one conclusion cannot become a task', async () => {
    const meetingId = await freshMeeting();
    await recordConclusion(ctx, {
      actor: system,
      input: {
        meetingId,
        content: 'Kết luận hợp lệ',
        leadUnit: p.skhdt.id,
        deadline: '2023-08-31',
      },
    });
    // Due 8/7: after the meeting (7/7), so it is recorded, but before the notice's date (10/7).
    await recordConclusion(ctx, {
      actor: system,
      input: {
        meetingId,
        content: 'Kết luận hạn quá sớm',
        leadUnit: p.stc.id,
        deadline: '2023-07-08',
      },
    });
    const number = await lastTbNumber();
    const docs = await count('documents');
    const tasks = await count('tasks');
    const audit = await count('audit_log');

    expect(await refusal(issueConclusionNotice(ctx, { actor: system, input: { meetingId } }))).toBe(
      'TASK_DEADLINE_BEFORE_SOURCE:conclusions.2.deadline',
    );
    expect(await count('documents')).toBe(docs);
    expect(await count('tasks')).toBe(tasks);
    expect(await count('audit_log')).toBe(audit);
    expect(await lastTbNumber()).toBe(number);
    const still = await showMeeting(ctx, { actor: system, meetingId });
    expect(still.status).toBe('draft');
    expect(still.conclusionDocument).toBeNull();
    expect(still.conclusions.map((c) => c.taskId)).toEqual([null, null]);

    // Corrected, the same meeting issues with the number that was not consumed.
    const corrected = await removeConclusion(ctx, {
      actor: system,
      meetingId,
      conclusionId: still.conclusions[1]?.id ?? 0,
    });
    expect(corrected.conclusions.map((c) => c.number)).toEqual([1]);
    const issued = await issueConclusionNotice(ctx, { actor: system, input: { meetingId } });
    expect(issued.conclusionDocument?.numberSymbol).toBe(tb(number + 1));
  });

  it('renumbers the conclusions after one is removed', async () => {
    const meetingId = await freshMeeting();
    for (const content of ['Một', 'Hai', 'Ba'])
      await recordConclusion(ctx, {
        actor: system,
        input: { meetingId, content, leadUnit: p.skhdt.id },
      });
    const m = await showMeeting(ctx, { actor: system, meetingId });
    const after = await removeConclusion(ctx, {
      actor: system,
      meetingId,
      conclusionId: m.conclusions[0]?.id ?? 0,
    });
    expect(after.conclusions.map((c) => [c.number, c.content])).toEqual([
      [1, 'Hai'],
      [2, 'Ba'],
    ]);
  });

  it('issues once when two clerks issue the same meeting at the same time', async () => {
    const meetingId = await freshMeeting();
    await recordConclusion(ctx, {
      actor: system,
      input: { meetingId, content: 'Kết luận duy nhất', leadUnit: p.skhdt.id },
    });
    const docs = await count('documents');
    const results = await Promise.allSettled([
      issueConclusionNotice(ctx, { actor: system, input: { meetingId } }),
      issueConclusionNotice(ctx, { actor: system, input: { meetingId } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(isAppError(rejected?.reason, 'MEETING_ALREADY_ISSUED')).toBe(true);
    expect(await count('documents')).toBe(docs + 1);
  });

  it('never leaves a conclusion recorded during the issue without its task', async () => {
    const meetingId = await freshMeeting();
    await recordConclusion(ctx, {
      actor: system,
      input: { meetingId, content: 'Kết luận thứ nhất', leadUnit: p.skhdt.id },
    });
    const [issued, late] = await Promise.allSettled([
      issueConclusionNotice(ctx, { actor: system, input: { meetingId } }),
      recordConclusion(ctx, {
        actor: system,
        input: { meetingId, content: 'Kết luận ghi cùng lúc', leadUnit: p.stc.id },
      }),
    ]);
    expect(issued.status).toBe('fulfilled');
    if (late.status === 'rejected') expect(isAppError(late.reason, 'MEETING_ISSUED')).toBe(true);
    const m = await showMeeting(ctx, { actor: system, meetingId });
    expect(m.status).toBe('issued');
    expect(m.conclusions.length).toBe(late.status === 'fulfilled' ? 2 : 1);
    for (const c of m.conclusions) expect(typeof c.taskId).toBe('number');
  });

  it('refuses a notice dated before the meeting', async () => {
    const m = await createMeeting(ctx, {
      actor: system,
      input: { meetingDate: '2023-07-28', chair: leaders.viceChair },
    });
    await recordConclusion(ctx, {
      actor: system,
      input: { meetingId: m.id, content: 'Chuẩn bị', leadUnit: p.skhdt.id },
    });
    expect(
      await refusal(issueConclusionNotice(ctx, { actor: system, input: { meetingId: m.id } })),
    ).toBe('MEETING_ISSUE_BEFORE_MEETING:issueDate');
  });

  it('lists meetings with their counts and notice', async () => {
    const { items } = await browseMeetings(ctx, { actor: system, input: { status: 'issued' } });
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const m of items) {
      expect(m.status).toBe('issued');
      expect(m.conclusionDocument?.numberSymbol).toMatch(/^\d{2,}\/TB-UBND$/);
      expect(m.conclusionCount).toBeGreaterThan(0);
    }
  });
});
