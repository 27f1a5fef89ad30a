import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/local-date';
import {
  calendarRange,
  followingPeriod,
  formatPeriodRef,
  nd09Range,
  parsePeriodRef,
  periodContaining,
  periodLabel,
  periodRange,
  validatePeriodRef,
  type PeriodKind,
  type PeriodRef,
} from './periods';

const ref = (kind: PeriodKind, year: number, index = 1): PeriodRef => ({ kind, year, index });

describe('calendarRange', () => {
  it.each([
    [ref('month', 2023, 2), '2023-02-01', '2023-02-28'],
    [ref('month', 2024, 2), '2024-02-01', '2024-02-29'],
    [ref('month', 2023, 12), '2023-12-01', '2023-12-31'],
    [ref('quarter', 2023, 1), '2023-01-01', '2023-03-31'],
    [ref('quarter', 2023, 2), '2023-04-01', '2023-06-30'],
    [ref('quarter', 2023, 3), '2023-07-01', '2023-09-30'],
    [ref('quarter', 2023, 4), '2023-10-01', '2023-12-31'],
    [ref('half', 2023, 1), '2023-01-01', '2023-06-30'],
    [ref('half', 2023, 2), '2023-07-01', '2023-12-31'],
    [ref('nine_months', 2023), '2023-01-01', '2023-09-30'],
    [ref('year', 2023), '2023-01-01', '2023-12-31'],
  ])('%o → %s – %s', (p, from, to) => {
    expect(calendarRange(p)).toEqual({ from, to });
    expect(periodRange(p, 'calendar')).toEqual({ from, to });
  });
});

describe('nd09Range (ND 09/2019 data windows)', () => {
  it.each([
    [ref('month', 2023, 1), '2022-12-15', '2023-01-14'],
    [ref('month', 2023, 3), '2023-02-15', '2023-03-14'],
    [ref('month', 2023, 12), '2023-11-15', '2023-12-14'],
    [ref('quarter', 2023, 1), '2022-12-15', '2023-03-14'],
    [ref('quarter', 2023, 2), '2023-03-15', '2023-06-14'],
    [ref('quarter', 2023, 3), '2023-06-15', '2023-09-14'],
    [ref('quarter', 2023, 4), '2023-09-15', '2023-12-14'],
    [ref('half', 2023, 1), '2022-12-15', '2023-06-14'],
    [ref('half', 2023, 2), '2023-06-15', '2023-12-14'],
    [ref('nine_months', 2023), '2022-12-15', '2023-09-14'],
    [ref('year', 2023), '2022-12-15', '2023-12-14'],
  ])('%o → %s – %s', (p, from, to) => {
    expect(nd09Range(p)).toEqual({ from, to });
    expect(periodRange(p, 'nd09')).toEqual({ from, to });
  });

  it('moves only the second half when it is set to end with the calendar year', () => {
    const opts = { nd09SecondHalf: 'calendar_end' } as const;
    expect(nd09Range(ref('half', 2023, 2), opts)).toEqual({ from: '2023-06-15', to: '2023-12-31' });
    expect(nd09Range(ref('half', 2023, 2), { nd09SecondHalf: 'nd09' })).toEqual({
      from: '2023-06-15',
      to: '2023-12-14',
    });
    expect(nd09Range(ref('half', 2023, 1), opts)).toEqual({ from: '2022-12-15', to: '2023-06-14' });
    expect(nd09Range(ref('year', 2023), opts)).toEqual({ from: '2022-12-15', to: '2023-12-14' });
    expect(() => nd09Range(ref('half', 2023, 2), { nd09SecondHalf: 'june' as 'nd09' })).toThrow(
      /nd09SecondHalf/,
    );
  });
});

