/**
 * Mã số thuế (tax code) of an enterprise: 10 digits, or 13 for a dependent
 * unit (branch, representative office), written 10 digits, a hyphen and 3
 * digits (Thông tư 105/2020/TT-BTC Điều 5). Pure.
 */

/**
 * The tax code in its written form (`0123456789` or `0123456789-001`), from
 * input with spaces, dots or a missing hyphen; null when it is not 10 or 13
 * digits.
 */
export function normalizeTaxCode(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 10) return digits;
  if (digits.length === 13) return `${digits.slice(0, 10)}-${digits.slice(10)}`;
  return null;
}
