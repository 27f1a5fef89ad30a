import { createHash } from 'node:crypto';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError, isAppError, type ErrorDetail } from '../platform/errors';
import { errorMessage } from '../platform/render-error';
import { cellInteger, cellText, readSheet, type CellValue } from '../platform/xlsx';
import { authorize } from '../access/policy';
import { recordAudit, withAuditBatch } from '../audit/record-audit';
import { formatPeriodRef, periodLabel } from '../../shared/periods/periods';
import { parseViNumber } from '../../shared/vi/number';
import { nfc, viFold } from '../../shared/vi/text';
import type { LocalDate } from '../../shared/dates/local-date';
import { chooseProvince } from './indicator-access';
import { parsePeriodCell } from './indicator-periods';
import { valueChecker, type ValueChecker } from './value-checker';
import { recordValue, valueParts, type NewValue } from './value-rules';

/** Column headers of the indicator-values template (docs/IMPORT.md). */
export const INDICATOR_IMPORT_COLUMNS = {
  code: 'Mã chỉ tiêu',
  unit: 'Đơn vị',
  year: 'Năm',
  period: 'Kỳ',
  value: 'Giá trị',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  estimate: 'Ước tính',
  note: 'Ghi chú',
} as const;
const C = INDICATOR_IMPORT_COLUMNS;

/** Which column a use-case field lives in. */
const FIELD_COLUMN: Readonly<Record<string, string>> = {
  indicator: C.code,
  unit: C.unit,
  period: C.period,
  value: C.value,
  numerator: C.numerator,
  denominator: C.denominator,
};

/** Result of a successful import. */
export interface ImportIndicatorValuesResult {
  imported: number;
  approved: number;
  pending: number;
  sheet: string;
  sha256: string;
}

type Row = { row: number; cells: CellValue[] };

/**
 * Imports period values from an XLSX file (template in docs/IMPORT.md). All
 * or nothing: every row is checked first — text in a number column, a period
 * not of the indicator's kind or not yet begun, a locked period, the same
 * figure twice in the file, an unknown indicator or unit code — and every
 * problem is reported by row and column in Vietnamese; only a clean file is
 * written, in one transaction, with one audit entry (file hash and counts).
 * Figures follow the approval rules of the importing user.
 */
export async function importIndicatorValues(
  ctx: AppContext,
  opts: {
    actor: Actor;
    fileName: string;
    bytes: Uint8Array;
    province?: string | number | undefined;
    onProgress?: ((done: number, total: number, phase: 'check' | 'write') => void) | undefined;
  },
): Promise<ImportIndicatorValuesResult> {
  authorize(opts.actor, 'indicator.enter');
  const today = ctx.clock.today();
  const sha256 = createHash('sha256').update(opts.bytes).digest('hex');
  const sheet = await readSheet(opts.bytes, [C.code, C.year, C.period]);
  const col = columnFinder(sheet.headers);
  return ctx.db.write(async (tx) => {
    const province = await chooseProvince(tx, opts.actor, today, opts.province);
    const check = valueChecker(tx, opts.actor, province, today);
    const errors: ErrorDetail[] = [];
    const err = (row: number, column: string, reason: string, reasonEn: string) =>
      errors.push({ code: 'INDICATOR_IMPORT_CELL', row, column, params: { reason, reasonEn } });
    const fromAppError = (row: number, e: AppError) => {
      const column = FIELD_COLUMN[e.field?.split('.').at(-1) ?? ''] ?? C.code;
      const strip = (s: string) => s.replace(/^(?:Trường|Field) "[^"]*":\s*/, '');
      err(
        row,
        column,
        strip(errorMessage(e.code, 'vi', e.params)),
        strip(errorMessage(e.code, 'en', e.params)),
      );
    };
    const planned: Array<NewValue & { row: number }> = [];
    const firstRowOf = new Map<string, number>();
    for (const [n, r] of sheet.rows.entries()) {
      try {
        const v = await checkRow(r, col, err, check, today);
        if (v) {
          const key = `${v.ind.id}|${v.subject.id}|${formatPeriodRef(v.period)}`;
          const first = firstRowOf.get(key);
          if (first !== undefined)
            err(
              r.row,
              C.period,
              `trùng với dòng ${first} (cùng chỉ tiêu "${v.ind.code}", đơn vị, ${periodLabel(v.period)})`,
              `duplicates row ${first} (same indicator "${v.ind.code}", unit and period)`,
            );
          else {
            firstRowOf.set(key, r.row);
            planned.push({ ...v, source: 'import', sourceRef: opts.fileName, row: r.row });
          }
        }
      } catch (e) {
        if (!isAppError(e) || e.code === 'FORBIDDEN') throw e;
        fromAppError(r.row, e);
      }
      opts.onProgress?.(n + 1, sheet.rows.length, 'check');
    }
    if (sheet.rows.length === 0)
      err(
        sheet.headerRow + 1,
        C.code,
        'tệp không có dòng dữ liệu nào',
        'the file has no data rows',
      );
    if (errors.length > 0)
      throw new AppError('IMPORT_FAILED', { params: { count: errors.length }, details: errors });

    // One audit entry for the whole file (its hash and row counts), not one per figure.
    const { result: statuses, writes } = await withAuditBatch(async () => {
      const out: string[] = [];
      for (const [n, p] of planned.entries()) {
        out.push((await recordValue(ctx, tx, opts.actor, p)).status);
        opts.onProgress?.(n + 1, planned.length, 'write');
      }
      return out;
    });
    const approved = statuses.filter((s) => s === 'approved').length;
    await recordAudit(tx, ctx.systemNow(), {
      actor: opts.actor,
      action: 'indicator.import',
      entity: 'province',
      entityId: province.id,
      details: {
        fileName: opts.fileName,
        sha256,
        rows: planned.length,
        approved,
        writes,
        sheet: sheet.sheetName,
      },
    });
    return {
      imported: planned.length,
      approved,
      pending: planned.length - approved,
      sheet: sheet.sheetName,
      sha256,
    };
  });
}

