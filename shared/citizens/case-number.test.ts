import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/local-date';
import {
  DEFAULT_CASE_PREFIXES,
  NUMBERING_KINDS,
  checkCasePrefixes,
  formatCaseNumber,
  numberingKindOf,
  parseCaseNumber,
  type CaseNumber,
} from './case-number';

describe('formatCaseNumber', () => {
  it.each<[CaseNumber, string]>([
    [{ kind: 'petition_feedback', receivedOn: '2023-06-14', sequence: 12 }, 'PAKN.20230614.0012'],
    [{ kind: 'complaint', receivedOn: '2023-01-03', sequence: 1 }, 'KN.20230103.0001'],
    [{ kind: 'denunciation', receivedOn: '2023-12-31', sequence: 9999 }, 'TC.20231231.9999'],
    [{ kind: 'business', receivedOn: '2023-02-28', sequence: 340 }, 'DN.20230228.0340'],
  ])('%o → %s', (n, text) => {
    expect(formatCaseNumber(n)).toBe(text);
  });

  it('refuses a sequence outside 1–9999 and an impossible date', () => {
    for (const sequence of [0, 10000, 1.5, -3]) {
      expect(() =>
        formatCaseNumber({ kind: 'complaint', receivedOn: '2023-06-14', sequence }),
      ).toThrow(/1–9999/);
    }
    expect(() =>
      formatCaseNumber({ kind: 'complaint', receivedOn: '2023-02-29', sequence: 1 }),
    ).toThrow(RangeError);
  });

  it('petitions and feedback share the PAKN series', () => {
    expect(numberingKindOf('petition')).toBe('petition_feedback');
    expect(numberingKindOf('feedback')).toBe('petition_feedback');
    expect(numberingKindOf('complaint')).toBe('complaint');
    expect(numberingKindOf('denunciation')).toBe('denunciation');
  });
});

describe('parseCaseNumber', () => {
  it('reads the example', () => {
    expect(parseCaseNumber('PAKN.20230614.0012')).toEqual({
      ok: true,
      value: { kind: 'petition_feedback', receivedOn: '2023-06-14', sequence: 12 },
    });
  });

  it.each([
    ['PAKN.20230614.12', /Not a case number/],
    ['pakn.20230614.0012', /Not a case number/],
    [' PAKN.20230614.0012', /Not a case number/],
    ['PAKN.20230614.0012\n', /Not a case number/],
    ['PAKN-20230614-0012', /Not a case number/],
    ['PAKN.2023614.0012', /Not a case number/],
    ['XX.20230614.0012', /Unknown case number prefix: XX/],
    ['PAKN.20230229.0012', /Not a calendar date/],
    ['PAKN.20231301.0012', /Not a calendar date/],
    ['PAKN.20230614.0000', /starts at 0001/],
    ['', /Not a case number/],
  ])('refuses %j', (text, error) => {
    const r = parseCaseNumber(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(error);
  });

  it('refuses what is not text', () => {
    for (const v of [null, undefined, 12, {}, ['KN.20230614.0001']]) {
      expect(parseCaseNumber(v)).toEqual({ ok: false, error: 'A case number is text' });
    }
  });
});

describe('properties', () => {
  const numberArb = fc.record({
    kind: fc.constantFrom(...NUMBERING_KINDS),
    receivedOn: fc.integer({ min: 0, max: 3650 }).map((k) => addDays('2020-01-01', k)),
    sequence: fc.integer({ min: 1, max: 9999 }),
  });

  it('parse(format(x)) = x', () => {
    fc.assert(
      fc.property(numberArb, (n) => {
        expect(parseCaseNumber(formatCaseNumber(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('format keeps date and sequence order: sorting the text sorts one series by receipt then sequence', () => {
    fc.assert(
      fc.property(numberArb, numberArb, (a, b) => {
        const x = { ...b, kind: a.kind };
        const [ta, tx] = [formatCaseNumber(a), formatCaseNumber(x)];
        const byText = ta < tx ? -1 : ta > tx ? 1 : 0;
        const byValue = Math.sign(
          a.receivedOn === x.receivedOn
            ? a.sequence - x.sequence
            : a.receivedOn < x.receivedOn
              ? -1
              : 1,
        );
        expect(byText).toBe(byValue);
      }),
    );
  });

  it('never throws on any text, and accepts only what it formats back identically', () => {
    const mutated = numberArb.chain((n) =>
      fc.tuple(fc.nat({ max: 20 }), fc.string({ maxLength: 3 })).map(([at, s]) => {
        const text = formatCaseNumber(n);
        return text.slice(0, at) + s + text.slice(at + s.length);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (text) => {
        const r = parseCaseNumber(text);
        if (r.ok) expect(formatCaseNumber(r.value)).toBe(text);
        else expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('other prefixes work and must be distinct capital letters', () => {
    const prefixes = { ...DEFAULT_CASE_PREFIXES, business: 'TPUN' };
    const n: CaseNumber = { kind: 'business', receivedOn: '2023-06-14', sequence: 7 };
    expect(formatCaseNumber(n, prefixes)).toBe('TPUN.20230614.0007');
    expect(parseCaseNumber('TPUN.20230614.0007', prefixes)).toEqual({ ok: true, value: n });
    expect(parseCaseNumber('DN.20230614.0007', prefixes).ok).toBe(false);
    expect(() => checkCasePrefixes(prefixes)).not.toThrow();
    expect(() => checkCasePrefixes({ ...DEFAULT_CASE_PREFIXES, business: 'KN' })).toThrow(
      /KN is used by both "complaint" and "business"/,
    );
    expect(() => checkCasePrefixes({ ...DEFAULT_CASE_PREFIXES, business: 'Đn' })).toThrow(
      /prefix of "business" must be 1–8 capital letters/,
    );
  });
});
