import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, type LocalDate } from '../dates/local-date';
import { addDaysBy, createWorkingCalendar } from './working-days';

describe('properties over random calendars', () => {
  const BASE = '2024-01-01';
  const KINDS = ['holiday', 'day_off', 'working_day'] as const;
  const dateArb = fc.integer({ min: -300, max: 300 }).map((k) => addDays(BASE, k));
  // At most five rest days a week, so a working day is always within reach.
  const calendarArb = fc
    .record({
      weekend: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 5 }),
      entries: fc.uniqueArray(
        fc.record({ offset: fc.integer({ min: -320, max: 320 }), kind: fc.constantFrom(...KINDS) }),
        { selector: (e) => e.offset, maxLength: 200 },
      ),
    })
    .map(({ weekend, entries }) =>
      createWorkingCalendar(
        entries.map((e) => ({ date: addDays(BASE, e.offset), kind: e.kind, name: e.kind })),
        { weekend },
      ),
    );
  const nArb = fc.integer({ min: -30, max: 30 });

  it('lands on a working day, on the right side of d, for n ≠ 0', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, nArb, (cal, d, n) => {
        fc.pre(n !== 0);
        const e = cal.addWorkingDays(d, n);
        expect(cal.isWorkingDay(e)).toBe(true);
        expect(n > 0 ? e > d : e < d).toBe(true);
      }),
    );
  });

  it('countWorkingDays(d, addWorkingDays(d, n)) === n for n ≥ 0', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.nat({ max: 30 }), (cal, d, n) => {
        expect(cal.countWorkingDays(d, cal.addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it('going n forward then n back reaches onOrBefore(d); back then forward reaches onOrAfter(d)', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: 1, max: 30 }), (cal, d, n) => {
        expect(cal.addWorkingDays(cal.addWorkingDays(d, n), -n)).toBe(cal.onOrBefore(d));
        expect(cal.addWorkingDays(cal.addWorkingDays(d, -n), n)).toBe(cal.onOrAfter(d));
      }),
    );
  });

  it('adding in two steps equals adding once (same sign)', () => {
    fc.assert(
      fc.property(
        calendarArb,
        dateArb,
        fc.nat({ max: 15 }),
        fc.nat({ max: 15 }),
        (cal, d, a, b) => {
          expect(cal.addWorkingDays(cal.addWorkingDays(d, a), b)).toBe(
            cal.addWorkingDays(d, a + b),
          );
          expect(cal.addWorkingDays(cal.addWorkingDays(d, -a), -b)).toBe(
            cal.addWorkingDays(d, -a - b),
          );
        },
      ),
    );
  });

  it('counts add up over adjacent intervals', () => {
    fc.assert(
      fc.property(calendarArb, fc.array(dateArb, { minLength: 3, maxLength: 3 }), (cal, dates) => {
        const [a, b, c] = [...dates].sort() as [LocalDate, LocalDate, LocalDate];
        expect(cal.countWorkingDays(a, b) + cal.countWorkingDays(b, c)).toBe(
          cal.countWorkingDays(a, c),
        );
      }),
    );
  });

  it('snaps to the nearest working day with no working day skipped', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, (cal, d) => {
        const before = cal.onOrBefore(d);
        const after = cal.onOrAfter(d);
        expect(cal.isWorkingDay(before) && cal.isWorkingDay(after)).toBe(true);
        expect(cal.countWorkingDays(before, d)).toBe(0);
        expect(cal.countWorkingDays(addDays(d, -1), after)).toBe(1);
        expect(cal.countWorkingDays(d, cal.nextWorkingDay(d))).toBe(1);
        expect(cal.previousWorkingDay(d) < d).toBe(true);
      }),
    );
  });

  it('a calendar-day limit ends on the first working day on or after d + n', () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: 1, max: 60 }), (cal, d, n) => {
        const end = addDaysBy(cal, d, n, 'calendar');
        expect(cal.isWorkingDay(end)).toBe(true);
        expect(end >= addDays(d, n)).toBe(true);
        expect(cal.countWorkingDays(addDays(d, n - 1), end)).toBe(1);
      }),
    );
  });

  it('with no entries, only the weekend decides', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }),
        dateArb,
        (weekend, d) => {
          const cal = createWorkingCalendar([], { weekend });
          expect(cal.isWorkingDay(d)).toBe(!weekend.includes(isoWeekday(d)));
        },
      ),
    );
  });
});
