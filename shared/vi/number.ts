/**
 * Vietnamese number notation: "." groups thousands, "," marks decimals
 * (`1.000`, `4.118,884 tỷ đồng`, `28,63%`).
 *
 * GUIDE §3.1: Nghị quyết 29/2021/QH15 Điều 7 writes `4.118,884 tỷ đồng`;
 * Luật Kế toán 2015 Điều 11 makes this notation mandatory in accounting.
 * Formatting is done by hand on decimal digits (not Intl) so the output is the
 * same plain ASCII '.', ',' and '-' on every engine and locale build.
 */

/** Options for {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Most fraction digits shown (default 2); the value is rounded half away from zero. */
  decimals?: number;
  /** Fewest fraction digits shown (default 0); trailing zeros beyond it are trimmed. */
  minDecimals?: number;
}

/** A finite number as decimal digits: value = (negative ? -1 : 1) × 0.digits × 10^pointAt. */
interface Decimal {
  negative: boolean;
  /** Integer digits then fraction digits, no sign, no point. */
  digits: string;
  /** How many of `digits` lie left of the decimal point (may be ≤ 0 or > digits.length). */
  pointAt: number;
}

function toDecimal(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot format ${n}`);
  // String(n) is the shortest round-tripping decimal, so 1.005 is rounded as the
  // 1.005 the user typed rather than as its binary neighbour 1.00499999….
  const [mantissa = '', exponent = '0'] = String(Math.abs(n)).split('e');
  const [intPart = '', fracPart = ''] = mantissa.split('.');
  return {
    negative: n < 0,
    digits: intPart + fracPart,
    pointAt: intPart.length + Number(exponent),
  };
}

function checkDigits(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 20) {
    throw new RangeError(`${name} must be an integer from 0 to 20, got ${value}`);
  }
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0';
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return '1' + out.join('');
}

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+$)/g, '.');
}

/** Formats `dec` rounded half away from zero to at most `max` and at least `min` decimals. */
function formatDecimal(dec: Decimal, max: number, min: number): string {
  // Pad so that the integer part and `max` fraction digits are all present.
  const lead = Math.max(0, 1 - dec.pointAt);
  const padded = '0'.repeat(lead) + dec.digits;
  const pointAt = dec.pointAt + lead;
  const keep = pointAt + max;
  const body = padded.padEnd(keep, '0').slice(0, keep);
  const rounded = (padded[keep] ?? '0') >= '5' ? incrementDigits(body) : body;
  const intLen = rounded.length - max;
  const intDigits = rounded.slice(0, intLen).replace(/^0+(?=\d)/, '');
  let fracDigits = rounded.slice(intLen);
  while (fracDigits.length > min && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  const isZero = /^0*$/.test(intDigits + fracDigits);
  const sign = dec.negative && !isZero ? '-' : '';
  return sign + groupThousands(intDigits) + (fracDigits ? ',' + fracDigits : '');
}

function resolveDigits(opts: FormatNumberOptions | undefined, defaultMax: number) {
  const min = opts?.minDecimals ?? 0;
  const decimals = opts?.decimals ?? defaultMax;
  checkDigits('decimals', decimals);
  checkDigits('minDecimals', min);
  return { max: Math.max(decimals, min), min };
}

/**
 * Formats a number in Vietnamese notation (`1000` → `1.000`, `-0.36` → `-0,36`);
 * throws RangeError on NaN or ±Infinity, which have no place in a report.
 */
export function formatNumber(n: number, opts?: FormatNumberOptions): string {
  const { max, min } = resolveDigits(opts, 2);
  return formatDecimal(toDecimal(n), max, min);
}

const VI_NUMBER = /^([+\-−]?)((?:[1-9]\d{0,2}(?:\.\d{3})+)|\d+)(?:,(\d+))?$/;

/**
 * Parses Vietnamese notation (`26.677` → 26677, `9,30` → 9.3, `-0,36` → -0.36),
 * returning null for anything else.
 *
 * The rule: an optional sign (`-`, `−` or `+`); an integer part that is either
 * plain digits (`95`, `02`) or groups of exactly three digits separated by "."
 * after a first group of 1–3 digits not starting with 0 (`1.000.000`); then
 * optionally "," and one or more fraction digits. A "." is never a decimal
 * mark, so `1.5`, `0.123` (English decimals) and `1,2,3` are rejected rather
 * than misread. Surrounding whitespace is ignored.
 */
export function parseViNumber(s: string): number | null {
  const m = VI_NUMBER.exec(s.trim());
  if (!m) return null;
  const [, sign = '', intPart = '', fracPart] = m;
  const value = Number(intPart.replace(/\./g, '') + (fracPart === undefined ? '' : '.' + fracPart));
  if (!Number.isFinite(value)) return null;
  if (value === 0) return 0; // never -0
  return sign === '-' || sign === '−' ? -value : value;
}

/**
 * Formats a percentage given in percent units (`95` → `95%`, `28.634` →
 * `28,63%`); no space before %, as the seed report and GUIDE §3.1 write it.
 */
export function formatPercent(x: number, opts?: { decimals?: number }): string {
  return formatNumber(x, { decimals: opts?.decimals ?? 2 }) + '%';
}

/** Display unit for VND amounts: tỷ (10^9), triệu (10^6) or đồng. */
export type MoneyUnit = 'ty' | 'trieu' | 'dong';

const MONEY_UNITS: Record<MoneyUnit, { shift: number; label: string; decimals: number }> = {
  // GUIDE §3.2: government texts mostly spell "tỷ"; we never write "tỉ".
  ty: { shift: 9, label: 'tỷ đồng', decimals: 2 },
  trieu: { shift: 6, label: 'triệu đồng', decimals: 2 },
  dong: { shift: 0, label: 'đồng', decimals: 0 },
};

/**
 * Formats an amount stored in VND in the given unit (`1234567890, 'ty'` →
 * `1,23 tỷ đồng`); default 2 decimals for tỷ/triệu and 0 for đồng, trailing zeros trimmed.
 */
export function formatMoney(vnd: number, unit: MoneyUnit, opts?: { decimals?: number }): string {
  const { shift, label, decimals } = MONEY_UNITS[unit];
  const max = opts?.decimals ?? decimals;
  checkDigits('decimals', max);
  const dec = toDecimal(vnd);
  // Shift the decimal point on the digits themselves: dividing by 1e9 in binary
  // floating point could land a hair below a rounding boundary.
  return `${formatDecimal({ ...dec, pointAt: dec.pointAt - shift }, max, 0)} ${label}`;
}
