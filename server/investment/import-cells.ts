/**
 * Reading the cells of the investment import templates: amounts in VND
 * (a number, or Vietnamese text `1.234.567.890`), years, codes, and finding a
 * column by its label. Every reason is Vietnamese, for the row-and-column
 * report of an import.
 */
import type { AppError, ErrorDetail } from '../platform/errors';
import { errorMessage } from '../platform/render-error';
import { cellText, type CellValue } from '../platform/xlsx';
import { parseViNumber } from '../../shared/vi/number';
import { viFold } from '../../shared/vi/text';

type Read<T> = { ok: true; value: T } | { ok: false; reason: string } | null;

/**
 * The index of the column whose header is `label` (diacritics-insensitive):
 * an exact header first, then one that starts with it, then one containing it.
 */
export function findColumn(headers: readonly string[], label: string): number {
  const want = viFold(label);
  const folded = headers.map((h) => viFold(h));
  const exact = folded.indexOf(want);
  if (exact >= 0) return exact;
  const starts = folded.findIndex((h) => h.startsWith(want));
  return starts >= 0 ? starts : folded.findIndex((h) => h.includes(want));
}

/** An amount in whole VND, zero or more; a reason for text, a fraction or a negative. */
export function cellAmount(v: CellValue): Read<number> {
  if (v === null) return null;
  let n: number | null;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') n = parseViNumber(v.replace(/\s+/g, '').replace(/đ$/i, ''));
  else n = null;
  if (n === null || !Number.isFinite(n))
    return { ok: false, reason: `"${cellText(v) ?? ''}" không phải là số tiền (đồng)` };
  if (n < 0) return { ok: false, reason: `số tiền không được âm (${cellText(v) ?? ''})` };
  if (!Number.isInteger(n)) return { ok: false, reason: 'số tiền phải là số nguyên (đồng)' };
  if (n > Number.MAX_SAFE_INTEGER) return { ok: false, reason: 'số tiền quá lớn' };
  return { ok: true, value: n };
}

/** A four-digit plan year. */
export function cellYear(v: CellValue): Read<number> {
  if (v === null) return null;
  const text = cellText(v) ?? '';
  const n = typeof v === 'number' ? v : /^\d{4}$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 2000 || n > 2100)
    return { ok: false, reason: `"${text}" không phải là năm (4 chữ số)` };
  return { ok: true, value: n };
}

/** A code cell (project or source), trimmed; numbers are read as their digits. */
export function cellCode(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : null;
  const text = cellText(v);
  return text === null ? null : text.trim() || null;
}

/** Collects cell problems as IMPORT_CELL_INVALID details. */
export class CellErrors {
  readonly details: ErrorDetail[] = [];
  add(row: number, column: string, reason: string): void {
    this.details.push({ code: 'IMPORT_CELL_INVALID', row, column, params: { reason } });
  }
  get count(): number {
    return this.details.length;
  }
}

/**
 * A use case's refusal of one row while the file is written, as a cell
 * problem of that row and column (the reason in Vietnamese, like the others).
 */
export function rowProblem(e: AppError, row: number, column: string): ErrorDetail {
  const reason = errorMessage(e.code, 'vi', e.params).replace(/^Trường "[^"]*": /, '');
  return { code: 'IMPORT_CELL_INVALID', row, column, params: { reason } };
}
