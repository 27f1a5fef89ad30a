/**
 * Numbers in Vietnamese words and Roman numerals, as documents use them:
 * "kỳ họp thứ mười một", "khóa X", "quý III".
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** Largest number {@link cardinalWords} reads. */
export const MAX_CARDINAL_WORDS = 999_999_999;

/**
 * Reads 0–99 after a tens word. Spoken rules: 1 after "mươi" (20+) is "mốt";
 * 5 after "mười"/"mươi" is "lăm"; 4 after "mươi" is "tư" (but "mười bốn").
 */
function readTens(n: number): string[] {
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 0) return [DIGITS[unit] ?? ''];
  const words = tens === 1 ? ['mười'] : [DIGITS[tens] ?? '', 'mươi'];
  if (unit === 0) return words;
  if (unit === 5) return [...words, 'lăm'];
  if (tens >= 2 && unit === 1) return [...words, 'mốt'];
  if (tens >= 2 && unit === 4) return [...words, 'tư'];
  return [...words, DIGITS[unit] ?? ''];
}

/**
 * Reads a group of three digits. `full` is set for every group after the
 * leading one, where a zero hundreds digit is still read ("một nghìn không
 * trăm linh năm" = 1005); a lone unit after hundreds is joined by "linh".
 */
function readGroup(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (!full && hundreds === 0) return readTens(rest);
  const words = [DIGITS[hundreds] ?? '', 'trăm'];
  if (rest === 0) return words;
  if (rest < 10) return [...words, 'linh', DIGITS[rest] ?? ''];
  return [...words, ...readTens(rest)];
}

const SCALES = ['', 'nghìn', 'triệu'];

/**
 * An integer 0–999 999 999 in Vietnamese words (`21` → `hai mươi mốt`, `105` →
 * `một trăm linh năm`, `1000` → `một nghìn`); throws RangeError otherwise.
 */
export function cardinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_CARDINAL_WORDS) {
    throw new RangeError(`cardinalWords reads integers 0–${MAX_CARDINAL_WORDS}, got ${n}`);
  }
  if (n === 0) return DIGITS[0] ?? '';
  const groups: number[] = []; // least significant first
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0;
    // An all-zero inner group is skipped: 1 000 005 is "một triệu không trăm linh năm".
    if (group === 0) continue;
    words.push(...readGroup(group, i < groups.length - 1));
    if (SCALES[i]) words.push(SCALES[i] ?? '');
  }
  return words.join(' ');
}

/**
 * The ordinal `thứ …` (`1` → `thứ nhất`, `4` → `thứ tư`, `11` → `thứ mười
 * một`), as in "kỳ họp thứ mười một"; only 1 and 4 have their own words.
 */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`ordinalWords needs n ≥ 1, got ${n}`);
  if (n === 1) return 'thứ nhất';
  if (n === 4) return 'thứ tư';
  return `thứ ${cardinalWords(n)}`;
}

const ROMAN: Array<[value: number, numeral: string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** An integer 1–3999 in upper-case Roman numerals (`10` → `X`), as in "khóa X", "quý III". */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`romanNumeral needs an integer 1–3999, got ${n}`);
  }
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** Only the standard subtractive form: IIII, VX and IC are not numerals. */
const CANONICAL_ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * Reads a Roman numeral 1–3999 in standard form, any case, surrounding spaces
 * ignored (`' iii '` → 3); null for anything else.
 */
export function parseRomanNumeral(s: string): number | null {
  const text = s.trim().toUpperCase();
  if (text === '' || !CANONICAL_ROMAN.test(text)) return null;
  let total = 0;
  let i = 0;
  for (const [value, numeral] of ROMAN) {
    while (text.startsWith(numeral, i)) {
      total += value;
      i += numeral.length;
    }
  }
  return total;
}
