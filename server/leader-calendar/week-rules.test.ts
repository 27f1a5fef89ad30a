import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, isoWeekday, localDate } from '../../shared/dates/local-date';
import {
  findConflicts,
  formatIsoWeek,
  instantOfLocal,
  isoWeekOf,
  localDatesOf,
  mondayOf,
  parseIsoWeek,
  toLocalIso,
  weekRange,
  weeksInIsoYear,
} from './week-rules';

const VN = 'Asia/Ho_Chi_Minh';

describe('ISO weeks', () => {
  it('parses and bounds 2023-W28 in the province’s zone', () => {
    const w = parseIsoWeek('2023-W28');
    expect(w).toEqual({ year: 2023, week: 28 });
    const r = weekRange(w ?? { year: 0, week: 0 }, VN);
    expect(r).toEqual({
      week: '2023-W28',
      monday: '2023-07-10',
      sunday: '2023-07-16',
      // Monday 00:00 at UTC+7 is Sunday 17:00 UTC.
      from: new Date('2023-07-09T17:00:00.000Z'),
      to: new Date('2023-07-16T17:00:00.000Z'),
    });
  });

  it('knows the weeks that straddle a new year', () => {
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf('2023-01-01')).toEqual({ year: 2022, week: 52 });
    expect(mondayOf({ year: 2020, week: 53 })).toBe('2020-12-28');
    expect(mondayOf({ year: 2026, week: 1 })).toBe('2025-12-29');
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2023)).toBe(52);
  });

  it('refuses malformed weeks and weeks the year does not have', () => {
    for (const bad of ['2023-W53', '2023-W00', '2023-28', '2023W28', '2023-W5', 'tuần 28'])
      expect(parseIsoWeek(bad)).toBeNull();
    expect(parseIsoWeek('2020-W53')).toEqual({ year: 2020, week: 53 });
  });

  it('puts every date in a Monday-to-Sunday week that contains it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), (n) => {
        const date = addDays('2010-01-01', n);
        const w = isoWeekOf(date);
        const monday = mondayOf(w);
        expect(isoWeekday(monday)).toBe(1);
        expect(date >= monday && date <= addDays(monday, 6)).toBe(true);
        expect(parseIsoWeek(formatIsoWeek(w))).toEqual(w);
      }),
    );
  });
});

describe('local times', () => {
  it('turns local wall-clock times into UTC instants and back', () => {
    const at = instantOfLocal(localDate(2023, 7, 10), '06:00', VN);
    expect(at.toISOString()).toBe('2023-07-09T23:00:00.000Z');
    expect(toLocalIso(at, VN)).toBe('2023-07-10T06:00:00+07:00');
    expect(toLocalIso(new Date('2023-07-10T01:00:00Z'), 'UTC')).toBe('2023-07-10T01:00:00+00:00');
  });

  it('lists the local days an event touches (ending at midnight does not touch the next)', () => {
    const start = instantOfLocal('2023-07-12', '14:00', VN);
    expect(localDatesOf(start, instantOfLocal('2023-07-14', '11:00', VN), VN)).toEqual([
      '2023-07-12',
      '2023-07-13',
      '2023-07-14',
    ]);
    expect(localDatesOf(start, instantOfLocal('2023-07-13', '00:00', VN), VN)).toEqual([
      '2023-07-12',
    ]);
  });
});

describe('conflicts', () => {
  const at = (hhmm: string) => instantOfLocal('2023-07-11', hhmm, VN).toISOString();
  it('flags overlapping events of the same person only; touching ends do not overlap', () => {
    const events = [
      { id: 1, personIds: [10, 20], startsAt: at('08:00'), endsAt: at('10:00') },
      { id: 2, personIds: [10], startsAt: at('09:30'), endsAt: at('11:00') },
      { id: 3, personIds: [10], startsAt: at('10:00'), endsAt: at('11:00') },
      { id: 4, personIds: [20], startsAt: at('09:00'), endsAt: at('09:15') },
      { id: 5, personIds: [30], startsAt: at('08:00'), endsAt: at('12:00') },
    ];
    expect(findConflicts(events)).toEqual([
      { personId: 10, eventIds: [1, 2] },
      { personId: 10, eventIds: [2, 3] },
      { personId: 20, eventIds: [1, 4] },
    ]);
  });
});