describe('periodContaining', () => {
  it.each([
    ['2022-12-20', 'month', 'nd09', ref('month', 2023, 1)],
    ['2022-12-20', 'quarter', 'nd09', ref('quarter', 2023, 1)],
    ['2022-12-20', 'half', 'nd09', ref('half', 2023, 1)],
    ['2022-12-20', 'nine_months', 'nd09', ref('nine_months', 2023)],
    ['2022-12-20', 'year', 'nd09', ref('year', 2023)],
    ['2022-12-14', 'month', 'nd09', ref('month', 2022, 12)],
    ['2022-12-14', 'year', 'nd09', ref('year', 2022)],
    ['2023-06-14', 'half', 'nd09', ref('half', 2023, 1)],
    ['2023-06-15', 'half', 'nd09', ref('half', 2023, 2)],
    ['2023-12-20', 'half', 'nd09', ref('half', 2024, 1)],
    ['2023-05-31', 'month', 'calendar', ref('month', 2023, 5)],
    ['2023-12-31', 'quarter', 'calendar', ref('quarter', 2023, 4)],
    ['2023-07-01', 'half', 'calendar', ref('half', 2023, 2)],
    ['2023-09-30', 'nine_months', 'calendar', ref('nine_months', 2023)],
    ['2023-02-28', 'year', 'calendar', ref('year', 2023)],
  ] as const)('%s, %s, %s', (d, kind, basis, expected) => {
    expect(periodContaining(d, kind, basis)).toEqual(expected);
  });

  it('prefers the window that ends first where H2 runs to 31/12', () => {
    const opts = { nd09SecondHalf: 'calendar_end' } as const;
    expect(periodContaining('2023-12-20', 'half', 'nd09', opts)).toEqual(ref('half', 2023, 2));
    expect(periodContaining('2024-01-01', 'half', 'nd09', opts)).toEqual(ref('half', 2024, 1));
  });

  it.each([
    ['2023-10-01', 'calendar'],
    ['2023-12-31', 'calendar'],
    ['2023-09-15', 'nd09'],
    ['2023-12-14', 'nd09'],
  ] as const)('throws: %s is in no nine-month period (%s)', (d, basis) => {
    expect(() => periodContaining(d, 'nine_months', basis)).toThrow(/no nine_months period/);
  });

  it('rejects bad input', () => {
    expect(() => periodContaining('2023-02-30', 'month', 'nd09')).toThrow(/2023-02-30/);
    expect(() => periodContaining('2023-02-01', 'week' as PeriodKind, 'nd09')).toThrow(/week/);
    expect(() => periodContaining('2023-02-01', 'month', 'fiscal' as 'nd09')).toThrow(/basis/);
  });
});

describe('labels and machine form', () => {
  it.each([
    [ref('month', 2023, 5), 'tháng 5/2023', '2023-05'],
    [ref('month', 2023, 1), 'tháng 01/2023', '2023-01'],
    [ref('month', 2023, 2), 'tháng 02/2023', '2023-02'],
    [ref('month', 2023, 12), 'tháng 12/2023', '2023-12'],
    [ref('quarter', 2023, 1), 'quý I/2023', '2023-Q1'],
    [ref('quarter', 2023, 2), 'quý II/2023', '2023-Q2'],
    [ref('quarter', 2023, 3), 'quý III/2023', '2023-Q3'],
    [ref('quarter', 2023, 4), 'quý IV/2023', '2023-Q4'],
    [ref('half', 2023, 1), '6 tháng đầu năm 2023', '2023-H1'],
    [ref('half', 2023, 2), '6 tháng cuối năm 2023', '2023-H2'],
    [ref('nine_months', 2023), '9 tháng năm 2023', '2023-9M'],
    [ref('year', 2023), 'năm 2023', '2023'],
  ])('%o: "%s", %s', (p, label, machine) => {
    expect(periodLabel(p)).toBe(label);
    expect(formatPeriodRef(p)).toBe(machine);
    expect(parsePeriodRef(machine)).toEqual(p);
  });

  it.each([
    ['2023-13'],
    ['2023-00'],
    ['2023-5'],
    ['2023-Q0'],
    ['2023-Q5'],
    ['2023-q1'],
    ['2023-H3'],
    ['2023-9m'],
    ['2023-9M1'],
    ['23'],
    ['0999'],
    [' 2023'],
    ['2023-Q1 '],
    [''],
  ])('parsePeriodRef(%j) is null', (s) => {
    expect(parsePeriodRef(s)).toBeNull();
  });
});

describe('followingPeriod', () => {
  it.each([
    [ref('month', 2023, 6), 'tháng 7/2023'],
    [ref('month', 2023, 12), 'tháng 01/2024'],
    [ref('quarter', 2023, 2), 'quý III/2023'],
    [ref('quarter', 2023, 4), 'quý I/2024'],
    [ref('half', 2023, 1), '6 tháng cuối năm 2023'],
    [ref('half', 2023, 2), '6 tháng đầu năm 2024'],
    [ref('nine_months', 2023), 'quý IV/2023'],
    [ref('year', 2023), 'năm 2024'],
  ])('after %j comes %s', (p, label) => {
    expect(periodLabel(followingPeriod(p))).toBe(label);
  });

  it('starts the day after the period ends, on the calendar', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('month', 'quarter', 'half', 'nine_months', 'year' as PeriodKind),
        fc.integer({ min: 1001, max: 9998 }),
        fc.integer({ min: 1, max: 12 }),
        (kind, year, i) => {
          const count = { month: 12, quarter: 4, half: 2, nine_months: 1, year: 1 }[kind];
          const p = ref(kind, year, ((i - 1) % count) + 1);
          expect(calendarRange(followingPeriod(p)).from).toBe(addDays(calendarRange(p).to, 1));
        },
      ),
    );
  });
});

