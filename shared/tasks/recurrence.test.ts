import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoWeekday } from '../dates/local-date';
import { createWorkingCalendar } from '../calendar/working-days';
import { vnHolidaysFor } from '../calendar/vn-holidays';
import {
  describeRecurrence,
  nominalOccurrences,
  recurrenceDeadlines,
  validateRecurrence,
  type Recurrence,
} from './recurrence';

describe('recurrence', () => {
  it.each<[string, Recurrence, string, string[]]>([
    [
      'monthly on the 20th',
      { freq: 'monthly', day: 20 },
      '2023-01-25',
      ['2023-02-20', '2023-03-20', '2023-04-20'],
    ],
    [
      'monthly on the 31st clamps',
      { freq: 'monthly', day: 31 },
      '2023-01-01',
      ['2023-01-31', '2023-02-28', '2023-03-31'],
    ],
    [
      'monthly last day',
      { freq: 'monthly', day: -1 },
      '2024-02-01',
      ['2024-02-29', '2024-03-31', '2024-04-30'],
    ],
    [
      'every two months',
      { freq: 'monthly', day: 5, interval: 2 },
      '2023-01-06',
      ['2023-03-05', '2023-05-05', '2023-07-05'],
    ],
    [
      'quarterly, 10th of the first month',
      { freq: 'quarterly', monthOfQuarter: 1, day: 10 },
      '2023-01-11',
      ['2023-04-10', '2023-07-10', '2023-10-10'],
    ],
    [
      'quarterly, 15th of the last month',
      { freq: 'quarterly', monthOfQuarter: 3, day: 15 },
      '2023-03-15',
      ['2023-03-15', '2023-06-15', '2023-09-15'],
    ],
    [
      'half-yearly, 10 July and 10 January',
      { freq: 'half_yearly', monthOfHalf: 1, day: 10 },
      '2023-02-01',
      ['2023-07-10', '2024-01-10', '2024-07-10'],
    ],
    [
      'yearly 28 February',
      { freq: 'yearly', month: 2, day: 28 },
      '2023-03-01',
      ['2024-02-28', '2025-02-28', '2026-02-28'],
    ],
    [
      'weekly on Friday',
      { freq: 'weekly', weekday: 5 },
      '2023-07-10',
      ['2023-07-14', '2023-07-21', '2023-07-28'],
    ],
  ])('%s', (_n, rule, from, expected) => {
    expect(validateRecurrence(rule)).toBeNull();
    expect(nominalOccurrences(rule, from, 3)).toEqual(expected);
  });

  it('moves a deadline on a non-working day to the previous working day', () => {
    const cal = createWorkingCalendar(vnHolidaysFor(2023));
    // 15/1/2023 is a Sunday, 15/4 a Saturday, 2/9 a holiday-Saturday.
    const dates = recurrenceDeadlines({ freq: 'monthly', day: 15 }, '2023-01-01', 4, {
      isWorkingDay: (d) => cal.isWorkingDay(d),
    });
    expect(dates).toEqual(['2023-01-13', '2023-02-15', '2023-03-15', '2023-04-14']);
    expect(
      recurrenceDeadlines({ freq: 'monthly', day: 15 }, '2023-01-01', 1, {
        isWorkingDay: (d) => cal.isWorkingDay(d),
        moveToPreviousWorkingDay: false,
      }),
    ).toEqual(['2023-01-15']);
  });

  it('rejects impossible rules', () => {
    expect(validateRecurrence({ freq: 'monthly', day: 0 })).not.toBeNull();
    expect(validateRecurrence({ freq: 'quarterly', monthOfQuarter: 4, day: 1 })).not.toBeNull();
    expect(validateRecurrence({ freq: 'weekly', weekday: 8 })).not.toBeNull();
    expect(describeRecurrence({ freq: 'monthly', day: 20 })).toBe('hằng tháng, ngày 20');
  });

  it('generates strictly increasing dates on or after the start (property)', () => {
    const rule = fc.oneof(
      fc.record({ freq: fc.constant('monthly' as const), day: fc.integer({ min: 1, max: 31 }) }),
      fc.record({
        freq: fc.constant('quarterly' as const),
        monthOfQuarter: fc.integer({ min: 1, max: 3 }),
        day: fc.integer({ min: 1, max: 31 }),
      }),
      fc.record({
        freq: fc.constant('yearly' as const),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      }),
      fc.record({ freq: fc.constant('weekly' as const), weekday: fc.integer({ min: 1, max: 7 }) }),
    );
    const start = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(rule, start, (r, from) => {
        const dates = nominalOccurrences(r, from, 12);
        expect(dates).toHaveLength(12);
        expect(dates[0]! >= from).toBe(true);
        for (let i = 1; i < dates.length; i += 1) expect(dates[i]! > dates[i - 1]!).toBe(true);
        if (r.freq === 'weekly') expect(dates.every((d) => isoWeekday(d) === r.weekday)).toBe(true);
      }),
    );
  });
});
