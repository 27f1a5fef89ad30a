/**
 * Vietnamese phrases reports are made of: counts as reports print them,
 * lists of counts, citations of documents (first citation in full: type,
 * number, date, issuer — ND 30/2020 Phụ lục I Phần I.II.6.b), and rates
 * against plans. Pure.
 */
import type { LocalDate } from '../dates/local-date';
import { formatShortDate } from '../vi/date';
import { formatNumber, formatPercent } from '../vi/number';

/**
 * A large count as reports state it: exact below 100, otherwise rounded
 * down to two significant digits with "hơn" when something was dropped —
 * 2.537 becomes "hơn 2.500", 1.000 stays "1.000", 163 becomes "hơn 160".
 */
export function approximateCount(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count: ${n}`);
  if (n < 100) return formatNumber(n);
  const unit = 10 ** (String(n).length - 2);
  const floor = Math.floor(n / unit) * unit;
  return floor === n ? formatNumber(n) : `hơn ${formatNumber(floor)}`;
}

/** Small counts zero-padded as the seed writes them ("02 nhiệm vụ", "03 Chương trình"). */
export function paddedCount(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : formatNumber(n);
}

/** "30 quyết định …, 5 chỉ thị, …, hơn 2.500 văn bản …": non-zero items joined by commas. */
export function countList(items: ReadonlyArray<{ count: number; noun: string; approximate?: boolean }>): string {
  return items
    .filter((i) => i.count > 0)
    .map((i) => `${i.approximate ? approximateCount(i.count) : formatNumber(i.count)} ${i.noun}`)
    .join(', ');
}

/** A document as cited in a report. */
export interface CitedDocument {
  /** Type name as written in a sentence: "Nghị quyết", "Tờ trình", "Chương trình hành động", "Luật". */
  typeName: string;
  numberSymbol: string | null;
  issueDate: LocalDate | null;
  /** "của Chính phủ", "của Tỉnh ủy" — the issuer as the sentence names it; omitted when null. */
  issuer: string | null;
  /** For laws cited by name: "Luật Tổ chức chính quyền địa phương". */
  title?: string | null;
}

/**
 * "Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ" (first citation, in
 * full); later citations give only type and number: "Nghị quyết số 11/NQ-CP".
 * A law cited by name is its title.
 */
export function citeDocument(d: CitedDocument, opts: { first: boolean }): string {
  if (!d.numberSymbol) return d.title ?? d.typeName;
  const head = `${d.typeName} số ${d.numberSymbol}`;
  if (!opts.first) return head;
  const date = d.issueDate ? ` ngày ${formatShortDate(d.issueDate)}` : '';
  const issuer = d.issuer ? ` của ${d.issuer}` : '';
  return `${head}${date}${issuer}`;
}

/** "đạt 28,63% kế hoạch" / "đạt 45,2% dự toán" (two decimals at most, trailing zeros dropped). */
export function reachedPercent(rate: number | null, of: string): string | null {
  return rate === null ? null : `đạt ${formatPercent(rate, { decimals: 2 })} ${of}`;
}

/** "tăng 9,3% so với cùng kỳ" / "giảm 2,42% so với cùng kỳ" / "bằng cùng kỳ". */
export function yearOnYearPhrase(change: number | null): string | null {
  if (change === null) return null;
  if (Math.abs(change) < 0.005) return 'bằng cùng kỳ';
  return `${change > 0 ? 'tăng' : 'giảm'} ${formatPercent(Math.abs(change), { decimals: 2 })} so với cùng kỳ`;
}