/** Finds a column by its header: an exact (folded) match first, else one that contains it. */
function columnFinder(headers: string[]) {
  const folded = headers.map((h) => viFold(h));
  return (label: string): number => {
    const f = viFold(label);
    const exact = folded.indexOf(f);
    return exact >= 0
      ? exact
      : folded.findIndex((h) => h.startsWith(`${f} `) && !h.startsWith(`${f} tinh`));
  };
}

/** A number cell: an Excel number or Vietnamese notation text (`1.234,5`). */
function cellNumber(v: CellValue): { ok: true; value: number } | { ok: false } | null {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
  if (typeof v === 'string') {
    const n = parseViNumber(v);
    return n === null ? { ok: false } : { ok: true, value: n };
  }
  return { ok: false };
}

const YES = new Set(['x', 'co', 'uoc', 'uoc tinh', '1', 'true', 'yes']);
const NO = new Set(['khong', '0', 'false', 'no', '-']);

/** Checks one row; reports cell problems through `err` and returns the figure when the row is whole. */
async function checkRow(
  r: Row,
  col: (label: string) => number,
  err: (row: number, column: string, reason: string, reasonEn: string) => void,
  check: ValueChecker,
  today: LocalDate,
): Promise<Omit<NewValue, 'source' | 'sourceRef'> | null> {
  const cell = (label: string): CellValue => {
    const i = col(label);
    return i < 0 ? null : (r.cells[i] ?? null);
  };
  let ok = true;
  const bad = (column: string, reason: string, reasonEn: string) => {
    ok = false;
    err(r.row, column, reason, reasonEn);
  };
  const notNumber = (column: string, v: CellValue) =>
    bad(
      column,
      `"${cellText(v) ?? ''}" không phải là số (viết 1.234,5 hoặc nhập ô số)`,
      `"${cellText(v) ?? ''}" is not a number`,
    );

  const code = cellText(cell(C.code));
  if (!code) bad(C.code, 'bắt buộc', 'required');
  const yearCell = cellInteger(cell(C.year));
  let year: number | null = null;
  if (!yearCell) bad(C.year, 'bắt buộc', 'required');
  else if (!yearCell.ok || yearCell.value < 2000 || yearCell.value > 2100)
    bad(
      C.year,
      `"${cellText(cell(C.year)) ?? ''}" không phải năm (2000–2100)`,
      `"${cellText(cell(C.year)) ?? ''}" is not a year (2000–2100)`,
    );
  else year = yearCell.value;
  const numbers: Record<'value' | 'numerator' | 'denominator', number | null> = {
    value: null,
    numerator: null,
    denominator: null,
  };
  for (const [key, column] of [
    ['value', C.value],
    ['numerator', C.numerator],
    ['denominator', C.denominator],
  ] as const) {
    const v = cell(column);
    const n = cellNumber(v);
    if (n && !n.ok) notNumber(column, v);
    else if (n?.ok) numbers[key] = n.value;
  }
  const estimateText = cellText(cell(C.estimate));
  let estimate = false;
  if (estimateText !== null) {
    const f = viFold(estimateText);
    if (YES.has(f)) estimate = true;
    else if (!NO.has(f))
      bad(
        C.estimate,
        `"${estimateText}" không rõ; ghi "x" (ước tính) hoặc để trống`,
        `"${estimateText}" is unclear; write "x" for an estimate or leave it empty`,
      );
  }
  const noteText = cellText(cell(C.note));
  const note = noteText ? nfc(noteText).trim().slice(0, 1000) : null;

  if (!code) return null;
  const ind = await check.indicator(code, 'indicator');
  if (ind.aggregation !== 'ratio' && numbers.value === null && cell(C.value) === null)
    bad(C.value, 'bắt buộc', 'required');
  if (year === null) return null;
  const periodCell = cell(C.period);
  const raw = typeof periodCell === 'object' && periodCell !== null ? periodCell.date : periodCell;
  const period = parsePeriodCell(raw, year, ind.frequency);
  if (!period) {
    bad(
      C.period,
      raw === null
        ? 'bắt buộc'
        : `"${String(raw)}" không phải là kỳ báo cáo (ví dụ: Tháng 5, Quý II, 6 tháng đầu năm, Năm)`,
      raw === null ? 'required' : `"${String(raw)}" is not a report period`,
    );
    return null;
  }
  const unitText = cellText(cell(C.unit));
  const subject = await check.subject(ind, unitText, 'unit');
  const range = await check.period(ind, period, 'period');
  if (!ok) return null;
  const parts = valueParts(ind, numbers, '');
  return { ind, subject, period, range, ...parts, estimate, note, enteredOn: today };
}
