import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../shared/calendar/working-days';
import {
  currentDigest,
  currentReminder,
  localInstant,
  reminderDeadline,
  reminderRecipients,
  type CandidateUser,
} from './reminder-rules';
import type { OverdueRepeat } from './tables';

const TZ = 'Asia/Ho_Chi_Minh';
// Quốc khánh 2023 as a test calendar: Friday 1/9 holiday, Monday 4/9 day off.
const calendar = createWorkingCalendar([
  { date: '2023-09-01', kind: 'holiday', name: 'Quốc khánh' },
  { date: '2023-09-04', kind: 'day_off', name: 'Nghỉ bù' },
]);
const at = (local: string) => new Date(`${local}+07:00`);

describe('localInstant', () => {
  it('is the local time in the province zone', () => {
    expect(localInstant('2023-07-10', '08:00', TZ).toISOString()).toBe('2023-07-10T01:00:00.000Z');
    expect(localInstant('2023-07-10', '00:15', TZ).toISOString()).toBe('2023-07-09T17:15:00.000Z');
  });
});

describe('currentReminder', () => {
  const cases: Array<{
    name: string;
    deadline: string;
    now: string;
    days?: number[];
    repeat?: OverdueRepeat;
    assignedOn?: string;
    expected: [rule: string, day: string] | null;
  }> = [
    // Deadline Friday 14/7/2023, default 7/3/1/0 days.
    {
      name: 'nothing before the first offset',
      deadline: '2023-07-14',
      now: '2023-07-07T07:59',
      expected: null,
    },
    {
      name: '7 days before, at 08:00',
      deadline: '2023-07-14',
      now: '2023-07-07T08:00',
      expected: ['before-7', '2023-07-07'],
    },
    {
      name: 'still the 7-day one until the 3-day one is due',
      deadline: '2023-07-14',
      now: '2023-07-11T07:59',
      expected: ['before-7', '2023-07-07'],
    },
    {
      name: '3 days before',
      deadline: '2023-07-14',
      now: '2023-07-11T08:00',
      expected: ['before-3', '2023-07-11'],
    },
    {
      name: '1 day before',
      deadline: '2023-07-14',
      now: '2023-07-13T12:00',
      expected: ['before-1', '2023-07-13'],
    },
    {
      name: 'on the deadline day',
      deadline: '2023-07-14',
      now: '2023-07-14T08:00',
      expected: ['before-0', '2023-07-14'],
    },
    // Overdue from the day after; a weekend moves the first overdue reminder to Monday.
    {
      name: 'the Saturday after a Friday deadline: no overdue reminder yet',
      deadline: '2023-07-14',
      now: '2023-07-15T10:00',
      expected: ['before-0', '2023-07-14'],
    },
    {
      name: 'first overdue reminder on Monday',
      deadline: '2023-07-14',
      now: '2023-07-17T08:00',
      expected: ['overdue', '2023-07-17'],
    },
    {
      name: 'daily: again on Tuesday',
      deadline: '2023-07-14',
      now: '2023-07-18T09:00',
      expected: ['overdue', '2023-07-18'],
    },
    {
      name: 'daily: on Sunday the latest is still Friday’s',
      deadline: '2023-07-14',
      now: '2023-07-23T09:00',
      expected: ['overdue', '2023-07-21'],
    },
    {
      name: 'daily: Saturday’s and Sunday’s become Monday’s one reminder',
      deadline: '2023-07-14',
      now: '2023-07-24T08:00',
      expected: ['overdue', '2023-07-24'],
    },
    {
      name: 'every 3 days: 15/7→17/7, then 18/7',
      deadline: '2023-07-14',
      now: '2023-07-20T09:00',
      repeat: 'every_3_days',
      expected: ['overdue', '2023-07-18'],
    },
    {
      name: 'every 3 days: 21/7 only from 08:00',
      deadline: '2023-07-14',
      now: '2023-07-21T07:00',
      repeat: 'every_3_days',
      expected: ['overdue', '2023-07-18'],
    },
    {
      name: 'weekly: the second one (Saturday 22/7) waits for Monday 24/7',
      deadline: '2023-07-14',
      now: '2023-07-23T10:00',
      repeat: 'weekly',
      expected: ['overdue', '2023-07-17'],
    },
    {
      name: 'weekly: Monday 24/7',
      deadline: '2023-07-14',
      now: '2023-07-24T08:30',
      repeat: 'weekly',
      expected: ['overdue', '2023-07-24'],
    },
    // Offsets on days off move back to the previous working day and collapse.
    {
      name: 'Monday deadline: 1 day and 3 days before are both Friday; the nearer wins',
      deadline: '2023-07-17',
      now: '2023-07-14T09:00',
      days: [3, 1, 0],
      expected: ['before-1', '2023-07-14'],
    },
    {
      name: 'holidays: 1 day before Tuesday 5/9 is Thursday 31/8',
      deadline: '2023-09-05',
      now: '2023-09-01T09:00',
      expected: ['before-1', '2023-08-31'],
    },
    {
      name: 'holidays: no overdue reminder until the next working day',
      deadline: '2023-08-31',
      now: '2023-09-04T10:00',
      expected: ['before-0', '2023-08-31'],
    },
    {
      name: 'holidays: first overdue reminder on Tuesday 5/9',
      deadline: '2023-08-31',
      now: '2023-09-05T08:00',
      expected: ['overdue', '2023-09-05'],
    },
    // Assigned late: no reminder dated before the assignment.
    {
      name: 'assigned 2 days before: not the 7- or 3-day ones',
      deadline: '2023-07-14',
      now: '2023-07-12T09:00',
      assignedOn: '2023-07-12',
      expected: null,
    },
    {
      name: 'assigned 2 days before: the 1-day one',
      deadline: '2023-07-14',
      now: '2023-07-13T08:00',
      assignedOn: '2023-07-12',
      expected: ['before-1', '2023-07-13'],
    },
    {
      name: "a person's own offsets",
      deadline: '2023-07-14',
      now: '2023-07-11T09:00',
      days: [5, 2],
      expected: ['before-5', '2023-07-07'],
    },
    {
      name: 'no offsets: only overdue reminders',
      deadline: '2023-07-14',
      now: '2023-07-14T09:00',
      days: [],
      expected: null,
    },
  ];
  it.each(cases)('$name', (c) => {
    const r = currentReminder({
      deadline: c.deadline,
      assignedOn: c.assignedOn ?? '2023-06-01',
      now: at(c.now),
      timeZone: TZ,
      calendar,
      beforeDeadlineDays: c.days ?? [7, 3, 1, 0],
      overdueRepeat: c.repeat ?? 'daily',
    });
    expect(r && [r.rule, r.day]).toEqual(c.expected);
    if (r) {
      expect(r.at).toEqual(localInstant(r.day, '08:00', TZ));
      expect(r.kind).toBe(r.rule === 'overdue' ? 'reminder.overdue' : 'reminder.before_deadline');
    }
  });
});

