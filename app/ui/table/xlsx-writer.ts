/**
 * The XLSX writer, loaded on demand: exceljs (the library the server uses for
 * imports), in its browser build. Bold frozen header row with filters;
 * column widths follow the longest value (up to 60 characters).
 */
import ExcelJS from 'exceljs';
import type { Column } from './columns';

const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/** The workbook bytes of one sheet holding the rows under the columns' headers. */
export async function buildWorkbook<Row>(options: {
  sheetName: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'dieuhanh';
  // Excel limits sheet names to 31 characters without []:*?/\.
  const sheet = workbook.addWorksheet(options.sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const widths = options.columns.map((c) => c.header.length + 2);
  sheet.addRow(options.columns.map((c) => c.header)).font = { bold: true };
  for (const row of options.rows) {
    const values = options.columns.map((c, i) => {
      const v = c.value(row) ?? null;
      widths[i] = Math.max(widths[i] ?? 0, String(v ?? '').length + 2);
      return v;
    });
    sheet.addRow(values);
  }
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));
  });
  if (options.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: options.columns.length },
    };
  }
  return workbook.xlsx.writeBuffer();
}
