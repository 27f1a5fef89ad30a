import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VN_HOLIDAYS } from '../calendar/vn-holidays';
import { createWorkingCalendar } from '../calendar/working-days';
import { addDays, type LocalDate } from '../dates/local-date';
import { clockStatusAt, deadline, extend, startClock, type LegalClock } from './legal-clock';
import {
  DEFAULT_LEGAL_LIMITS,
  LegalClockError,
  STEP_KEYS,
  VARIANTS,
  resolveLegalLimits,
  type StepKey,
  type Variant,
} from './legal-limits';

/** The shipped holidays 2022–2026 (Tết 2023 20–26/1; 29/4–3/5/2023; 1–4/9/2023; làm bù Saturdays 4/5/2024 and 26/4/2025). */
const cal = createWorkingCalendar(VN_HOLIDAYS);

/** Limits counted in working days where the law says plain days (a province's choice). */
const WORKING = resolveLegalLimits({
  'complaint.first_acceptance': { unit: 'working_days' },
  'interpellation.answer': { unit: 'working_days' },
});

type Row = [step: StepKey, variant: Variant, start: LocalDate, due: LocalDate, why: string];

/** Every default limit, hand-counted on the shipped calendar. */
const rows: Row[] = [
  // Luật Khiếu nại 2011 — calendar days, an end on a rest day or holiday moves to the next working day.
  ['complaint.filing', 'normal', '2023-03-15', '2023-06-13', '90 days, ends on a Tuesday'],
  [
    'complaint.filing',
    'normal',
    '2022-10-23',
    '2023-01-27',
    '90 days end Sat 21/1 in Tết → Fri 27/1',
  ],
  ['complaint.first_acceptance', 'normal', '2023-06-05', '2023-06-15', '10 days, weekday'],
  ['complaint.first_acceptance', 'normal', '2023-01-11', '2023-01-27', '10 days end in Tết → 27/1'],
  ['complaint.first_acceptance', 'remote', '2023-06-05', '2023-06-15', 'no remote variant: normal'],
  [
    'complaint.first_resolution',
    'normal',
    '2023-04-03',
    '2023-05-04',
    '30 days end Wed 3/5 nghỉ bù → 4/5',
  ],
  ['complaint.first_resolution', 'complex', '2023-04-03', '2023-05-18', 'complex 45 days'],
  ['complaint.first_resolution', 'remote', '2023-04-03', '2023-05-18', 'remote 45 days'],
  ['complaint.first_resolution', 'remote_complex', '2023-04-03', '2023-06-02', 'remote complex 60'],
  [
    'complaint.escalation',
    'normal',
    '2023-08-03',
    '2023-09-05',
    '30 days end Sat 2/9 Quốc khánh → Tue 5/9',
  ],
  [
    'complaint.escalation',
    'remote',
    '2023-08-03',
    '2023-09-18',
    'remote 45 days end Sunday → Monday',
  ],
  ['complaint.escalation', 'remote_complex', '2023-08-03', '2023-09-18', 'falls back to remote'],
  [
    'complaint.second_acceptance',
    'normal',
    '2023-04-20',
    '2023-05-04',
    '10 days end Sun 30/4 → Thu 4/5',
  ],
  [
    'complaint.second_resolution',
    'normal',
    '2023-03-01',
    '2023-04-17',
    '45 days end Saturday → Monday',
  ],
  ['complaint.second_resolution', 'complex', '2023-03-01', '2023-05-04', '60 days end 30/4 → 4/5'],
  ['complaint.second_resolution', 'remote', '2023-03-01', '2023-05-04', 'remote 60 days'],
  [
    'complaint.second_resolution',
    'remote_complex',
    '2023-03-01',
    '2023-05-10',
    'remote complex 70',
  ],
  // Luật Tố cáo 2018 — working days for handling and forwarding, calendar days for resolution.
  [
    'denunciation.initial_handling',
    'normal',
    '2023-06-05',
    '2023-06-14',
    '7 working days over a weekend',
  ],
  [
    'denunciation.initial_handling',
    'normal',
    '2023-01-18',
    '2023-02-03',
    '7 working days over Tết',
  ],
  ['denunciation.forwarding', 'normal', '2023-04-27', '2023-05-09', '5 working days over 29/4–3/5'],
  ['denunciation.resolution', 'normal', '2023-03-01', '2023-03-31', '30 days'],
  ['denunciation.resolution', 'complex', '2022-12-22', '2023-01-27', '30 days end in Tết → 27/1'],
  [
    'denunciation.resolution',
    'especially_complex',
    '2023-12-22',
    '2024-01-22',
    'end Sunday → Monday',
  ],
  // Luật Tiếp công dân 2013.
  ['reception.notify_citizen', 'normal', '2023-08-25', '2023-09-12', '10 working days over 1–4/9'],
  [
    'reception.notify_citizen',
    'normal',
    '2024-04-26',
    '2024-05-14',
    'counts the làm bù Sat 4/5/2024',
  ],
  ['reception.publish_schedule', 'normal', '2023-06-15', '2023-06-08', '5 working days ahead'],
  ['reception.publish_schedule', 'normal', '2023-05-08', '2023-04-26', 'ahead, over 29/4–3/5'],
  ['reception.publish_schedule', 'normal', '2024-05-07', '2024-04-26', 'ahead, counts làm bù 4/5'],
  // Luật 87/2015 Điều 60 — calendar days.
  ['interpellation.answer', 'normal', '2023-07-12', '2023-08-01', '20 days'],
  ['interpellation.answer', 'normal', '2023-04-10', '2023-05-04', '20 days end 30/4 → 4/5'],
  ['interpellation.answer', 'normal', '2024-04-14', '2024-05-04', 'ends on làm bù Saturday: kept'],
  ['interpellation.answer', 'normal', '2024-04-09', '2024-05-02', 'ends on swapped Mon 29/4 → 2/5'],
  // ND 20/2008 Điều 9 — working days.
  ['business_feedback.forwarding', 'normal', '2023-06-09', '2023-06-16', '5 working days'],
  [
    'business_feedback.forwarding',
    'normal',
    '2024-05-01',
    '2024-05-07',
    'counts làm bù Sat 4/5/2024',
  ],
  [
    'business_feedback.forwarding',
    'normal',
    '2025-04-24',
    '2025-05-05',
    'làm bù Sat 26/4/2025, off 30/4–4/5',
  ],
];

