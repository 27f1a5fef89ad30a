import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../shared/calendar/working-days';
import {
  requestStatus,
  sendingDeadline,
  tallyTimeliness,
  validateDeadlineRule,
} from './regime-rules';

const cal = createWorkingCalendar([
  { date: '2023-09-01', kind: 'holiday', name: 'Quốc khánh' },
  { date: '2023-09-02', kind: 'holiday', name: 'Quốc khánh' },
  { date: '2023-09-04', kind: 'day_off', name: 'Nghỉ bù Quốc khánh' },
]);

describe('periodic-report rules', () => {
  it('counts the sending deadline in working days after the close, skipping a holiday', () => {
    expect(sendingDeadline(cal, '2023-08-31', 'working_days_after', 2)).toBe('2023-09-06');
    expect(sendingDeadline(cal, '2023-06-14', 'working_days_after', 2)).toBe('2023-06-16');
  });

  it('takes the first day D after the close, moved to the next working day', () => {
    // 14/6 close → 15/6 (same month). 31/8 close, day 2 → 2/9 holiday → Tuesday 5/9.
    expect(sendingDeadline(cal, '2023-06-14', 'day_of_month', 15)).toBe('2023-06-15');
    expect(sendingDeadline(cal, '2023-08-31', 'day_of_month', 2)).toBe('2023-09-05');
    // Day 31 in a 30-day month is its last day: 30/6/2023 is a Friday.
    expect(sendingDeadline(cal, '2023-05-31', 'day_of_month', 31)).toBe('2023-06-30');
    expect(validateDeadlineRule('day_of_month', 0)).not.toBeNull();
    expect(validateDeadlineRule('working_days_after', 2)).toBeNull();
  });

  it('classifies requests and tallies figures', () => {
    expect(requestStatus({ deadline: '2023-09-06', receivedOn: null }, '2023-09-06')).toBe(
      'pending',
    );
    expect(requestStatus({ deadline: '2023-09-06', receivedOn: null }, '2023-09-07')).toBe(
      'overdue',
    );
    const f = tallyTimeliness(
      cal,
      [
        { deadline: '2023-09-06', receivedOn: '2023-09-06' },
        { deadline: '2023-08-31', receivedOn: '2023-09-05' },
        { deadline: '2023-08-15', receivedOn: null },
        { deadline: '2023-09-30', receivedOn: null },
      ],
      '2023-09-20',
    );
    // 31/8 → 5/9 is 1 working day late (1, 2, 4/9 off).
    expect(f).toEqual({
      due: 3,
      onTime: 1,
      late: 1,
      lateDays: 1,
      missing: 1,
      pending: 1,
      rate: 1 / 3,
    });
  });
});
