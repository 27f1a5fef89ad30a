import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../dates/local-date';
import {
  emptyCounts,
  countStatus,
  onTimeRate,
  taskStatusAt,
  type ExtensionRule,
  type TaskTimeline,
  type TaskStatus,
} from './status';

type Row = [
  name: string,
  timeline: TaskTimeline,
  d: string,
  expected: TaskStatus,
  daysLate: number,
  rule?: ExtensionRule,
];

const D = '2023-06-14';
const rows: Row[] = [
  ['no deadline, open', { deadline: null }, D, 'KHONG_THOI_HAN', 0],
  ['no deadline, done', { deadline: null, completedOn: '2023-03-01' }, D, 'KHONG_THOI_HAN', 0],
  ['open, deadline later', { deadline: '2023-06-30' }, D, 'CHT_TRONG_HAN', 0],
  ['open, deadline today is not late', { deadline: D }, D, 'CHT_TRONG_HAN', 0],
  ['open, deadline yesterday', { deadline: '2023-06-13' }, D, 'CHT_QUA_HAN', 1],
  [
    'done before deadline',
    { deadline: '2023-06-30', completedOn: '2023-06-01' },
    D,
    'HT_DUNG_HAN',
    0,
  ],
  [
    'done on the deadline day',
    { deadline: '2023-06-01', completedOn: '2023-06-01' },
    D,
    'HT_DUNG_HAN',
    0,
  ],
  ['done a day late', { deadline: '2023-05-31', completedOn: '2023-06-01' }, D, 'HT_QUA_HAN', 1],
  [
    'completion after d does not count (in time)',
    { deadline: '2023-06-30', completedOn: '2023-06-20' },
    D,
    'CHT_TRONG_HAN',
    0,
  ],
  [
    'completion after d does not count (overdue)',
    { deadline: '2023-06-10', completedOn: '2023-06-20' },
    D,
    'CHT_QUA_HAN',
    4,
  ],
  [
    're-opened before d: open again',
    { deadline: '2023-06-30', firstCompletedOn: '2023-05-01', reopenedOn: '2023-05-10' },
    D,
    'CHT_TRONG_HAN',
    0,
  ],
  [
    're-opened after d: still done at d',
    { deadline: '2023-06-30', firstCompletedOn: '2023-05-01', reopenedOn: '2023-06-20' },
    D,
    'HT_DUNG_HAN',
    0,
  ],
  [
    're-opened and done again late',
    {
      deadline: '2023-05-31',
      firstCompletedOn: '2023-05-01',
      reopenedOn: '2023-05-10',
      completedOn: '2023-06-05',
    },
    D,
    'HT_QUA_HAN',
    5,
  ],
  [
    're-opened, overdue, second completion after d',
    {
      deadline: '2023-05-31',
      firstCompletedOn: '2023-05-01',
      reopenedOn: '2023-05-10',
      completedOn: '2023-06-20',
    },
    D,
    'CHT_QUA_HAN',
    14,
  ],
  [
    'extension approved before deadline: judged on new deadline',
    { deadline: '2023-06-10', extension: { deadline: '2023-06-30', approvedOn: '2023-06-05' } },
    D,
    'CHT_TRONG_HAN',
    0,
  ],
  [
    'extension approved on the deadline day counts',
    { deadline: '2023-06-10', extension: { deadline: '2023-06-30', approvedOn: '2023-06-10' } },
    D,
    'CHT_TRONG_HAN',
    0,
  ],
  [
    'extension approved after the deadline passed: original deadline',
    { deadline: '2023-06-10', extension: { deadline: '2023-06-30', approvedOn: '2023-06-12' } },
    D,
    'CHT_QUA_HAN',
    4,
  ],
  [
    'extension approved after d is not known at d',
    { deadline: '2023-06-10', extension: { deadline: '2023-06-30', approvedOn: '2023-06-20' } },
    D,
    'CHT_QUA_HAN',
    4,
  ],
  [
    'late extension counts under rule "always"',
    { deadline: '2023-06-10', extension: { deadline: '2023-06-30', approvedOn: '2023-06-12' } },
    D,
    'CHT_TRONG_HAN',
    0,
    'always',
  ],
  [
    'extension ignored under rule "never"',
    { deadline: '2023-06-10', extension: { deadline: '2023-06-30', approvedOn: '2023-06-05' } },
    D,
    'CHT_QUA_HAN',
    4,
    'never',
  ],
  [
    'done within the extended deadline',
    {
      deadline: '2023-06-10',
      extension: { deadline: '2023-06-30', approvedOn: '2023-06-05' },
      completedOn: '2023-06-12',
    },
    D,
    'HT_DUNG_HAN',
    0,
  ],
  [
    'done after the extended deadline',
    {
      deadline: '2023-06-01',
      extension: { deadline: '2023-06-05', approvedOn: '2023-05-30' },
      completedOn: '2023-06-07',
    },
    D,
    'HT_QUA_HAN',
    2,
  ],
];

describe('taskStatusAt (VPCP taxonomy)', () => {
  it.each(rows)('%s', (_name, timeline, d, expected, daysLate, rule) => {
    const s = taskStatusAt(timeline, d, rule ? { extensionRule: rule } : {});
    expect(s.status).toBe(expected);
    expect(s.daysLate).toBe(daysLate);
  });

  it('flags open tasks due within N days', () => {
    expect(taskStatusAt({ deadline: '2023-06-19' }, D).dueSoon).toBe(true);
    expect(taskStatusAt({ deadline: '2023-06-20' }, D).dueSoon).toBe(false);
    expect(taskStatusAt({ deadline: '2023-06-20' }, D, { dueSoonDays: 6 }).dueSoon).toBe(true);
    expect(taskStatusAt({ deadline: '2023-06-13' }, D).dueSoon).toBe(false);
  });

  it('computes the on-time rate over tasks that have come due', () => {
    const c = emptyCounts();
    for (const [, t, d] of rows) countStatus(c, taskStatusAt(t, d));
    expect(c.total).toBe(rows.length);
    expect(onTimeRate(c)).toBeCloseTo(
      c.HT_DUNG_HAN / (c.HT_DUNG_HAN + c.HT_QUA_HAN + c.CHT_QUA_HAN),
    );
    expect(onTimeRate(emptyCounts())).toBeNull();
  });

  it('never depends on events after d (property)', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2023-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.option(day, { nil: null }),
        fc.option(day, { nil: null }),
        day,
        day,
        (deadline, completed, approved, newDeadline, d) => {
          const t: TaskTimeline = {
            deadline,
            completedOn: completed,
            extension: approved ? { deadline: newDeadline, approvedOn: approved } : null,
          };
          // Erase everything dated after d: the status at d must not change.
          const truncated: TaskTimeline = {
            deadline,
            completedOn: completed && completed <= d ? completed : null,
            extension:
              approved && approved <= d ? { deadline: newDeadline, approvedOn: approved } : null,
          };
          expect(taskStatusAt(t, d)).toEqual(taskStatusAt(truncated, d));
        },
      ),
    );
  });
});
