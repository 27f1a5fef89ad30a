import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent, parseViNumber } from './number';

describe('formatNumber', () => {
  it.each([
    [1000, undefined, '1.000'],
    [2500, undefined, '2.500'],
    [26677, undefined, '26.677'],
    [1_000_000, undefined, '1.000.000'],
    [4118.884, { decimals: 3 }, '4.118,884'],
    [4118.884, undefined, '4.118,88'],
    [-0.36, undefined, '-0,36'],
    [9.3, { minDecimals: 2 }, '9,30'],
    [9.3, { decimals: 0 }, '9'],
    [95, undefined, '95'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [-0.001, undefined, '0'],
    [999.995, undefined, '1.000'],
    [1.005, undefined, '1,01'],
    [2.5, { decimals: 0 }, '3'],
    [-2.5, { decimals: 0 }, '-3'],
    [0.000_000_15, { decimals: 7 }, '0,0000002'],
    [1e21, undefined, '1.000.000.000.000.000.000.000'],
    [123, { decimals: 1, minDecimals: 3 }, '123,000'],
  ])('%d %o → %s', (n, opts, expected) => {
    expect(formatNumber(n, opts)).toBe(expected);
  });

  it('uses plain ASCII "." "," and "-" only', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(formatNumber(x)).toMatch(/^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$/);
      }),
    );
  });

  it('rejects non-finite numbers and bad digit counts', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatNumber(1, { minDecimals: 21 })).toThrow(RangeError);
    expect(() => formatMoney(1, 'ty', { decimals: -1 })).toThrow(RangeError);
  });
});

describe('parseViNumber', () => {
  it.each([
    ['26.677', 26677],
    ['9,30', 9.3],
    ['1.000.000', 1_000_000],
    ['-0,36', -0.36],
    ['4.118,884', 4118.884],
    ['95', 95],
    ['  1.000 ', 1000],
    ['02', 2],
    ['1000', 1000],
    ['−5', -5],
    ['+5,5', 5.5],
    ['-0', 0],
  ])('%j → %d', (text, value) => {
    expect(parseViNumber(text)).toBe(value);
  });

  it.each([
    '1.5',
    '1,2,3',
    '',
    '   ',
    '0.123',
    '1.00',
    '1.0000',
    '1000.000',
    ',5',
    '5,',
    '1 000',
    '1,000.5',
    'abc',
    '12a',
    '--1',
    '1e3',
  ])('rejects %j', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });

  it('reads back formatNumber for integers', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 3 }), (n, k) => {
        expect(parseViNumber(formatNumber(n, { decimals: k }))).toBe(n);
      }),
    );
  });

  it('reads back formatNumber rounded half away from zero to k decimals', () => {
    // x = units / 10^scale has at most 3 decimals; |x| < 10^12 keeps every step exact.
    const decimal = fc.record({
      units: fc.integer({ min: -1e15 + 1, max: 1e15 - 1 }),
      scale: fc.integer({ min: 0, max: 3 }),
      k: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(decimal, ({ units, scale, k }) => {
        const x = units / 10 ** scale;
        const drop = Math.max(0, scale - k);
        const roundedUnits = Math.sign(units) * Math.round(Math.abs(units) / 10 ** drop);
        const expected = roundedUnits / 10 ** (scale - drop) || 0;
        expect(parseViNumber(formatNumber(x, { decimals: k }))).toBe(expected);
      }),
    );
  });

  it('never rejects what formatNumber produces', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 20 }),
        (x, k) => {
          expect(parseViNumber(formatNumber(x, { decimals: k }))).not.toBeNull();
        },
      ),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [95, undefined, '95%'],
    [28.634, undefined, '28,63%'],
    [28.63, { decimals: 1 }, '28,6%'],
    [100, undefined, '100%'],
    [-3.5, undefined, '-3,5%'],
  ])('%d %o → %s', (x, opts, expected) => {
    expect(formatPercent(x, opts)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it.each([
    [1_234_570_000, 'ty', undefined, '1,23 tỷ đồng'],
    [1_234_567_890_000, 'ty', undefined, '1.234,57 tỷ đồng'],
    [4_118_884_000_000, 'ty', { decimals: 3 }, '4.118,884 tỷ đồng'],
    [215_500_000_000_000, 'ty', undefined, '215.500 tỷ đồng'],
    [5_000_000, 'ty', undefined, '0,01 tỷ đồng'],
    [4_000_000, 'ty', undefined, '0 tỷ đồng'],
    [76_500_000, 'trieu', undefined, '76,5 triệu đồng'],
    [1_500_000, 'trieu', { decimals: 0 }, '2 triệu đồng'],
    [1_234_567, 'dong', undefined, '1.234.567 đồng'],
    [-2_000_000_000, 'ty', undefined, '-2 tỷ đồng'],
  ] as const)('%d %s %o → %s', (vnd, unit, opts, expected) => {
    expect(formatMoney(vnd, unit, opts)).toBe(expected);
  });

  it('agrees with formatting the exact quotient', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (vnd) => {
        // Whole millions divide exactly, so both routes must print the same.
        const millions = vnd * 1_000_000;
        expect(formatMoney(millions, 'trieu', { decimals: 0 })).toBe(
          `${formatNumber(vnd, { decimals: 0 })} triệu đồng`,
        );
      }),
    );
  });
});
