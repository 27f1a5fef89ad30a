import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CARDINAL_WORDS,
  cardinalWords,
  ordinalWords,
  parseRomanNumeral,
  romanNumeral,
} from './words';

describe('cardinalWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [45, 'bốn mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [124, 'một trăm hai mươi tư'],
    [200, 'hai trăm'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1050, 'một nghìn không trăm năm mươi'],
    [2500, 'hai nghìn năm trăm'],
    [2023, 'hai nghìn không trăm hai mươi ba'],
    [21_000, 'hai mươi mốt nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [1_050_000, 'một triệu không trăm năm mươi nghìn'],
    [
      MAX_CARDINAL_WORDS,
      'chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín',
    ],
  ])('%d → %s', (n, words) => {
    expect(cardinalWords(n)).toBe(words);
  });

  it.each([-1, 1.5, MAX_CARDINAL_WORDS + 1, Number.NaN])('rejects %d', (n) => {
    expect(() => cardinalWords(n)).toThrow(RangeError);
  });

  it('gives distinct, well-formed words for every number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_CARDINAL_WORDS }),
        fc.integer({ min: 0, max: MAX_CARDINAL_WORDS }),
        (a, b) => {
          const words = cardinalWords(a);
          expect(words).toMatch(/^\p{Ll}+(?: \p{Ll}+)*$/u);
          expect(words).not.toMatch(/mươi một|mười mốt|mươi năm|mười năm|mười tư/);
          if (a !== b) expect(cardinalWords(b)).not.toBe(words);
        },
      ),
    );
  });
});

describe('ordinalWords', () => {
  it.each([
    [1, 'thứ nhất'],
    [2, 'thứ hai'],
    [3, 'thứ ba'],
    [4, 'thứ tư'],
    [5, 'thứ năm'],
    [10, 'thứ mười'],
    [11, 'thứ mười một'],
    [14, 'thứ mười bốn'],
    [21, 'thứ hai mươi mốt'],
    [24, 'thứ hai mươi tư'],
  ])('%d → %s', (n, words) => {
    expect(ordinalWords(n)).toBe(words);
  });

  it('rejects 0 and non-integers', () => {
    expect(() => ordinalWords(0)).toThrow(RangeError);
    expect(() => ordinalWords(2.5)).toThrow(RangeError);
  });
});

describe('romanNumeral', () => {
  it.each([
    [1, 'I'],
    [3, 'III'],
    [4, 'IV'],
    [9, 'IX'],
    [10, 'X'],
    [14, 'XIV'],
    [40, 'XL'],
    [90, 'XC'],
    [400, 'CD'],
    [1994, 'MCMXCIV'],
    [2023, 'MMXXIII'],
    [3999, 'MMMCMXCIX'],
  ])('%d → %s', (n, numeral) => {
    expect(romanNumeral(n)).toBe(numeral);
    expect(parseRomanNumeral(numeral)).toBe(n);
  });

  it.each([0, 4000, -1, 1.5])('rejects %d', (n) => {
    expect(() => romanNumeral(n)).toThrow(RangeError);
  });

  it('round-trips 1–3999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(parseRomanNumeral(romanNumeral(n))).toBe(n);
        expect(parseRomanNumeral(romanNumeral(n).toLowerCase())).toBe(n);
      }),
    );
  });
});

describe('parseRomanNumeral', () => {
  it.each([
    [' iii ', 3],
    ['x', 10],
    ['Xl', 40],
  ])('%j → %d', (text, n) => {
    expect(parseRomanNumeral(text)).toBe(n);
  });

  it.each(['', ' ', 'IIII', 'VX', 'IC', 'IL', 'MMMM', 'XM', 'VV', 'A', 'X I', '10'])(
    'rejects %j',
    (text) => {
      expect(parseRomanNumeral(text)).toBeNull();
    },
  );
});