describe('deadline: every legal limit on the shipped calendar', () => {
  it.each(rows)('%s (%s) from %s → %s: %s', (step, variant, start, due) => {
    expect(deadline(step, start, cal, { variant })).toBe(due);
  });

  it('covers every step', () => {
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(STEP_KEYS));
  });
});

describe('deadline: limits a province counts in working days', () => {
  it.each<[StepKey, LocalDate, LocalDate, string]>([
    ['complaint.first_acceptance', '2023-06-05', '2023-06-19', '10 working days over a weekend'],
    ['complaint.first_acceptance', '2023-01-11', '2023-02-01', '10 working days over Tết'],
    ['interpellation.answer', '2023-07-12', '2023-08-09', '20 working days'],
  ])('%s from %s → %s (%s)', (step, start, due) => {
    expect(deadline(step, start, cal, { limits: WORKING })).toBe(due);
  });

  it('an amount override moves the date, other steps keep the law', () => {
    const limits = resolveLegalLimits({
      'interpellation.answer': { variants: { normal: { amount: 15 } } },
    });
    expect(deadline('interpellation.answer', '2023-07-12', cal, { limits })).toBe('2023-07-27');
    expect(deadline('denunciation.forwarding', '2023-04-27', cal, { limits })).toBe('2023-05-09');
  });

  it('refuses a start that is not a date', () => {
    expect(() => deadline('complaint.filing', '2023-02-30', cal)).toThrow(/complaint.filing/);
  });
});

