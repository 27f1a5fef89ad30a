import { describe, expect, it } from 'vitest';
import { VN_HOLIDAYS } from './vn-holidays';
import {
  addDaysBy,
  createWorkingCalendar,
  type CalendarEntry,
  type CalendarEntryKind,
} from './working-days';

const plain = createWorkingCalendar([]);
const vn = createWorkingCalendar(VN_HOLIDAYS);

describe('weekends and single entries', () => {
  const midweekHoliday = createWorkingCalendar([
    { date: '2023-04-19', kind: 'holiday', name: 'test holiday' },
  ]);
  const makeUpSaturday = createWorkingCalendar([
    { date: '2024-05-04', kind: 'working_day', name: 'làm bù' },
  ]);
  const sundayOnly = createWorkingCalendar([], { weekend: [7] });

  it.each([
    ['Friday', plain, '2023-04-14', true],
    ['Saturday', plain, '2023-04-15', false],
    ['Sunday', plain, '2023-04-16', false],
    ['Monday', plain, '2023-04-17', true],
    ['holiday on a Wednesday', midweekHoliday, '2023-04-19', false],
    ['làm bù Saturday', makeUpSaturday, '2024-05-04', true],
    ['the Sunday after it', makeUpSaturday, '2024-05-05', false],
    ['Saturday when only Sunday is weekend', sundayOnly, '2023-04-15', true],
  ] as const)('%s: isWorkingDay(%s)', (_label, cal, date, expected) => {
    expect(cal.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['Friday + 1 → Monday', plain, '2023-04-14', 1, '2023-04-17'],
    ['Saturday + 1 → Monday', plain, '2023-04-15', 1, '2023-04-17'],
    ['Sunday + 1 → Monday', plain, '2023-04-16', 1, '2023-04-17'],
    ['Friday + 5 → next Friday', plain, '2023-04-14', 5, '2023-04-21'],
    ['Friday + 0 → itself', plain, '2023-04-14', 0, '2023-04-14'],
    ['Saturday + 0 → itself', plain, '2023-04-15', 0, '2023-04-15'],
    ['Monday − 1 → Friday', plain, '2023-04-17', -1, '2023-04-14'],
    ['Sunday − 1 → Friday', plain, '2023-04-16', -1, '2023-04-14'],
    ['Monday − 5 → Monday before', plain, '2023-04-17', -5, '2023-04-10'],
    ['Tuesday + 1 skips a Wednesday holiday', midweekHoliday, '2023-04-18', 1, '2023-04-20'],
    ['Friday + 1 → làm bù Saturday', makeUpSaturday, '2024-05-03', 1, '2024-05-04'],
    ['làm bù Saturday + 1 → Monday', makeUpSaturday, '2024-05-04', 1, '2024-05-06'],
    ['Friday + 1 → Saturday with a Sunday-only weekend', sundayOnly, '2023-04-14', 1, '2023-04-15'],
  ] as const)('%s', (_label, cal, date, n, expected) => {
    expect(cal.addWorkingDays(date, n)).toBe(expected);
  });
});

describe('Vietnamese calendar: add N working days', () => {
  it.each([
    // Tết Quý Mão: 20–26/1/2023 off, with the weekend 21–22/1.
    ['across Tết 2023', '2023-01-18', 5, '2023-02-01'],
    ['the day before Tết 2023 + 1', '2023-01-19', 1, '2023-01-27'],
    ['back across Tết 2023', '2023-01-27', -1, '2023-01-19'],
    ['back across Tết 2023, 5 days', '2023-02-01', -5, '2023-01-18'],
    ['across Tết 2024 (8–14/2)', '2024-02-07', 1, '2024-02-15'],
    // 2024: Monday 29/4 swapped, 30/4–1/5 holidays, Saturday 4/5 worked.
    ['weekend + swap + holidays 2024', '2024-04-26', 1, '2024-05-02'],
    ['into the làm bù Saturday 4/5/2024', '2024-04-26', 3, '2024-05-04'],
    ['past the làm bù Saturday', '2024-04-26', 4, '2024-05-06'],
    ['back over the làm bù Saturday', '2024-05-06', -4, '2024-04-26'],
    // 2025: Saturday 26/4 worked for Friday 2/5.
    ['Friday + 1 → làm bù Saturday 26/4/2025', '2025-04-25', 1, '2025-04-26'],
    ['across 30/4–4/5/2025', '2025-04-29', 1, '2025-05-05'],
    // 2023: Giỗ Tổ 29/4 (Sat), 30/4 (Sun), 1/5, nghỉ bù 2–3/5.
    ['across 29/4–3/5/2023', '2023-04-28', 1, '2023-05-04'],
    ['back across 29/4–3/5/2023', '2023-05-04', -1, '2023-04-28'],
    // 2026: Saturday 22/8 worked for Monday 31/8; 1–2/9 holidays.
    ['into the làm bù Saturday 22/8/2026', '2026-08-21', 1, '2026-08-22'],
    ['across Quốc khánh 2026', '2026-08-28', 1, '2026-09-03'],
  ] as const)('%s: %s + %i → %s', (_label, date, n, expected) => {
    expect(vn.addWorkingDays(date, n)).toBe(expected);
  });
});

describe('Vietnamese calendar: legal time limits in working days', () => {
  it.each([
    // Luật Tiếp công dân 2013 Điều 28 khoản 1: answer within 10 working days of receipt.
    ['10 days, receipt Friday 14/4/2023', '2023-04-14', 10, '2023-04-28'],
    ['10 days, receipt Friday 21/4/2023 (crosses 29/4–3/5)', '2023-04-21', 10, '2023-05-10'],
    ['10 days, receipt 17/1/2023 (crosses Tết)', '2023-01-17', 10, '2023-02-07'],
    // ND 20/2008 Điều 9, Luật Tố cáo 2018 Điều 24: forward within 5 working days.
    ['5 days, receipt Wednesday 26/4/2023', '2023-04-26', 5, '2023-05-08'],
    // Luật Tố cáo 2018 Điều 24: initial handling within 7 working days.
    ['7 days, receipt Monday 16/1/2023', '2023-01-16', 7, '2023-02-01'],
    // Luật Tiếp công dân Điều 24 khoản 4: schedule posted at least 5 working days ahead.
    ['5 days before a reception on 4/5/2023', '2023-05-04', -5, '2023-04-24'],
  ] as const)('%s → %s', (_label, date, n, expected) => {
    expect(addDaysBy(vn, date, n, 'working')).toBe(expected);
  });

  it.each([
    ['ends on a working day', '2023-03-01', 30, '2023-03-31'],
    // BLDS 2015 Điều 148 khoản 5: a limit ending on a day off runs to the next working day.
    ['ends on nghỉ bù 3/5/2023 → 4/5', '2023-04-03', 30, '2023-05-04'],
    ['ends on Quốc khánh 2/9/2023 → 5/9', '2023-08-03', 30, '2023-09-05'],
    ['ends in Tết 2023 → 27/1', '2023-01-13', 10, '2023-01-27'],
    ['zero days', '2023-01-21', 0, '2023-01-21'],
    ['counting back onto a Saturday holiday → Thursday before', '2023-09-05', -3, '2023-08-31'],
  ] as const)('calendar days: %s', (_label, date, n, expected) => {
    expect(addDaysBy(vn, date, n, 'calendar')).toBe(expected);
  });
});

describe('Vietnamese calendar: counting and snapping', () => {
  it.each([
    ['across Tết 2023', '2023-01-18', '2023-02-01', 5],
    ['across 29/4–3/5/2023', '2023-04-28', '2023-05-04', 1],
    ['across the 2024 swap', '2024-04-26', '2024-05-06', 4],
    ['same day', '2023-05-04', '2023-05-04', 0],
    ['reversed interval', '2023-05-05', '2023-05-04', 0],
    ['working days of 2023 after 1/1', '2023-01-01', '2023-12-31', 249],
    ['working days of 2024 (leap year, one làm bù)', '2023-12-31', '2024-12-31', 251],
  ] as const)('countWorkingDays %s', (_label, from, to, expected) => {
    expect(vn.countWorkingDays(from, to)).toBe(expected);
  });

  it.each([
    ['a Tết Saturday', '2023-01-21', '2023-01-27', '2023-01-19'],
    ['Quốc khánh Saturday 2/9/2023', '2023-09-02', '2023-09-05', '2023-08-31'],
    ['a working Friday', '2023-01-27', '2023-01-27', '2023-01-27'],
    ['the làm bù Saturday 4/5/2024', '2024-05-04', '2024-05-04', '2024-05-04'],
    ['an ordinary Sunday', '2023-04-16', '2023-04-17', '2023-04-14'],
  ] as const)('onOrAfter / onOrBefore on %s', (_label, date, after, before) => {
    expect(vn.onOrAfter(date)).toBe(after);
    expect(vn.onOrBefore(date)).toBe(before);
  });

  it('steps to the neighbouring working days', () => {
    expect(vn.nextWorkingDay('2023-01-19')).toBe('2023-01-27');
    expect(vn.previousWorkingDay('2023-01-27')).toBe('2023-01-19');
    expect(vn.nextWorkingDay('2023-04-17')).toBe('2023-04-18');
    expect(vn.previousWorkingDay('2023-04-18')).toBe('2023-04-17');
  });

  it('names entries', () => {
    expect(vn.entryFor('2023-01-02')).toMatchObject({ kind: 'day_off' });
    expect(vn.entryFor('2024-05-04')).toMatchObject({ kind: 'working_day' });
    expect(vn.entryFor('2023-04-17')).toBeUndefined();
  });
});

describe('validation', () => {
  it.each([['2023-02-30'], ['abc'], ['2023-1-5']])(
    'rejects the entry date %s, naming it',
    (date) => {
      expect(() => createWorkingCalendar([{ date, kind: 'holiday', name: 'x' }])).toThrow(
        new RegExp(`^.*${date}.*$`),
      );
      expect(() => createWorkingCalendar([{ date, kind: 'holiday', name: 'x' }])).toThrow(
        RangeError,
      );
    },
  );

  it('rejects a working day and a day off on the same date', () => {
    const entries: CalendarEntry[] = [
      { date: '2024-05-04', kind: 'holiday', name: 'a' },
      { date: '2024-05-04', kind: 'working_day', name: 'b' },
    ];
    expect(() => createWorkingCalendar(entries)).toThrow(/Contradictory.*2024-05-04/);
  });

  it('merges entries that agree, keeping the holiday', () => {
    const cal = createWorkingCalendar([
      { date: '2023-04-19', kind: 'day_off', name: 'nghỉ bù' },
      { date: '2023-04-19', kind: 'holiday', name: 'lễ' },
      { date: '2023-04-19', kind: 'holiday', name: 'lễ (again)' },
    ]);
    expect(cal.entryFor('2023-04-19')).toEqual({ date: '2023-04-19', kind: 'holiday', name: 'lễ' });
    expect(cal.isWorkingDay('2023-04-19')).toBe(false);
  });

  it('rejects an unknown kind and bad weekend days', () => {
    const bad = { date: '2023-04-19', kind: 'festival' as CalendarEntryKind, name: 'x' };
    expect(() => createWorkingCalendar([bad])).toThrow(/unknown kind/);
    expect(() => createWorkingCalendar([], { weekend: [0] })).toThrow(RangeError);
    expect(() => createWorkingCalendar([], { weekend: [8] })).toThrow(RangeError);
    expect(() => createWorkingCalendar([], { weekend: [6.5] })).toThrow(RangeError);
  });

  it('rejects bad dates and non-integer counts at the boundary', () => {
    expect(() => plain.isWorkingDay('2023-13-01')).toThrow(/2023-13-01/);
    expect(() => plain.addWorkingDays('2023-04-14', 1.5)).toThrow(RangeError);
    expect(() => plain.countWorkingDays('2023-04-14', 'tomorrow')).toThrow(/tomorrow/);
    expect(() => addDaysBy(plain, '2023-04-14', 2, 'lunar' as 'calendar')).toThrow(
      /Unknown day count/,
    );
  });

  it('stops instead of looping when no day is ever worked', () => {
    const never = createWorkingCalendar([], { weekend: [1, 2, 3, 4, 5, 6, 7] });
    expect(never.isWorkingDay('2023-04-14')).toBe(false);
    expect(never.countWorkingDays('2023-01-01', '2023-12-31')).toBe(0);
    expect(() => never.addWorkingDays('2023-04-14', 1)).toThrow(
      /No working day within 3660 days after 2023-04-14/,
    );
    expect(() => never.previousWorkingDay('2023-04-14')).toThrow(/before 2023-04-14/);
    expect(() => never.onOrAfter('2023-04-14')).toThrow(RangeError);
  });
});
