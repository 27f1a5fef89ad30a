/** Importing a register from Excel (ND 30 Phụ lục IV): errors by row and column, or the count imported; statistics by period. */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openNav } from './support/journeys';
import { useBrowser } from './support/session';

const browser = useBrowser();

const INCOMING_HEADERS = [
  'Ngày đến',
  'Số đến',
  'Tác giả',
  'Số, ký hiệu',
  'Ngày tháng',
  'Tên loại và trích yếu nội dung',
  'Đơn vị hoặc người nhận',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
];

/** A register workbook as offices keep it: a title row, the headers, the column numbers, the rows. */
async function registerWorkbook(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ đến');
  sheet.addRow(['SỔ ĐĂNG KÝ VĂN BẢN ĐẾN']);
  sheet.addRow(INCOMING_HEADERS);
  sheet.addRow(INCOMING_HEADERS.map((_, i) => `(${i + 1})`));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const GOOD_ROWS = [
  [
    '02/02/2023',
    1,
    'Bộ Tư pháp',
    '512/BTP-VP',
    '30/01/2023',
    'Công văn V/v tổng kết công tác tư pháp',
    'Phòng VB',
    null,
    null,
    null,
  ],
  [
    '03/02/2023',
    2,
    'Tỉnh ủy',
    '450-CV/TU',
    '01/02/2023',
    'Công văn V/v lấy ý kiến dự thảo',
    'Lãnh đạo Sở',
    null,
    null,
    null,
  ],
];

async function upload(page: Awaited<ReturnType<typeof browser.page>>, name: string, bytes: Buffer) {
  await page.getByLabel('Nhập vào sổ của đơn vị').selectOption({ label: 'Sở Tư pháp' });
  await page.getByLabel('Tệp Excel (.xlsx)').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await page.getByRole('button', { name: 'Nhập tệp' }).click();
}

describe('importing a register', () => {
  it('shows the errors by row and column and imports nothing, then imports a clean file whole', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Nhập sổ từ Excel');
    const bad = await registerWorkbook([
      ...GOOD_ROWS,
      [
        '04/02/2023',
        3,
        'Sở Nội vụ',
        '77/SNV-TCBC',
        '31/02/2023',
        'Công văn ngày không có thật',
        null,
        null,
        null,
        null,
      ],
    ]);
    await upload(page, 'so-den-loi.xlsx', bad);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const details = alert.getByRole('table', { name: 'Chi tiết lỗi' });
    const row = details.getByRole('row').filter({ hasText: 'Ngày tháng' });
    expect(await row.getByRole('cell').first().textContent()).toBe('6');

    await upload(page, 'so-den.xlsx', await registerWorkbook(GOOD_ROWS));
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã nhập 2 văn bản từ trang tính “Sổ đến”.' })
      .waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('statistics of issued documents', () => {
  it('counts by category for the ND 09 half-year and for the calendar one', async () => {
    const page = await browser.page('leader');
    await openNav(page, 'Thống kê văn bản');
    // Today is 10/7/2023: the last closed half-year window is 15/12/2022–14/6/2023.
    const table = page.getByRole('table', { name: /ban hành từ 15\/12\/2022 đến 14\/6\/2023$/ });
    await table.waitFor();
    const counts = await table.getByRole('cell').allTextContents();
    const numbers = counts.map((c) => Number(c.replace(/\./g, '')));
    const total = numbers.pop();
    expect(numbers).toHaveLength(6);
    expect(total).toBe(numbers.reduce((a, b) => a + b, 0));
    expect(total).toBeGreaterThan(0);

    // Sorting by the count (largest first) keeps the total on the last line.
    const byCount = table.getByRole('columnheader', { name: /Số văn bản/ });
    await byCount.getByRole('button').click();
    await byCount.getByRole('button').click();
    expect(await byCount.getAttribute('aria-sort')).toBe('descending');
    const sorted = (await table.getByRole('cell').allTextContents()).map((c) =>
      Number(c.replace(/\./g, '')),
    );
    expect(sorted).toEqual([...numbers].sort((a, b) => b - a).concat(total ?? NaN));
    expect(await table.getByRole('row').last().getByRole('rowheader').textContent()).toBe(
      'Tổng cộng',
    );

    // The Excel file is the table as shown: the categories in that order, then the total.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as its own ArrayBuffer-like Buffer.
    await workbook.xlsx.load(
      (await readFile(await (await download).path())) as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(8);
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Loại', 'Số văn bản']);
    const exported = [2, 3, 4, 5, 6, 7, 8].map((r) => sheet?.getRow(r).getCell(2).value);
    expect(exported).toEqual(sorted);
    expect(sheet?.getRow(8).getCell(1).value).toBe('Tổng cộng');

    await page.getByLabel('Cách tính').selectOption({ label: 'Theo lịch' });
    await page.getByText('6 tháng đầu năm 2023: từ 01/01/2023 đến 30/6/2023').waitFor();
    await page.getByRole('button', { name: 'Thống kê', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('basis') === 'calendar');
    await page.getByRole('table', { name: /ban hành từ 01\/01\/2023 đến 30\/6\/2023$/ }).waitFor();
  });
});