describe('extend', () => {
  it('initial handling of a denunciation: 7 working days, extendable once to 10', () => {
    const c = startClock('denunciation.initial_handling', '2023-06-05', cal);
    const e = extend(c, { days: 3, decidedOn: '2023-06-13' }, cal);
    expect([c.dueDate, e.dueDate, e.baseDueDate]).toEqual([
      '2023-06-14',
      '2023-06-19',
      '2023-06-14',
    ]);
    expect(() => extend(c, { days: 4, decidedOn: '2023-06-13' }, cal)).toThrow(
      /at most 3 working days/,
    );
    expect(() => extend(e, { days: 1, decidedOn: '2023-06-16' }, cal)).toThrow(
      expect.objectContaining({
        code: 'EXTENSION_LIMIT_REACHED',
        step: 'denunciation.initial_handling',
      }),
    );
  });

  it('denunciation resolution: none when normal, one when complex, two when especially complex', () => {
    const decision = { days: 30, decidedOn: '2023-03-20', decisionRef: '12/QĐ-UBND' };
    const normal = startClock('denunciation.resolution', '2023-03-01', cal);
    expect(() => extend(normal, decision, cal)).toThrow(
      expect.objectContaining({ code: 'EXTENSION_NOT_ALLOWED' }),
    );

    const complex = extend(
      startClock('denunciation.resolution', '2023-03-01', cal, { variant: 'complex' }),
      decision,
      cal,
    );
    expect(complex.dueDate).toBe('2023-05-04'); // 60 days end on 30/4 → 4/5
    expect(() => extend(complex, { ...decision, decidedOn: '2023-04-20' }, cal)).toThrow(
      /at most 1 extension/,
    );

    const special = startClock('denunciation.resolution', '2023-03-01', cal, {
      variant: 'especially_complex',
    });
    const once = extend(special, decision, cal);
    const twice = extend(once, { ...decision, decidedOn: '2023-04-25' }, cal);
    expect(twice.dueDate).toBe('2023-05-30'); // 90 days from 1/3
    expect(() => extend(twice, { ...decision, decidedOn: '2023-05-25' }, cal)).toThrow(
      expect.objectContaining({ code: 'EXTENSION_LIMIT_REACHED' }),
    );
    expect(() => extend(special, { ...decision, days: 31 }, cal)).toThrow(
      expect.objectContaining({ code: 'EXTENSION_TOO_LONG' }),
    );
  });

  it('a denunciation extension needs its written decision', () => {
    const c = startClock('denunciation.resolution', '2023-03-01', cal, { variant: 'complex' });
    for (const decisionRef of [undefined, null, '  ']) {
      expect(() => extend(c, { days: 10, decidedOn: '2023-03-20', decisionRef }, cal)).toThrow(
        expect.objectContaining({ code: 'EXTENSION_DECISION_REQUIRED' }),
      );
    }
  });

  it('refuses extending a complaint limit, a schedule, and a non-whole number of days', () => {
    const complaint = startClock('complaint.first_resolution', '2023-04-03', cal, {
      variant: 'complex',
    });
    expect(() => extend(complaint, { days: 5, decidedOn: '2023-04-10' }, cal)).toThrow(
      /Luật Khiếu nại 02\/2011\/QH13 Điều 28\): no extension/,
    );
    const schedule = startClock('reception.publish_schedule', '2023-06-15', cal);
    expect(() => extend(schedule, { days: 1, decidedOn: '2023-06-01' }, cal)).toThrow(
      expect.objectContaining({
        code: 'EXTENSION_NOT_ALLOWED',
        step: 'reception.publish_schedule',
      }),
    );
    const handling = startClock('denunciation.initial_handling', '2023-06-05', cal);
    for (const days of [0, -1, 1.5, Number.NaN]) {
      expect(() => extend(handling, { days, decidedOn: '2023-06-06' }, cal)).toThrow(
        expect.objectContaining({ code: 'EXTENSION_INVALID' }),
      );
    }
  });

  it('the error is a LegalClockError naming the law', () => {
    const c = startClock('denunciation.resolution', '2023-03-01', cal);
    try {
      extend(c, { days: 1, decidedOn: '2023-03-02', decisionRef: 'x' }, cal);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LegalClockError);
      expect((e as Error).message).toContain('Luật Tố cáo 25/2018/QH14 Điều 30');
    }
  });

  it('an extension counted in working days crosses a holiday', () => {
    const c = startClock('denunciation.initial_handling', '2023-01-10', cal);
    // 7 working days: 11, 12, 13, 16, 17, 18, 19/1; +3 skip Tết: 27, 30, 31/1.
    expect(c.dueDate).toBe('2023-01-19');
    expect(extend(c, { days: 3, decidedOn: '2023-01-18' }, cal).dueDate).toBe('2023-01-31');
  });
});

