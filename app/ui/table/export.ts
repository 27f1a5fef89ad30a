/**
 * Excel export of a table's current view: every row matching the filters
 * (all pages fetched), the visible columns. The XLSX writer (exceljs) is
 * imported only when the user exports, so it stays out of the initial bundle.
 */
import type { Column } from './columns';

/** A page of a paginated list endpoint. */
export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The largest page the API serves. */
export const MAX_PAGE_SIZE = 500;

/** Fetches every page of a list, reporting progress, up to a safety limit of rows. */
export async function fetchAllPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<PageOf<T>>,
  onProgress?: (done: number, total: number) => void,
  limit = 100_000,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchPage(page, MAX_PAGE_SIZE);
    rows.push(...result.items);
    onProgress?.(rows.length, result.total);
    if (result.items.length === 0 || rows.length >= result.total || rows.length >= limit) break;
  }
  return rows;
}

/** Builds the XLSX in the browser and hands it to the user as a download. */
export async function downloadXlsx<Row>(options: {
  fileName: string;
  sheetName: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}): Promise<void> {
  const { buildWorkbook } = await import('./xlsx-writer');
  const bytes = await buildWorkbook(options);
  const blob = new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = options.fileName.endsWith('.xlsx')
    ? options.fileName
    : `${options.fileName}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
