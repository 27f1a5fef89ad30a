import ExcelJS from 'exceljs';

/** A cell read back: text, number, a date as `YYYY-MM-DD`, or null. */
export type ReadCell = string | number | null;

/** One sheet read back: its rows of values, the frozen row count and the column widths. */
export interface ReadSheet {
  name: string;
  rows: ReadCell[][];
  frozenRows: number;
  widths: number[];
  /** The number format of a cell (1-based row and column). */
  format(row: number, column: number): string;
  /** Whether a cell is bold, and its indent level. */
  look(row: number, column: number): { bold: boolean; indent: number };
}

function valueOf(cell: ExcelJS.Cell): ReadCell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' || typeof v === 'string') return v;
  return cell.text;
}

/** Loads XLSX bytes with exceljs and reads every sheet back as plain rows. */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: ReadCell[][] = [];
    for (let r = 1; r <= ws.rowCount; r += 1) {
      const row = ws.getRow(r);
      const out: ReadCell[] = [];
      for (let c = 1; c <= ws.columnCount; c += 1) out.push(valueOf(row.getCell(c)));
      rows.push(out);
    }
    const view = ws.views[0];
    return {
      name: ws.name,
      rows,
      frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
      widths: Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width ?? 0),
      format: (row, column) => ws.getRow(row).getCell(column).numFmt,
      look: (row, column) => {
        const cell = ws.getRow(row).getCell(column);
        return { bold: cell.font.bold === true, indent: cell.alignment.indent ?? 0 };
      },
    };
  });
}

/** The sheet of that name; throws when the workbook lacks it. */
export function sheet(sheets: readonly ReadSheet[], name: string): ReadSheet {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet "${name}" in ${sheets.map((x) => x.name).join(', ')}`);
  return s;
}

/**
 * The table of a sheet: the header row (the last frozen row that is not the
 * ND 30 column-number row), the data rows under the frozen ones, and a
 * lookup of a row's cell by header.
 */
export function table(s: ReadSheet): {
  headers: string[];
  rows: ReadCell[][];
  cell(row: ReadCell[], header: string): ReadCell;
} {
  const frozen = s.rows.slice(0, s.frozenRows);
  const header =
    [...frozen].reverse().find((r) => !r.every((c) => c === null || /^\(\d+\)$/.test(String(c)))) ??
    [];
  const headers = header.map((h) => (h === null ? '' : String(h)));
  return {
    headers,
    rows: s.rows.slice(s.frozenRows),
    cell(row, name) {
      const i = headers.indexOf(name);
      if (i < 0) throw new Error(`no column "${name}" in ${headers.join(' | ')}`);
      return row[i] ?? null;
    },
  };
}
