import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { buildCommitteeLeaders, type CommitteeLeaders } from '../testing/meeting-fixture';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { createPerson } from '../organisation/people';
import { issueDocument } from '../documents/issue-document';
import { createTask } from '../tasks/create-task';
import { completeTask } from '../tasks/complete-task';
import { browseTasks } from '../tasks/browse-tasks';
import { weeklyCalendar } from '../leader-calendar/weekly-calendar';
import { removeLeaderEvent } from '../leader-calendar/remove-leader-event';
import { createMeeting } from './create-meeting';
import { refreshAgenda } from './refresh-agenda';
import { addAgendaItem } from './add-agenda-item';
import { removeAgendaItem } from './remove-agenda-item';
import { recordConclusion } from './record-conclusion';
import { removeConclusion } from './remove-conclusion';
import { issueConclusionNotice } from './issue-conclusion-notice';
import { browseMeetings, showMeeting } from './browse-meetings';

let ctx: TestContext;
let p: TestProvince;
let u: TestProvince;
let leaders: CommitteeLeaders;
const system = SYSTEM_ACTOR;
/** Task ids by name (see the table in beforeAll). */
const t: Record<string, number> = {};

/** The code and field of a refusal, or the value when nothing was thrown. */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);
  }
}

async function count(table: 'documents' | 'tasks' | 'meeting_conclusions' | 'audit_log') {
  const row = await ctx.db.q
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

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

async function task(
  name: string,
  o: { lead?: number; deadline: string | null; assignedOn?: string; assigning?: number },
) {
  const created = await createTask(ctx, {
    actor: system,
    input: {
      content: `Nhiệm vụ ${name}`,
      assigningUnit: o.assigning ?? p.ubnd.id,
      leadUnit: o.lead ?? p.skhdt.id,
      deadline: o.deadline,
      assignedOn: o.assignedOn ?? '2023-06-01',
    },
  });
  t[name] = created.id;
  return created.id;
}

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  // U first: the last province built is the default one.
  u = await buildProvince(ctx, 'U');
  p = await buildProvince(ctx, 'T');
  leaders = await buildCommitteeLeaders(ctx, p);
  // The meeting is held on Friday 7/7/2023; today is 10/7. Due soon: within 5 days of the meeting.
  await task('A_overdue_7', { deadline: '2023-06-30' });
  await task('L_overdue_then_done', { deadline: '2023-07-05', lead: p.stc.id });
  await completeTask(ctx, {
    actor: system,
    input: { taskId: t.L_overdue_then_done ?? 0, completedOn: '2023-07-09' },
  });
  await task('S_due_soon_overdue_today', { deadline: '2023-07-08' });
  await task('B_due_at_window_edge', { deadline: '2023-07-12' });
  await task('E_after_window', { deadline: '2023-07-13' });
  await task('D_done_late', { deadline: '2023-06-20' });
  await completeTask(ctx, {
    actor: system,
    input: { taskId: t.D_done_late ?? 0, completedOn: '2023-06-25' },
  });
  await task('N_standing', { deadline: null });
  await task('P_assigned_after_meeting', { deadline: '2023-07-09', assignedOn: '2023-07-08' });
  await task('U_other_province', {
    deadline: '2023-06-30',
    assigning: u.ubnd.id,
    lead: u.skhdt.id,
  });
});
afterAll(async () => ctx.cleanup());

