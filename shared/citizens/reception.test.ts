import { describe, expect, it } from 'vitest';
import { VN_HOLIDAYS } from '../calendar/vn-holidays';
import { createWorkingCalendar } from '../calendar/working-days';
import { RECEPTION_MINIMUMS, receptionCompliance, type ReceptionSession } from './reception';

const cal = createWorkingCalendar(VN_HOLIDAYS);

function session(date: string, over: Partial<ReceptionSession> = {}): ReceptionSession {
  return { date, held: true, inPerson: true, kind: 'periodic', ...over };
}

describe('RECEPTION_MINIMUMS (Luật Tiếp công dân 2013)', () => {
  it('provincial Chair 1/month, district Chair 2/month, commune Chair 1/week, heads of agencies 1/month', () => {
    expect(RECEPTION_MINIMUMS).toEqual({
      provincial_chair: { days: 1, per: 'month', article: 'Điều 12 khoản 5' },
      district_chair: { days: 2, per: 'month', article: 'Điều 13 khoản 5' },
      commune_chair: { days: 1, per: 'week', article: 'Điều 15 khoản 2 điểm d' },
      agency_head: { days: 1, per: 'month', article: 'Điều 18 khoản 2' },
    });
  });
});

describe('receptionCompliance, monthly minimums', () => {
  it.each<[string, ReceptionSession[], boolean, number]>([
    ['one periodic day held in person', [session('2023-06-15')], true, 1],
    ['none', [], false, 0],
    ['scheduled, not held', [session('2023-06-15', { held: false })], false, 0],
    ['delegated to a Vice-Chair', [session('2023-06-15', { inPerson: false })], false, 0],
    ['ad hoc only', [session('2023-06-15', { kind: 'ad_hoc' })], false, 0],
    ['held in May and July, not June', [session('2023-05-31'), session('2023-07-01')], false, 0],
  ])('provincial Chair, June 2023: %s', (_name, sessions, met, days) => {
    expect(receptionCompliance('provincial_chair', '2023-06', sessions)).toMatchObject({
      met,
      days,
      required: 1,
      weeks: [],
    });
  });

  it('ad hoc days count when the province says so', () => {
    const r = receptionCompliance(
      'agency_head',
      '2023-06',
      [session('2023-06-15', { kind: 'ad_hoc' })],
      {
        countAdHoc: true,
      },
    );
    expect([r.met, r.days]).toEqual([true, 1]);
  });

  it('district Chair needs two distinct days: two sessions on one day are one', () => {
    expect(
      receptionCompliance('district_chair', '2023-06', [
        session('2023-06-15'),
        session('2023-06-15'),
      ]),
    ).toMatchObject({ met: false, days: 1, required: 2 });
    expect(
      receptionCompliance('district_chair', '2023-06', [
        session('2023-06-06'),
        session('2023-06-20'),
      ]),
    ).toMatchObject({ met: true, days: 2, required: 2 });
  });

  it('a province minimum above the law', () => {
    const r = receptionCompliance('provincial_chair', '2023-06', [session('2023-06-15')], {
      minimum: { days: 2, per: 'month', article: 'Quy chế của tỉnh' },
    });
    expect([r.met, r.required]).toEqual([false, 2]);
  });
});

describe('receptionCompliance, commune Chair weekly', () => {
  it('June 2023 owns the weeks whose Thursday is in June (29/5 … 26/6)', () => {
    const sessions = ['2023-05-30', '2023-06-07', '2023-06-12', '2023-06-21', '2023-07-01'].map(
      (d) => session(d),
    );
    const r = receptionCompliance('commune_chair', '2023-06', sessions);
    expect(r.weeks.map((w) => [w.monday, w.days, w.met])).toEqual([
      ['2023-05-29', 1, true],
      ['2023-06-05', 1, true],
      ['2023-06-12', 1, true],
      ['2023-06-19', 1, true],
      ['2023-06-26', 1, true],
    ]);
    expect([r.met, r.days, r.required]).toEqual([true, 5, 5]);
  });

  it('one week missed fails the month', () => {
    const r = receptionCompliance(
      'commune_chair',
      '2023-06',
      ['2023-05-30', '2023-06-07', '2023-06-21', '2023-06-27'].map((d) => session(d)),
    );
    expect(r.met).toBe(false);
    expect(r.weeks.filter((w) => !w.met).map((w) => w.monday)).toEqual(['2023-06-12']);
  });

  it('a week without a working day (Tết Ất Tỵ, 27/1–2/2/2025) is not required when the calendar is given', () => {
    const sessions = ['2024-12-31', '2025-01-07', '2025-01-14', '2025-01-21'].map((d) =>
      session(d),
    );
    const withCalendar = receptionCompliance('commune_chair', '2025-01', sessions, {
      calendar: cal,
    });
    expect(withCalendar.weeks.map((w) => [w.monday, w.required])).toEqual([
      ['2024-12-30', 1],
      ['2025-01-06', 1],
      ['2025-01-13', 1],
      ['2025-01-20', 1],
      ['2025-01-27', 0],
    ]);
    expect([withCalendar.met, withCalendar.required]).toEqual([true, 4]);
    const without = receptionCompliance('commune_chair', '2025-01', sessions);
    expect([without.met, without.required]).toEqual([false, 5]);
  });

  it('the Tết week of 2023 still has a working day (Friday 27/1): required', () => {
    const r = receptionCompliance('commune_chair', '2023-01', [], { calendar: cal });
    expect(r.weeks.map((w) => w.required)).toEqual([1, 1, 1, 1]);
  });
});

it('refuses a month that is not YYYY-MM', () => {
  expect(() => receptionCompliance('agency_head', '2023-13', [])).toThrow(/YYYY-MM/);
  expect(() => receptionCompliance('agency_head', '2023-6', [])).toThrow(/YYYY-MM/);
});