describe('currentDigest', () => {
  it.each([
    { now: '2023-07-10T07:29', time: '07:30', expected: null },
    { now: '2023-07-10T07:30', time: '07:30', expected: '2023-07-10' },
    { now: '2023-07-10T23:00', time: '16:45', expected: '2023-07-10' },
    { now: '2023-07-15T09:00', time: '07:30', expected: null }, // Saturday
    { now: '2023-09-01T09:00', time: '07:30', expected: null }, // holiday
    { now: '2023-07-10T09:00', time: null, expected: null }, // no digest chosen
  ])('digest at $time, now $now → $expected', ({ now, time, expected }) => {
    const d = currentDigest({ digestTime: time, now: at(now), timeZone: TZ, calendar });
    expect(d?.day ?? null).toBe(expected);
    if (d && time) expect(d.at).toEqual(localInstant(d.day, time, TZ));
  });
});

describe('reminderDeadline', () => {
  it.each([
    {
      name: 'no extension',
      t: { deadline: '2023-07-14', extendedDeadline: null, extensionApprovedOn: null },
      expected: '2023-07-14',
    },
    {
      name: 'approved extension moves it',
      t: {
        deadline: '2023-07-14',
        extendedDeadline: '2023-07-31',
        extensionApprovedOn: '2023-07-05',
      },
      expected: '2023-07-31',
    },
    {
      name: 'approved after the deadline passed still moves it',
      t: {
        deadline: '2023-07-14',
        extendedDeadline: '2023-07-31',
        extensionApprovedOn: '2023-07-20',
      },
      expected: '2023-07-31',
    },
    {
      name: 'requested but not approved',
      t: { deadline: '2023-07-14', extendedDeadline: '2023-07-31', extensionApprovedOn: null },
      expected: '2023-07-14',
    },
    {
      name: 'a standing task gets none',
      t: { deadline: null, extendedDeadline: null, extensionApprovedOn: null },
      expected: null,
    },
  ])('$name', ({ t, expected }) => {
    expect(reminderDeadline(t, '2023-07-25')).toBe(expected);
  });
});

describe('reminderRecipients', () => {
  const users: CandidateUser[] = [
    { id: 1, role: 'unit_leader', unitId: 10, personId: null },
    { id: 2, role: 'unit_staff', unitId: 10, personId: null },
    { id: 3, role: 'unit_staff', unitId: 11, personId: null },
    { id: 4, role: 'viewer', unitId: 10, personId: null },
    { id: 5, role: 'office', unitId: 10, personId: null },
    { id: 6, role: 'leader', unitId: 1, personId: 99 },
  ];
  const ids = (
    a: Parameters<typeof reminderRecipients>[0],
    kind: 'reminder.overdue' | 'reminder.before_deadline',
  ) => reminderRecipients(a, kind, users).map((u) => u.id);
  it.each([
    {
      name: 'lead unit before the deadline: its leaders and staff',
      a: { unitId: 10, role: 'lead', leaderPersonId: 99 },
      kind: 'reminder.before_deadline' as const,
      expected: [1, 2],
    },
    {
      name: 'lead unit overdue: also the leader in charge',
      a: { unitId: 10, role: 'lead', leaderPersonId: 99 },
      kind: 'reminder.overdue' as const,
      expected: [1, 2, 6],
    },
    {
      name: 'coordinating unit overdue: not the leader in charge',
      a: { unitId: 11, role: 'coordinate', leaderPersonId: 99 },
      kind: 'reminder.overdue' as const,
      expected: [3],
    },
    {
      name: 'following unit: nobody',
      a: { unitId: 10, role: 'follow', leaderPersonId: 99 },
      kind: 'reminder.overdue' as const,
      expected: [],
    },
    {
      name: 'no leader in charge',
      a: { unitId: 10, role: 'lead', leaderPersonId: null },
      kind: 'reminder.overdue' as const,
      expected: [1, 2],
    },
  ])('$name', ({ a, kind, expected }) => {
    expect(ids(a, kind)).toEqual(expected);
  });
});
