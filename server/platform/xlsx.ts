import ExcelJS from 'exceljs';
import { AppError } from './errors';
import { isValidYmd, localDate, type LocalDate } from '../../shared/dates/local-date';
import { parseViDate } from '../../shared/vi/date';
import { nfc, viFold } from '../../shared/vi/text';

/** A sheet read into plain rows: the header labels and, per data row, its Excel row number and cell texts. */
export interface SheetRows {
  sheetName: string;
  headerRow: number;
  headers: string[];
  rows: Array<{ row: number; cells: Array<CellValue> }>;
}

/** A cell as the importers see it: text, number, a calendar date, or empty. */
export type CellValue = string | number | { date: LocalDate } | null;

/**
 * Reads the first worksheet whose header row (within the first 15 rows)
 * contains every one of `required` (folded, diacritics-insensitive). Throws
 * IMPORT_BAD_FILE when the bytes are not an XLSX workbook or no sheet matches.
 */
export async function readSheet(
  bytes: Uint8Array,
  required: readonly string[],
): Promise<SheetRows> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_BAD_FILE', {
      field: 'file',
      params: { reason: 'tệp không phải bảng tính Excel (.xlsx) hợp lệ' },
    });
  }
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(15, ws.rowCount); r += 1) {
      const labels = rowTexts(ws.getRow(r));
      const folded = labels.map((l) => viFold(l));
      if (required.every((req) => folded.some((f) => f.includes(viFold(req))))) {
        const rows: SheetRows['rows'] = [];
        for (let i = r + 1; i <= ws.rowCount; i += 1) {
          const row = ws.getRow(i);
          const cells = labels.map((_, c) => cellValue(row.getCell(c + 1)));
          if (cells.every((c) => c === null)) continue;
          // Skip the column-number row ND 30 templates print under the header: (1) (2) (3)…
          if (
            cells.every(
              (c) =>
                c === null ||
                (typeof c === 'string' && /^\(?\d+\)?$/.test(c)) ||
                typeof c === 'number',
            ) &&
            i === r + 1
          ) {
            continue;
          }
          rows.push({ row: i, cells });
        }
        return { sheetName: ws.name, headerRow: r, headers: labels, rows };
      }
    }
  }
  throw new AppError('IMPORT_BAD_FILE', {
    field: 'file',
    params: { reason: `không tìm thấy dòng tiêu đề có các cột: ${required.join('; ')}` },
  });
}

function rowTexts(row: ExcelJS.Row): string[] {
  const out: string[] = [];
  for (let c = 1; c <= row.cellCount; c += 1) {
    const v = cellValue(row.getCell(c));
    out.push(
      v === null ? '' : typeof v === 'object' ? v.date : String(v).replace(/\s+/g, ' ').trim(),
    );
  }
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return out;
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    // Excel dates carry no zone; exceljs builds them at UTC midnight.
    const y = v.getUTCFullYear();
    const m = v.getUTCMonth() + 1;
    const d = v.getUTCDate();
    return isValidYmd(y, m, d) ? { date: localDate(y, m, d) } : null;
  }
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? null : nfc(v).trim();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object' && 'richText' in v)
    return nfc(v.richText.map((t) => t.text).join('')).trim() || null;
  if (typeof v === 'object' && 'result' in v) {
    const r = (v as { result?: unknown }).result;
    return typeof r === 'number' || typeof r === 'string' ? r : null;
  }
  if (typeof v === 'object' && 'text' in v)
    return nfc(String((v as { text: unknown }).text)).trim() || null;
  return null;
}

/** The text of a cell, or null. */
export function cellText(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === 'object') return v.date;
  return String(v);
}

/** A date cell (real date or `dd/mm/yyyy` / `YYYY-MM-DD` text); a reason when it is not one. */
export function cellDate(
  v: CellValue,
): { ok: true; value: LocalDate } | { ok: false; reason: string } | null {
  if (v === null) return null;
  if (typeof v === 'object') return { ok: true, value: v.date };
  if (typeof v === 'number') return { ok: false, reason: `"${v}" không phải ngày` };
  const r = parseViDate(v);
  return r.ok
    ? r
    : {
        ok: false,
        reason:
          r.reason === 'impossible'
            ? `"${v}" không phải ngày có thật`
            : `"${v}" không đúng dạng ngày dd/mm/yyyy`,
      };
}

/** A whole number cell; a reason when it is not one. */
export function cellInteger(
  v: CellValue,
): { ok: true; value: number } | { ok: false; reason: string } | null {
  if (v === null) return null;
  if (typeof v === 'number' && Number.isInteger(v)) return { ok: true, value: v };
  if (typeof v === 'string' && /^\d+$/.test(v.replace(/\./g, '')))
    return { ok: true, value: Number(v.replace(/\./g, '')) };
  return { ok: false, reason: `"${cellText(v) ?? ''}" không phải số nguyên` };
}
