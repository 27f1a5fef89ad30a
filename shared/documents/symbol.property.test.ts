import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TYPE_CODES, normaliseTypeCode } from './doc-types';
import { CENTRAL_ISSUERS, isKnownIssuerCode } from './issuer-codes';
import { type DocumentSymbol, formatSymbol, parseSymbol, symbolKey } from './symbol';

const JOINT = ['TTLT', 'NQLT'];
const SHIPPED = [...new Set(CENTRAL_ISSUERS.map((i) => i.code))];
// An issuer that is also a type code (TTr) reads as a type when something follows it.
const NON_TYPE_ISSUERS = SHIPPED.filter((c) => normaliseTypeCode(c) === null);
const SINGLE_TYPES = TYPE_CODES.filter((c) => !JOINT.includes(c));

const number = fc.integer({ min: 1, max: 99_999 });
const year = fc.integer({ min: 1945, max: 2100 });
const unknownCode = fc
  .array(fc.constantFrom(...'ABCDEGHIKLMNOPQRSTUVXYĐ'), { minLength: 2, maxLength: 8 })
  .map((letters) => letters.join(''))
  .filter((c) => normaliseTypeCode(c) === null && !isKnownIssuerCode(c));
const shippedIssuer = fc.constantFrom(...SHIPPED);
const issuer = fc.oneof(shippedIssuer, unknownCode);
const unitCode = fc.oneof(
  fc.constantFrom('VX', 'TH', 'KT', 'NC', 'VP', 'KTN', 'KTĐPLT'),
  unknownCode,
);

/** State symbols with a type code: `229/BC-UBND`, `06/2024/QĐ-UBND`, `15/QĐ-UBND-NC`. */
function typed(type: fc.Arbitrary<string>, iss: fc.Arbitrary<string>, field: fc.Arbitrary<string>) {
  return fc.record(
    {
      style: fc.constant('state' as const),
      number,
      year,
      typeCode: type,
      issuerCode: iss,
      fieldCode: field,
    },
    { requiredKeys: ['style', 'number', 'typeCode', 'issuerCode'] },
  );
}

const joint = fc.record(
  {
    style: fc.constant('state' as const),
    number,
    year,
    typeCode: fc.constantFrom(...JOINT),
    issuerCode: fc.array(issuer, { minLength: 1, maxLength: 3 }).map((codes) => codes.join('-')),
  },
  { requiredKeys: ['style', 'number', 'typeCode', 'issuerCode'] },
);
const law = fc.record({ style: fc.constant('state' as const), number, year, issuerCode: issuer });
const singleGroup = fc.record({ style: fc.constant('state' as const), number, issuerCode: issuer });
function congVan(iss: fc.Arbitrary<string>, field: fc.Arbitrary<string>) {
  return fc.record({
    style: fc.constant('state' as const),
    number,
    issuerCode: iss,
    fieldCode: field,
  });
}
function party(type: fc.Arbitrary<string>, iss: fc.Arbitrary<string>) {
  return fc.record({
    style: fc.constant('party' as const),
    number,
    typeCode: type,
    issuerCode: iss,
  });
}

// fc.record builds null-prototype objects; spread them so toStrictEqual compares plain objects.
const plain = (s: DocumentSymbol): DocumentSymbol => ({ ...s });

const anySymbol: fc.Arbitrary<DocumentSymbol> = fc
  .oneof(
    typed(fc.constantFrom(...SINGLE_TYPES), issuer, fc.oneof(unitCode, shippedIssuer)),
    typed(unknownCode, fc.constantFrom(...NON_TYPE_ISSUERS), unitCode),
    joint,
    law,
    singleGroup,
    congVan(fc.oneof(fc.constantFrom(...NON_TYPE_ISSUERS), unknownCode), unitCode),
    congVan(fc.constantFrom(...NON_TYPE_ISSUERS), shippedIssuer),
    party(fc.oneof(fc.constantFrom(...TYPE_CODES), unknownCode), issuer),
  )
  .map(plain);