describe('clockStatusAt', () => {
  const c = startClock('denunciation.forwarding', '2023-04-27', cal); // due 9/5/2023

  it.each([
    [null, '2023-05-09', 'in_progress', 0],
    [null, '2023-05-10', 'overdue', 1],
    ['2023-05-09', '2023-06-01', 'on_time', 0],
    ['2023-05-11', '2023-06-01', 'late', 2],
    ['2023-05-11', '2023-05-10', 'overdue', 1], // done later than the report date: not yet done
  ] as const)('done %s, at %s → %s', (done, at, timeliness, daysLate) => {
    const s = clockStatusAt(c, done, at);
    expect([s.timeliness, s.daysLate, s.effectiveDeadline]).toEqual([
      timeliness,
      daysLate,
      '2023-05-09',
    ]);
  });

  const special: LegalClock = startClock('denunciation.resolution', '2023-03-01', cal, {
    variant: 'especially_complex',
  });
  const ref = { decisionRef: '1/QĐ' };

  it('the second extension counts when decided before the first extended deadline', () => {
    const once = extend(special, { days: 30, decidedOn: '2023-03-25', ...ref }, cal); // → 4/5
    const twice = extend(once, { days: 30, decidedOn: '2023-04-28', ...ref }, cal); // → 30/5
    const s = clockStatusAt(twice, '2023-05-20', '2023-06-01');
    expect([s.timeliness, s.effectiveDeadline]).toEqual(['on_time', '2023-05-30']);
  });

  it('an extension decided after the deadline passed does not count (task rule)', () => {
    const late = extend(special, { days: 30, decidedOn: '2023-04-05', ...ref }, cal);
    expect(clockStatusAt(late, '2023-04-20', '2023-05-01')).toMatchObject({
      timeliness: 'late',
      effectiveDeadline: '2023-03-31',
      daysLate: 20,
    });
    expect(
      clockStatusAt(late, '2023-04-20', '2023-05-01', { extensionRule: 'always' }).timeliness,
    ).toBe('on_time');
  });
});

describe('deadline properties on the shipped calendar', () => {
  const startArb = fc.integer({ min: 0, max: 4 * 365 }).map((k) => addDays('2022-01-01', k));
  const stepArb = fc.constantFrom(...STEP_KEYS);
  const variantArb = fc.constantFrom(...VARIANTS);

  it('calendar limits end on the first working day on or after start + amount; working limits count exactly their amount', () => {
    fc.assert(
      fc.property(stepArb, variantArb, startArb, (key, variant, start) => {
        const s = DEFAULT_LEGAL_LIMITS[key];
        const clock = startClock(s, start, cal, { variant });
        const amount = s.variants[clock.variant]?.amount ?? 0;
        const due = clock.dueDate;
        expect(cal.isWorkingDay(due)).toBe(true);
        if (s.direction === 'before') {
          expect(due < start).toBe(true);
          expect(cal.countWorkingDays(due, start) - (cal.isWorkingDay(start) ? 1 : 0)).toBe(
            amount - 1,
          );
        } else if (s.unit === 'working_days') {
          expect(cal.countWorkingDays(start, due)).toBe(amount);
        } else {
          const end = addDays(start, amount);
          expect(due >= end).toBe(true);
          for (let d = end; d < due; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(stepArb, variantArb, startArb, fc.integer({ min: 1, max: 20 }), (k, v, a, n) => {
        expect(
          deadline(k, addDays(a, n), cal, { variant: v }) >= deadline(k, a, cal, { variant: v }),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
