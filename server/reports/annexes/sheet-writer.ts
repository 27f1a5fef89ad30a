/**
 * Writing annex tables into XLSX workbooks (exceljs): a title block naming the
 * report and its period, a bold header row frozen under it, numbers stored as
 * numbers with Vietnamese-looking formats, dates as real date cells shown
 * dd/mm/yyyy, column widths, and print setup (landscape, header repeated on
 * every page). Excel shows the digit grouping of the reader's locale: in a
 * Vietnamese Excel `#,##0.00` reads "1.234,50" (GUIDE §3.1).
 */
import ExcelJS from 'exceljs';
import { isLocalDate, ymd, type LocalDate } from '../../../shared/dates/local-date';

/** How a column's values are stored and shown. */
export type ColumnKind =
  /** Short text, one line. */
  | 'text'
  /** Text that wraps (contents, summaries, recipients). */
  | 'wrap'
  /** Whole counts: `#,##0`. */
  | 'integer'
  /** Amounts (already in the unit the title names): `#,##0`. */
  | 'amount'
  /** Measured figures: `#,##0` when whole, else `#,##0.00`. */
  | 'number'
  /** Percentages stored as percent numbers (28.63 for 28,63%): `0.00`. */
  | 'percent'
  /** `YYYY-MM-DD` local dates as date cells `dd/mm/yyyy`; other text stays text. */
  | 'date';

/** One column: its header label, width in characters and kind. */
export interface AnnexColumn {
  header: string;
  width: number;
  kind: ColumnKind;
}

/** A cell value before writing: text, number, a local date (date columns) or empty. */
export type AnnexCell = string | number | null | undefined;

/** A data row: its cells (aligned with the columns), optionally bold or indented (tree levels). */
export type AnnexRow =
  readonly AnnexCell[] | { cells: readonly AnnexCell[]; bold?: boolean; indent?: number };

/** A table sheet. */
export interface AnnexTable {
  /** Sheet name (at most 31 characters, no `/ \ ? * [ ]`). */
  name: string;
  /** Lines above the header: the report's name first, then its period, unit, money unit… */
  title: readonly string[];
  columns: readonly AnnexColumn[];
  rows: readonly AnnexRow[];
  /** A bold closing row (Tổng cộng), aligned with the columns. */
  total?: readonly AnnexCell[] | undefined;
  /** Print the ND 30 column-number row `(1) (2) (3)…` under the header (register books). */
  numberRow?: boolean;
  /** A line under the table when there are no rows (kept so the sheet's shape is stable). */
  emptyText?: string;
}

const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const HEADER_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7E6E6' },
} as const satisfies ExcelJS.Fill;

/** The number format of a number in a column of that kind. */
function numberFormat(kind: ColumnKind, value: number): string {
  if (kind === 'percent') return '0.00';
  return kind === 'number' && !Number.isInteger(value) ? '#,##0.00' : '#,##0';
}

/** A new workbook with the product as its creator. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dieuhanh';
  return wb;
}

/** The workbook's bytes. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A local date as the date cell Excel expects (exceljs writes dates at UTC midnight). */
export function xlsxDate(d: LocalDate): Date {
  const { year, month, day } = ymd(d);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Amounts in VND shown in triệu đồng (the unit of the ND 40 project forms). */
export function millions(vnd: number): number {
  return vnd / 1_000_000;
}

// Array.isArray does not narrow readonly arrays.
function isPlainRow(row: AnnexRow): row is readonly AnnexCell[] {
  return Array.isArray(row);
}

function cellsOf(row: AnnexRow): { cells: readonly AnnexCell[]; bold: boolean; indent: number } {
  return isPlainRow(row)
    ? { cells: row, bold: false, indent: 0 }
    : { cells: row.cells, bold: row.bold ?? false, indent: row.indent ?? 0 };
}

/**
 * Cell styles shared by every cell that looks alike: exceljs writes a style
 * per cell, and one object for all of them halves the time of a long register.
 * A shared style is never mutated.
 */
class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  get(opts: {
    wrap: boolean;
    bold: boolean;
    indent: number;
    numFmt: string | null;
    centred: boolean;
  }): Partial<ExcelJS.Style> {
    const key = JSON.stringify(opts);
    let style = this.styles.get(key);
    if (!style) {
      style = {
        border: BORDER,
        font: opts.bold ? { ...FONT, bold: true } : FONT,
        alignment: {
          vertical: 'top',
          ...(opts.centred ? { horizontal: 'center' } : {}),
          ...(opts.wrap ? { wrapText: true } : {}),
          ...(opts.indent > 0 ? { indent: opts.indent } : {}),
        },
        ...(opts.numFmt ? { numFmt: opts.numFmt } : {}),
      };
      this.styles.set(key, style);
    }
    return style;
  }
}