/** Symbols made only of shipped codes, whose letter case the parser fully restores. */
const knownSymbol: fc.Arbitrary<DocumentSymbol> = fc
  .oneof(
    typed(fc.constantFrom(...SINGLE_TYPES), shippedIssuer, shippedIssuer),
    law.map((s) => ({ ...s, issuerCode: 'QH13' })),
    congVan(fc.constantFrom(...NON_TYPE_ISSUERS), shippedIssuer),
    party(fc.constantFrom(...TYPE_CODES), shippedIssuer),
  )
  .map(plain);

/** Printed variants of a clean symbol: prefix, spaces around separators, look-alike dashes, NFD. */
const spelling: fc.Arbitrary<Spelling> = fc.record({
  prefix: fc.constantFrom('', 'Số: ', 'Số ', 'số ', 'SỐ:', '  '),
  spaces: fc.array(fc.constantFrom('', '', ' ', '  ', '\u00A0'), { minLength: 16, maxLength: 16 }),
  dash: fc.constantFrom('-', '\u2013', '\u2011', '\u2010'),
  nfd: fc.boolean(),
  suffix: fc.constantFrom('', ' ', '\u00A0'),
});

type Spelling = { prefix: string; spaces: string[]; dash: string; nfd: boolean; suffix: string };

function respell(clean: string, v: Spelling): string {
  let i = 0;
  const pad = (): string => v.spaces[i++ % v.spaces.length] ?? '';
  const body = clean.replace(/[/-]/gu, (sep) => `${pad()}${sep === '-' ? v.dash : sep}${pad()}`);
  const text = `${v.prefix}${body}${v.suffix}`;
  return v.nfd ? text.normalize('NFD') : text;
}

function recase(text: string, flips: readonly boolean[]): string {
  return [...text]
    .map((ch, i) => (flips[i % flips.length] ? ch.toLowerCase() : ch.toUpperCase()))
    .join('');
}

const flips = fc.array(fc.boolean(), { minLength: 1, maxLength: 32 });

describe('symbol properties', () => {
  it('parseSymbol(formatSymbol(x)) returns x', () => {
    fc.assert(
      fc.property(anySymbol, (x) => {
        expect(parseSymbol(formatSymbol(x))).toStrictEqual({ ok: true, value: x });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads tolerant spellings as the clean form', () => {
    fc.assert(
      fc.property(anySymbol, spelling, (x, v) => {
        expect(parseSymbol(respell(formatSymbol(x), v))).toStrictEqual({ ok: true, value: x });
      }),
      { numRuns: 1000 },
    );
  });

  it('restores the official letter case of known codes', () => {
    fc.assert(
      fc.property(knownSymbol, spelling, flips, (x, v, f) => {
        const text = respell(recase(formatSymbol(x), f), v);
        expect(parseSymbol(text)).toStrictEqual({ ok: true, value: x });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives any letter case of any symbol the same matching key', () => {
    fc.assert(
      fc.property(anySymbol, flips, (x, f) => {
        const result = parseSymbol(recase(formatSymbol(x), f));
        expect(result.ok && symbolKey(formatSymbol(result.value))).toBe(symbolKey(formatSymbol(x)));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the matching key of a spelling variant', () => {
    fc.assert(
      fc.property(anySymbol, spelling, flips, (x, v, f) => {
        const clean = formatSymbol(x);
        expect(symbolKey(respell(recase(clean, f), v))).toBe(symbolKey(clean));
      }),
    );
  });
});

const symbolish = fc.string({
  unit: fc.constantFrom(...'0129/-–‑ \u00A0:.Số sốBCĐđTrQyUNDHK&\u0301\u200B'.split('')),
  maxLength: 40,
});

describe('parseSymbol never throws', () => {
  it.each([
    ['binary (full Unicode)', fc.string({ unit: 'binary', maxLength: 200 })],
    ['graphemes', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['symbol-like characters', symbolish],
  ])('on %s, and what it accepts re-formats to itself', (_name, strings) => {
    fc.assert(
      fc.property(strings, (text) => {
        const result = parseSymbol(text);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) {
          expect(parseSymbol(formatSymbol(result.value))).toStrictEqual(result);
        } else {
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
