import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type LocalDate } from '../dates/local-date';
import { formatDateLine, formatNd30Date, formatShortDate, parseViDate } from './date';

const FIRST: LocalDate = '1900-01-01';
const LAST: LocalDate = '2100-12-31';
const anyDate = fc.integer({ min: 0, max: daysBetween(FIRST, LAST) }).map((n) => addDays(FIRST, n));

describe('formatNd30Date', () => {
  // ND 30/2020 Phụ lục I Phần I.II.4.b and its examples; GUIDE §3.4.
  it.each([
    ['2020-01-05', 'ngày 05 tháng 01 năm 2020'],
    ['2019-06-29', 'ngày 29 tháng 6 năm 2019'],
    ['2023-07-10', 'ngày 10 tháng 7 năm 2023'],
    ['2020-03-05', 'ngày 05 tháng 3 năm 2020'],
    ['2023-02-01', 'ngày 01 tháng 02 năm 2023'],
    ['2023-12-15', 'ngày 15 tháng 12 năm 2023'],
    ['2015-06-19', 'ngày 19 tháng 6 năm 2015'],
    ['2023-10-09', 'ngày 09 tháng 10 năm 2023'],
  ])('%s → %s', (date, expected) => {
    expect(formatNd30Date(date)).toBe(expected);
  });
});

describe('formatDateLine', () => {
  it.each([
    ['Bình Phước', '2023-07-10', 'Bình Phước, ngày 10 tháng 7 năm 2023'],
    ['Hà Nội', '2020-01-05', 'Hà Nội, ngày 05 tháng 01 năm 2020'],
    ['Thành phố Hồ Chí Minh', '2019-06-29', 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019'],
  ])('%s, %s → %s', (place, date, expected) => {
    expect(formatDateLine(place, date)).toBe(expected);
  });
});

describe('formatShortDate', () => {
  // As the seed report 229/BC-UBND writes body dates.
  it.each([
    ['2022-01-30', '30/01/2022'],
    ['2023-05-17', '17/5/2023'],
    ['2021-09-30', '30/9/2021'],
    ['2022-11-30', '30/11/2022'],
    ['2021-05-18', '18/5/2021'],
    ['2023-07-10', '10/7/2023'],
    ['2020-03-05', '05/3/2020'],
    ['2023-02-01', '01/02/2023'],
  ])('%s → %s', (date, expected) => {
    expect(formatShortDate(date)).toBe(expected);
  });
});

describe('parseViDate', () => {
  it.each([
    ['05/03/2020', '2020-03-05'],
    ['5/3/2020', '2020-03-05'],
    ['30/9/2021', '2021-09-30'],
    ['05-03-2020', '2020-03-05'],
    ['05.03.2020', '2020-03-05'],
    ['  05 / 03 / 2020 ', '2020-03-05'],
    ['2020-03-05', '2020-03-05'],
    ['ngày 5 tháng 3 năm 2020', '2020-03-05'],
    ['ngày 05 tháng 01 năm 2020', '2020-01-05'],
    ['Ngày  10   THÁNG 7 năm 2023', '2023-07-10'],
    ['ngày 10 tháng 7 năm 2023'.normalize('NFD'), '2023-07-10'],
    ['ngay 10 thang 7 nam 2023', '2023-07-10'],
    ['29/02/2024', '2024-02-29'],
  ])('%j → %s', (text, expected) => {
    expect(parseViDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '31/02/2023',
    '29/02/2023',
    '00/01/2023',
    '15/13/2023',
    '2023-02-30',
    'ngày 31 tháng 4 năm 2023',
  ])('%j is impossible', (text) => {
    expect(parseViDate(text)).toEqual({ ok: false, reason: 'impossible' });
  });

  it.each([
    '',
    'hôm qua',
    '05/03/20',
    '05/03-2020',
    '2020/03/05',
    '5 3 2020',
    '105/3/2020',
    'ngày 5 tháng 3',
    'Bình Phước, ngày 10 tháng 7 năm 2023',
    '10/7/2023 abc',
  ])('%j is not a date', (text) => {
    expect(parseViDate(text)).toEqual({ ok: false, reason: 'format' });
  });

  it('reads back formatShortDate and formatNd30Date for 1900–2100', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        expect(parseViDate(formatShortDate(d))).toEqual({ ok: true, value: d });
        expect(parseViDate(formatNd30Date(d))).toEqual({ ok: true, value: d });
        expect(parseViDate(d)).toEqual({ ok: true, value: d });
      }),
    );
  });

  it('pads exactly as ND 30 requires for random dates', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const [year, month, day] = d.split('-').map(Number) as [number, number, number];
        const [dd, mm, yyyy] = formatShortDate(d).split('/');
        expect(dd).toBe(String(day).padStart(2, '0'));
        expect(mm).toBe(month <= 2 ? `0${month}` : String(month));
        expect(yyyy).toBe(String(year));
      }),
    );
  });
});
