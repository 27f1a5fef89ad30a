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
import { createPerson } from '../organisation/people';
import { createTask } from '../tasks/create-task';
import { completeTask } from '../tasks/complete-task';
import { weeklyCalendar } from '../leader-calendar/weekly-calendar';
import { removeLeaderEvent } from '../leader-calendar/remove-leader-event';
import { createMeeting } from './create-meeting';
import { refreshAgenda } from './refresh-agenda';
import { addAgendaItem } from './add-agenda-item';
import { removeAgendaItem } from './remove-agenda-item';

let ctx: TestContext;
let p: TestProvince;
let u: TestProvince;
let leaders: CommitteeLeaders;
const system = SYSTEM_ACTOR;
/** Task ids by name (see the table in beforeAll). */
const t: Record<string, number> = {};
const count = (table: 'audit_log') => countRows(ctx, table);

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
