import { describe, expect, it } from 'vitest';
import { addDays, eachDate, isoWeekday } from '../dates/local-date';
import { VN_HOLIDAY_YEARS, VN_HOLIDAYS, vnHolidaysFor } from './vn-holidays';
import { createWorkingCalendar } from './working-days';

const cal = createWorkingCalendar(VN_HOLIDAYS);
const YEARS = [2022, 2023, 2024, 2025, 2026];

describe('shipped holiday data', () => {
  it('builds a calendar, one entry per date, sorted', () => {
    const dates = VN_HOLIDAYS.map((e) => e.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(VN_HOLIDAY_YEARS).toEqual({ first: 2022, last: 2026 });
  });

  // Bộ luật Lao động 2019 Điều 112 khoản 1: 1 + 5 + 1 + 1 + 1 + 2 = 11 days.
  it.each(YEARS)('%i has the 11 statutory holidays, including the fixed-date ones', (year) => {
    const holidays = vnHolidaysFor(year).filter((e) => e.kind === 'holiday');
    expect(holidays).toHaveLength(11);
    const dates = holidays.map((e) => e.date);
    for (const md of ['01-01', '04-30', '05-01', '09-02']) expect(dates).toContain(`${year}-${md}`);
    expect(holidays.filter((e) => e.name.startsWith('Tết Nguyên đán'))).toHaveLength(5);
  });

  it('puts làm bù only on Saturdays and days off only on weekdays', () => {
    for (const e of VN_HOLIDAYS) {
      if (e.kind === 'working_day') expect([e.date, isoWeekday(e.date)]).toEqual([e.date, 6]);
      if (e.kind === 'day_off') expect([e.date, isoWeekday(e.date) <= 5]).toEqual([e.date, true]);
    }
  });

  it('balances each swap: as many Saturdays worked as weekdays swapped off', () => {
    const worked = VN_HOLIDAYS.filter((e) => e.kind === 'working_day').length;
    const swapped = VN_HOLIDAYS.filter((e) => e.name.startsWith('Hoán đổi')).length;
    expect(worked).toBe(4);
    expect(swapped).toBe(worked);
  });

  it('returns one year at a time and refuses years it does not cover', () => {
    const y2023 = vnHolidaysFor(2023);
    expect(y2023).toHaveLength(17);
    expect(y2023.every((e) => e.date.startsWith('2023-'))).toBe(true);
    expect(() => vnHolidaysFor(2021)).toThrow(/2021/);
    expect(() => vnHolidaysFor(2027)).toThrow(RangeError);
    expect(() => vnHolidaysFor(2023.5)).toThrow(RangeError);
  });
});

describe('announced breaks for civil servants', () => {
  // Each row: the whole break is off, and the days just before and after are worked.
  it.each([
    ['Tết Dương lịch 2022 (nghỉ bù 3/1)', '2022-01-01', '2022-01-03'],
    ['Tết Nhâm Dần 2022', '2022-01-29', '2022-02-06'],
    ['Giỗ Tổ 2022 (nghỉ bù 11/4)', '2022-04-09', '2022-04-11'],
    ['30/4–1/5/2022 (nghỉ bù 2–3/5)', '2022-04-30', '2022-05-03'],
    ['Quốc khánh 2022', '2022-09-01', '2022-09-04'],
    ['Tết Dương lịch 2023 (nghỉ bù 2/1)', '2022-12-31', '2023-01-02'],
    ['Tết Quý Mão 2023', '2023-01-20', '2023-01-26'],
    ['Giỗ Tổ + 30/4–1/5/2023', '2023-04-29', '2023-05-03'],
    ['Quốc khánh 2023', '2023-09-01', '2023-09-04'],
    ['Tết Dương lịch 2024', '2023-12-30', '2024-01-01'],
    ['Tết Giáp Thìn 2024', '2024-02-08', '2024-02-14'],
    ['Giỗ Tổ 2024', '2024-04-18', '2024-04-18'],
    ['30/4–1/5/2024 (swap 29/4)', '2024-04-27', '2024-05-01'],
    ['Quốc khánh 2024', '2024-08-31', '2024-09-03'],
    ['Tết Dương lịch 2025', '2025-01-01', '2025-01-01'],
    ['Tết Ất Tỵ 2025', '2025-01-25', '2025-02-02'],
    ['Giỗ Tổ 2025', '2025-04-05', '2025-04-07'],
    ['30/4–1/5/2025 (swap 2/5)', '2025-04-30', '2025-05-04'],
    ['Quốc khánh 2025', '2025-08-30', '2025-09-02'],
    ['Tết Dương lịch 2026 (swap 2/1)', '2026-01-01', '2026-01-04'],
    ['Tết Bính Ngọ 2026', '2026-02-14', '2026-02-22'],
    ['Giỗ Tổ 2026 (nghỉ bù 27/4)', '2026-04-25', '2026-04-27'],
    ['30/4–1/5/2026', '2026-04-30', '2026-05-03'],
    ['Quốc khánh 2026 (swap 31/8)', '2026-08-29', '2026-09-02'],
  ] as const)('%s: %s–%s', (_label, first, last) => {
    const offDays = eachDate(first, last).filter((d) => !cal.isWorkingDay(d));
    expect(offDays).toEqual(eachDate(first, last));
    expect(cal.isWorkingDay(addDays(first, -1))).toBe(true);
    expect(cal.isWorkingDay(addDays(last, 1))).toBe(true);
  });

  it.each([
    ['2024-05-04', 'Làm bù cho thứ Hai 29/4/2024'],
    ['2025-04-26', 'Làm bù cho thứ Sáu 2/5/2025'],
    ['2026-01-10', 'Làm bù cho thứ Sáu 2/1/2026'],
    ['2026-08-22', 'Làm bù cho thứ Hai 31/8/2026'],
  ])('Saturday %s is worked (%s)', (date, name) => {
    expect(cal.isWorkingDay(date)).toBe(true);
    expect(cal.entryFor(date)).toEqual({ date, kind: 'working_day', name });
  });

  it.each([
    ['2023-01-02', 'day_off'],
    ['2023-01-22', 'holiday'],
    ['2023-05-02', 'day_off'],
    ['2023-09-04', 'day_off'],
    ['2024-04-29', 'day_off'],
    ['2026-09-01', 'holiday'],
  ])('%s is a %s', (date, kind) => {
    expect(cal.entryFor(date)?.kind).toBe(kind);
  });
});