function writeCell(
  cell: ExcelJS.Cell,
  column: AnnexColumn,
  value: AnnexCell,
  opts: { bold: boolean; indent: number; styles: StyleCache },
): void {
  const base = { wrap: column.kind === 'wrap', bold: opts.bold, indent: 0, centred: false };
  if (value === null || value === undefined || value === '') {
    cell.style = opts.styles.get({ ...base, numFmt: null });
  } else if (column.kind === 'date' && typeof value === 'string' && isLocalDate(value)) {
    cell.value = xlsxDate(value);
    cell.style = opts.styles.get({ ...base, numFmt: 'dd/mm/yyyy', centred: true });
  } else if (typeof value === 'number') {
    cell.value = value;
    cell.style = opts.styles.get({ ...base, numFmt: numberFormat(column.kind, value) });
  } else {
    cell.value = value;
    cell.style = opts.styles.get({ ...base, numFmt: null, indent: opts.indent });
  }
}

/**
 * Adds a table sheet: title lines merged across the table, the header (and
 * the column-number row) frozen, one row per data row, the total in bold.
 */
export function addTableSheet(wb: ExcelJS.Workbook, table: AnnexTable): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(table.name);
  const n = table.columns.length;
  table.title.forEach((line, i) => {
    const row = ws.addRow([line]);
    ws.mergeCells(row.number, 1, row.number, n);
    const cell = row.getCell(1);
    cell.font = { ...FONT, bold: i === 0, italic: i > 0, size: i === 0 ? 13 : 12 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.height = i === 0 ? 36 : 18;
  });
  const header = ws.addRow(table.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = HEADER_FILL;
  });
  header.height = 45;
  let frozen = header.number;
  if (table.numberRow) {
    const numbers = ws.addRow(table.columns.map((_, i) => `(${i + 1})`));
    numbers.eachCell((cell) => {
      cell.font = { ...FONT, italic: true };
      cell.alignment = { horizontal: 'center' };
      cell.border = BORDER;
    });
    frozen = numbers.number;
  }
  const styles = new StyleCache();
  for (const r of table.rows) {
    const { cells, bold, indent } = cellsOf(r);
    const row = ws.addRow([]);
    table.columns.forEach((column, i) => {
      writeCell(row.getCell(i + 1), column, cells[i], { bold, indent, styles });
    });
  }
  if (table.rows.length === 0 && table.emptyText) {
    const row = ws.addRow([table.emptyText]);
    ws.mergeCells(row.number, 1, row.number, n);
    row.getCell(1).font = { ...FONT, italic: true };
  }
  if (table.total) {
    const row = ws.addRow([]);
    table.columns.forEach((column, i) => {
      writeCell(row.getCell(i + 1), column, table.total?.[i], { bold: true, indent: 0, styles });
    });
  }
  table.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}` }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${header.number}:${frozen}`,
  };
  return ws;
}

/** The media type of XLSX workbooks. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An annex workbook ready to download or write: its file name and bytes. */
export interface AnnexFile {
  fileName: string;
  mediaType: typeof XLSX_MEDIA_TYPE;
  bytes: Buffer;
}

/** Wraps a finished workbook as a file. */
export async function annexFile(wb: ExcelJS.Workbook, fileName: string): Promise<AnnexFile> {
  return { fileName, mediaType: XLSX_MEDIA_TYPE, bytes: await workbookBytes(wb) };
}
