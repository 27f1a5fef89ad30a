import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEGAL_LIMITS,
  LegalClockError,
  STEP_KEYS,
  limitFor,
  resolveLegalLimits,
  type StepKey,
} from './legal-limits';

const V = DEFAULT_LEGAL_LIMITS;

describe('the law as data', () => {
  it.each<[StepKey, string, 'calendar_days' | 'working_days', Record<string, number>]>([
    ['complaint.filing', 'Điều 9', 'calendar_days', { normal: 90 }],
    ['complaint.first_acceptance', 'Điều 27', 'calendar_days', { normal: 10 }],
    [
      'complaint.first_resolution',
      'Điều 28',
      'calendar_days',
      { normal: 30, complex: 45, remote: 45, remote_complex: 60 },
    ],
    ['complaint.escalation', 'Điều 33 khoản 1', 'calendar_days', { normal: 30, remote: 45 }],
    ['complaint.second_acceptance', 'Điều 36', 'calendar_days', { normal: 10 }],
    [
      'complaint.second_resolution',
      'Điều 37',
      'calendar_days',
      { normal: 45, complex: 60, remote: 60, remote_complex: 70 },
    ],
    ['denunciation.initial_handling', 'Điều 24 khoản 1', 'working_days', { normal: 7 }],
    ['denunciation.forwarding', 'Điều 24 khoản 1', 'working_days', { normal: 5 }],
    [
      'denunciation.resolution',
      'Điều 30',
      'calendar_days',
      { normal: 30, complex: 30, especially_complex: 30 },
    ],
    ['reception.notify_citizen', 'Điều 28 khoản 1', 'working_days', { normal: 10 }],
    ['reception.publish_schedule', 'Điều 24 khoản 4', 'working_days', { normal: 5 }],
    ['interpellation.answer', 'Điều 60', 'calendar_days', { normal: 20 }],
    ['business_feedback.forwarding', 'Điều 9', 'working_days', { normal: 5 }],
  ])('%s: %s, %s, %o', (key, article, unit, amounts) => {
    const s = V[key];
    expect([s.key, s.article, s.unit]).toEqual([key, article, unit]);
    expect(Object.fromEntries(Object.entries(s.variants).map(([v, l]) => [v, l.amount]))).toEqual(
      amounts,
    );
  });

  it('extensions: denunciation handling to 10 working days; resolution 1 or 2 × 30 days in writing', () => {
    expect(V['denunciation.initial_handling'].variants.normal.extensions).toEqual({
      maxCount: 1,
      maxDays: 3,
    });
    expect(limitFor(V['denunciation.resolution'], 'normal').extensions).toBeNull();
    expect(limitFor(V['denunciation.resolution'], 'complex').extensions).toEqual({
      maxCount: 1,
      maxDays: 30,
    });
    expect(limitFor(V['denunciation.resolution'], 'especially_complex').extensions).toEqual({
      maxCount: 2,
      maxDays: 30,
    });
    expect(V['denunciation.resolution'].extensionInWriting).toBe(true);
    const others = STEP_KEYS.filter(
      (k) => k !== 'denunciation.initial_handling' && k !== 'denunciation.resolution',
    );
    for (const k of others) {
      for (const l of Object.values(V[k].variants)) expect(l.extensions).toBeNull();
    }
  });

  it('variant fallback: remote complex → remote → complex → normal', () => {
    expect(limitFor(V['complaint.escalation'], 'remote_complex')).toMatchObject({
      variant: 'remote',
      amount: 45,
    });
    expect(limitFor(V['denunciation.resolution'], 'remote_complex')).toMatchObject({
      variant: 'complex',
    });
    expect(limitFor(V['complaint.first_resolution'], 'especially_complex')).toMatchObject({
      variant: 'complex',
      amount: 45,
    });
    expect(limitFor(V['complaint.filing'], 'remote')).toMatchObject({ variant: 'normal' });
  });

  it('the defaults cannot be changed in place', () => {
    expect(Object.isFrozen(V['complaint.filing'].variants.normal)).toBe(true);
  });
});

describe('resolveLegalLimits', () => {
  it('no overrides: the law', () => {
    expect(resolveLegalLimits()).toEqual(V);
    expect(resolveLegalLimits({})).toEqual(V);
  });

  it('applies a unit, an amount and an extension, leaving the rest', () => {
    const l = resolveLegalLimits({
      'complaint.first_acceptance': { unit: 'working_days' },
      'complaint.first_resolution': { variants: { complex: { amount: 50 } } },
      'denunciation.resolution': { variants: { complex: { extensions: null } } },
    });
    expect(l['complaint.first_acceptance'].unit).toBe('working_days');
    expect(l['complaint.first_acceptance'].variants.normal.amount).toBe(10);
    expect(l['complaint.first_resolution'].variants).toMatchObject({
      normal: { amount: 30 },
      complex: { amount: 50 },
      remote_complex: { amount: 60 },
    });
    expect(l['denunciation.resolution'].variants.complex?.extensions).toBeNull();
    expect(l['denunciation.resolution'].variants.especially_complex?.extensions).toEqual({
      maxCount: 2,
      maxDays: 30,
    });
    expect(l['interpellation.answer']).toBe(V['interpellation.answer']);
    expect(V['complaint.first_acceptance'].unit).toBe('calendar_days');
  });

  it.each([
    [{ 'complaint.filling': { unit: 'working_days' } }, /"complaint.filling": unknown step/],
    [
      { 'interpellation.answer': { unit: 'weeks' } },
      /"interpellation.answer" \(Luật Hoạt động giám sát .* Điều 60\): unit must be calendar_days or working_days/,
    ],
    [
      { 'complaint.filing': { variants: { normal: { amount: 0 } } } },
      /"complaint.filing" \(Luật Khiếu nại 02\/2011\/QH13 Điều 9\): variants.normal.amount must be from 1 to 3650 days/,
    ],
    [
      { 'complaint.filing': { variants: { normal: { amount: 2.5 } } } },
      /variants.normal.amount must be a whole number of days/,
    ],
    [
      { 'complaint.filing': { variants: { normal: { amount: '90' } } } },
      /variants.normal.amount must be a number of days/,
    ],
    [
      { 'complaint.filing': { variants: { remote: { amount: 120 } } } },
      /"complaint.filing".*variants.remote: the step has no such variant \(it has normal\)/,
    ],
    [
      { 'complaint.first_resolution': { variants: { complex: { amount: 20 } } } },
      /variants.complex.amount \(20\) must not be shorter than the normal limit \(30\)/,
    ],
    [
      {
        'denunciation.resolution': {
          variants: { complex: { extensions: { maxCount: 9, maxDays: 30 } } },
        },
      },
      /"denunciation.resolution".*variants.complex.extensions.maxCount must be from 1 to 5/,
    ],
    [{ 'complaint.filing': { days: 90 } }, /"complaint.filing".*unknown field\(s\) days/],
    [{ 'complaint.filing': 90 }, /"complaint.filing"/],
    [[], /overrides must be an object/],
    [null, /overrides must be an object/],
  ])('refuses %j', (overrides, message) => {
    expect(() => resolveLegalLimits(overrides)).toThrow(message);
    try {
      resolveLegalLimits(overrides);
    } catch (e) {
      expect(e).toBeInstanceOf(LegalClockError);
      expect((e as LegalClockError).code).toBe('LIMIT_OVERRIDE_INVALID');
    }
  });
});