describe('monthly review meeting: agenda from data', () => {
  let meetingId: number;

  it('builds the agenda from overdue and due-soon tasks at the meeting date', async () => {
    const m = await createMeeting(ctx, {
      actor: system,
      input: {
        meetingDate: '2023-07-07',
        chair: leaders.chair,
        attendees: [p.skhdt.code, p.stc.id],
        location: 'Hội trường UBND tỉnh',
      },
    });
    meetingId = m.id;
    expect(m.title).toBe('Hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 7/2023');
    expect(m.committee.id).toBe(p.ubnd.id);
    expect(m.chair).toEqual({ personId: leaders.chair, name: 'Trần Chủ Tịch T' });
    expect(m.attendees.map((a) => a.id)).toEqual([p.skhdt.id, p.stc.id]);
    expect(m.startsAt).toBe('2023-07-07T01:00:00.000Z');
    expect(m.startsAtLocal).toBe('2023-07-07T08:00:00+07:00');
    expect(m.agenda.map((i) => [i.source, i.taskId, i.status, i.daysLate])).toEqual([
      // Overdue at 7/7, most days late first; L is overdue then although completed since.
      ['overdue_task', t.A_overdue_7, 'CHT_QUA_HAN', 7],
      ['overdue_task', t.L_overdue_then_done, 'CHT_QUA_HAN', 2],
      // Due within 5 days of 7/7 (S is overdue today, but not at the meeting date).
      ['due_soon_task', t.S_due_soon_overdue_today, 'CHT_TRONG_HAN', null],
      ['due_soon_task', t.B_due_at_window_edge, 'CHT_TRONG_HAN', null],
    ]);
    expect(m.agenda[0]).toMatchObject({
      title: 'Nhiệm vụ A_overdue_7',
      leadUnit: { id: p.skhdt.id },
      deadline: '2023-06-30',
    });
    expect(m.agenda[1]?.leadUnit?.id).toBe(p.stc.id);
  });

  it('keeps items added by hand and leaves items removed by hand out on refresh', async () => {
    const withManual = await addAgendaItem(ctx, {
      actor: system,
      input: { meetingId, title: 'Tình hình giải ngân vốn đầu tư công', leadUnit: p.skhdt.id },
    });
    const manual = withManual.agenda.at(-1);
    expect(manual).toMatchObject({
      source: 'manual',
      title: 'Tình hình giải ngân vốn đầu tư công',
    });
    const b = withManual.agenda.find((i) => i.taskId === t.B_due_at_window_edge);
    const afterRemove = await removeAgendaItem(ctx, {
      actor: system,
      meetingId,
      itemId: b?.id ?? 0,
    });
    expect(afterRemove.agenda.some((i) => i.taskId === t.B_due_at_window_edge)).toBe(false);
    expect(afterRemove.dismissedCount).toBe(1);

    // A is reported done before the meeting: the refresh drops it; B stays dismissed.
    await completeTask(ctx, {
      actor: system,
      input: { taskId: t.A_overdue_7 ?? 0, completedOn: '2023-07-06' },
    });
    const refreshed = await refreshAgenda(ctx, { actor: system, meetingId });
    expect(refreshed.changes).toEqual({ added: 0, updated: 3, removed: 1 });
    expect(refreshed.agenda.map((i) => i.taskId ?? i.source)).toEqual([
      t.L_overdue_then_done,
      t.S_due_soon_overdue_today,
      'manual',
    ]);
    expect(refreshed.dismissedCount).toBe(1);
  });

  it('puts the meeting on the chair’s weekly calendar, where it cannot be removed on its own', async () => {
    const week = await weeklyCalendar(ctx, {
      actor: system,
      input: { week: '2023-W27', personId: leaders.chair },
    });
    const entry = week.events.find((e) => e.meetingId === meetingId);
    expect(entry).toMatchObject({
      kind: 'review_meeting',
      title: 'Hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 7/2023',
      startsAtLocal: '2023-07-07T08:00:00+07:00',
      endsAtLocal: '2023-07-07T11:30:00+07:00',
      location: 'Hội trường UBND tỉnh',
    });
    expect(entry?.participants.units.map((x) => x.id)).toEqual([p.skhdt.id, p.stc.id]);
    expect(await refusal(removeLeaderEvent(ctx, { actor: system, eventId: entry?.id ?? 0 }))).toBe(
      'LEADER_EVENT_OF_MEETING:id',
    );
  });

  it('refuses a chair who is not the Chủ tịch or a Phó Chủ tịch, writing nothing', async () => {
    const someone = await createPerson(ctx, {
      actor: system,
      input: { fullName: 'Phạm Văn Khác' },
    });
    const before = await count('audit_log');
    expect(
      await refusal(
        createMeeting(ctx, {
          actor: system,
          input: { meetingDate: '2023-07-07', chair: someone.id },
        }),
      ),
    ).toBe('LEADER_NOT_COMMITTEE_LEADER:chair');
    expect(
      await refusal(
        createMeeting(ctx, {
          actor: system,
          input: {
            meetingDate: '2023-07-07',
            chair: leaders.chair,
            startTime: '14:00',
            endTime: '13:30',
          },
        }),
      ),
    ).toBe('LEADER_EVENT_RANGE_INVALID:endTime');
    expect(await count('audit_log')).toBe(before);
  });
});

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