describe('validatePeriodRef', () => {
  it.each([
    [ref('month', 2023, 0), /index for a month must be 1–12 \(got 0\)/],
    [ref('quarter', 2023, 5), /index for a quarter must be 1–4/],
    [ref('half', 2023, 3), /index for a half-year must be 1–2/],
    [ref('nine_months', 2023, 2), /index for nine months must be 1/],
    [ref('year', 2023, 1.5), /index for a year must be 1/],
    [ref('month', 999, 1), /year must be an integer from 1000 to 9999/],
    [ref('month', 2023.5, 1), /year/],
    [ref('week' as PeriodKind, 2023, 1), /kind must be one of .* \(got "week"\)/],
  ])('%o is invalid', (p, reason) => {
    expect(validatePeriodRef(p)).toMatch(reason);
    expect(() => periodLabel(p)).toThrow(RangeError);
    expect(() => calendarRange(p)).toThrow(RangeError);
    expect(() => nd09Range(p)).toThrow(RangeError);
    expect(() => formatPeriodRef(p)).toThrow(RangeError);
  });

  it('accepts real periods', () => {
    expect(validatePeriodRef(ref('month', 2023, 12))).toBeNull();
    expect(validatePeriodRef(ref('nine_months', 9999))).toBeNull();
  });
});

describe('properties', () => {
  const yearArb = fc.integer({ min: 1001, max: 9998 });
  const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'nine_months', 'year'];
  const COUNT: Record<PeriodKind, number> = {
    month: 12,
    quarter: 4,
    half: 2,
    nine_months: 1,
    year: 1,
  };
  const refArb = fc.constantFrom(...KINDS).chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      year: yearArb,
      index: fc.integer({ min: 1, max: COUNT[kind] }),
    }),
  );
  const basisArb = fc.constantFrom('calendar' as const, 'nd09' as const);
  const dateArb = fc.integer({ min: 0, max: 40_000 }).map((k) => addDays('1990-01-01', k));

  it.each(['month', 'quarter', 'half'] as const)(
    'the %s windows of a year tile its year window exactly',
    (kind) => {
      fc.assert(
        fc.property(yearArb, basisArb, (year, basis) => {
          const ranges = Array.from({ length: COUNT[kind] }, (_, i) =>
            periodRange(ref(kind, year, i + 1), basis),
          );
          const whole = periodRange(ref('year', year), basis);
          expect(ranges[0]?.from).toBe(whole.from);
          expect(ranges.at(-1)?.to).toBe(whole.to);
          ranges.forEach((r, i) => {
            expect(r.from <= r.to).toBe(true);
            const next = ranges[i + 1];
            if (next) expect(next.from).toBe(addDays(r.to, 1));
          });
        }),
      );
    },
  );

  it('consecutive years tile time: each window starts the day after the previous one ends', () => {
    fc.assert(
      fc.property(yearArb, basisArb, (year, basis) => {
        const last = periodRange(ref('month', year, 12), basis);
        const first = periodRange(ref('month', year + 1, 1), basis);
        expect(first.from).toBe(addDays(last.to, 1));
      }),
    );
  });

  it('periodContaining returns a period whose range contains the date', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.constantFrom(...KINDS),
        basisArb,
        fc.boolean(),
        (d, kind, basis, calendarEnd) => {
          const opts = {
            nd09SecondHalf: calendarEnd ? ('calendar_end' as const) : ('nd09' as const),
          };
          let p: PeriodRef;
          try {
            p = periodContaining(d, kind, basis, opts);
          } catch (error) {
            // Only nine-month windows leave gaps: after 30/9 (calendar) or 14/9 (nd09).
            expect(kind).toBe('nine_months');
            expect(error).toBeInstanceOf(RangeError);
            const md = d.slice(5);
            expect(basis === 'calendar' ? md > '09-30' : md > '09-14' && md < '12-15').toBe(true);
            return;
          }
          const range = periodRange(p, basis, opts);
          expect(range.from <= d && d <= range.to).toBe(true);
        },
      ),
    );
  });

  it('parse(format(p)) = p, and the label is never empty', () => {
    fc.assert(
      fc.property(refArb, (p) => {
        expect(validatePeriodRef(p)).toBeNull();
        expect(parsePeriodRef(formatPeriodRef(p))).toEqual(p);
        expect(periodLabel(p)).toMatch(new RegExp(`${p.year}$`));
      }),
    );
  });
});
