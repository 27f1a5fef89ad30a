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
import type { ProjectScope } from './investment-scope';
import { normaliseSourceCode, type SourceNode, type SourceTree } from './source-tree';

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

/**
 * The project and capital source a row names, checked the same way by every
 * investment import: both required, the project in the province (and in the
 * actor's reach: `authorizeProject` throws otherwise), the source a leaf of
 * the tree. Problems go to `errors` under the given column labels.
 */
export function rowProjectAndSource(
  errors: CellErrors,
  row: number,
  cells: { projectCode: string | null; sourceCode: string | null },
  lookup: {
    projects: ReadonlyMap<string, ProjectScope>;
    tree: SourceTree;
    provinceName: string;
    columns: { project: string; source: string };
    authorizeProject: (project: ProjectScope) => void;
  },
): { project: ProjectScope | undefined; source: SourceNode | undefined } {
  const { projectCode, sourceCode } = cells;
  const { columns } = lookup;
  const project = projectCode ? lookup.projects.get(projectCode) : undefined;
  if (!projectCode) errors.add(row, columns.project, 'bắt buộc');
  else if (!project)
    errors.add(
      row,
      columns.project,
      `không có dự án mã "${projectCode}" trong ${lookup.provinceName}`,
    );
  else lookup.authorizeProject(project);
  const source = sourceCode ? lookup.tree.byCode.get(normaliseSourceCode(sourceCode)) : undefined;
  if (!sourceCode) errors.add(row, columns.source, 'bắt buộc');
  else if (!source) errors.add(row, columns.source, `không có nguồn vốn mã "${sourceCode}"`);
  else if (!source.isLeaf)
    errors.add(
      row,
      columns.source,
      `"${source.code}" là nhóm nguồn vốn; hãy ghi nguồn vốn chi tiết`,
    );
  return { project, source };
}
