/**
 * The office imports an Excel file of disbursements (docs/IMPORT.md) and the
 * investor ranking of the disbursement dashboard changes; a file with one bad
 * row is refused naming its row and column, and nothing changes.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs } from './support/api';
import { useBrowser } from './support/session';

const browser = useBrowser();

/** The template's header row (server/investment/import-disbursements.ts DISBURSEMENT_IMPORT_COLUMNS). */
const HEADERS = [
  'Mã dự án',
  'Mã nguồn vốn',
  'Năm kế hoạch',
  'Ngày giải ngân',
  'Loại',
  'Số tiền',
  'Thu hồi tạm ứng',
  'Số chứng từ',
  'Ghi chú',
];
/** Row numbers in the sheet: the title is row 1, the headers row 2, data from row 3. */
const FIRST_DATA_ROW = 3;

type Cell = string | number | null;

/** A disbursement workbook as the treasury's figures are kept: a title, the headers, the rows. */
async function disbursementWorkbook(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Giải ngân');
  sheet.addRow(['SỐ LIỆU GIẢI NGÂN VỐN ĐẦU TƯ CÔNG THÁNG 7/2023']);
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface ProjectDetail {
  code: string;
  plans: Array<{ year: number; source: { code: string }; current: { pmAmount: number } }>;
  disbursements: Array<{ planYear: number; source: { code: string }; netAmount: number }>;
}

/**
 * Payments bringing each of the investor's 2023 plan lines halfway from what
 * it has disbursed to its plan (the demo's codes, read through the API).
 */
async function paymentsFor(baseURL: string, investorId: number): Promise<Cell[][]> {
  const office = await apiAs(baseURL, 'office');
  const list = await office.get<{ items: Array<{ id: number }> }>(
    `/api/v1/investment/projects?investorId=${investorId}&year=2023&pageSize=100`,
  );
  const rows: Cell[][] = [];
  for (const { id } of list.items) {
    const p = await office.get<ProjectDetail>(`/api/v1/investment/projects/${id}?year=2023`);
    for (const plan of p.plans.filter((l) => l.year === 2023)) {
      const done = p.disbursements
        .filter((x) => x.planYear === 2023 && x.source.code === plan.source.code)
        .reduce((s, x) => s + x.netAmount, 0);
      const amount = Math.floor((plan.current.pmAmount - done) / 2 / 1e6) * 1e6;
      if (amount <= 0) continue;
      rows.push([
        p.code,
        plan.source.code,
        2023,
        '05/07/2023',
        'Thanh toán',
        amount,
        null,
        `KB-E2E-${rows.length + 1}`,
        'Thanh toán khối lượng hoàn thành',
      ]);
    }
  }
  return rows;
}

function rankingTable(page: Page) {
  return page.getByRole('table', { name: 'Tỷ lệ giải ngân theo chủ đầu tư (cả hai mẫu số)' });
}

/** The rank and disbursed amount the ranking table shows for an investor. */
async function standing(page: Page, investor: string) {
  const row = rankingTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: investor, exact: true }) });
  const cells = row.getByRole('cell');
  const rank = Number(await cells.nth(0).textContent());
  const disbursed = (await cells.nth(5).textContent()) ?? '';
  return { rank, disbursed };
}

async function openDashboard(page: Page) {
  await page
    .getByRole('heading', { level: 1, name: 'Giải ngân vốn đầu tư công năm 2023' })
    .waitFor();
  await rankingTable(page).waitFor();
}

async function upload(page: Page, name: string, bytes: Buffer) {
  await page.getByLabel('Loại số liệu').selectOption({ label: 'Giải ngân (tạm ứng, thanh toán)' });
  await page.getByLabel('Tệp Excel (.xlsx)').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await page.getByRole('button', { name: 'Nhập tệp' }).click();
}

describe('importing disbursements', () => {
  it('refuses a file with one bad row, then imports a clean one and the investor moves up', async () => {
    const page = await browser.page('office', '/chi-tieu-dau-tu/giai-ngan');
    await openDashboard(page);

    // The investor ranked last: its name, then its id for reading its projects.
    const lastRow = rankingTable(page).getByRole('row').last();
    const investor = (await lastRow.getByRole('cell').nth(1).textContent()) ?? '';
    const before = await standing(page, investor);
    expect(before.rank).toBeGreaterThan(1);
    const office = await apiAs(browser.baseURL, 'office');
    const dashboard = await office.get<{
      investors: { rows: Array<{ investor: { id: number; name: string } }> };
    }>('/api/v1/investment/dashboard');
    const investorId = dashboard.investors.rows.find((r) => r.investor.name === investor)?.investor
      .id;
    if (investorId === undefined) throw new Error(`${investor} is not in the ranking`);
    const payments = await paymentsFor(browser.baseURL, investorId);
    expect(payments.length).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Nhập số liệu từ Excel' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Nhập số liệu đầu tư công từ Excel' })
      .waitFor();

    // One bad row (text in the amount column) after the good ones: nothing is imported.
    const bad = [...payments, [...(payments[0] ?? [])]];
    const badRow = bad.length - 1 + FIRST_DATA_ROW;
    const last = bad[bad.length - 1] ?? [];
    last[5] = 'một tỷ';
    last[7] = 'KB-E2E-LOI';
    await upload(page, 'giai-ngan-loi.xlsx', await disbursementWorkbook(bad));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const details = alert.getByRole('table', { name: 'Chi tiết lỗi' });
    const errorRows = details.getByRole('row').filter({ has: page.getByRole('cell') });
    expect(await errorRows.count()).toBe(1);
    const cells = await errorRows.first().getByRole('cell').allTextContents();
    expect(cells[0]).toBe(String(badRow));
    expect(cells[1]).toBe('Số tiền');
    expect(await page.getByRole('status').filter({ hasText: 'Đã nhập' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Về bảng điều hành giải ngân' }).click();
    await openDashboard(page);
    expect(await standing(page, investor)).toEqual(before);

    // The clean file: every row is imported and the investor climbs the ranking.
    await page.getByRole('link', { name: 'Nhập số liệu từ Excel' }).click();
    await upload(page, 'giai-ngan.xlsx', await disbursementWorkbook(payments));
    const done = page.getByRole('status').filter({
      hasText: `Đã nhập ${payments.length} dòng giải ngân từ trang tính “Giải ngân”`,
    });
    await done.waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await done.getByRole('link', { name: 'Xem bảng điều hành giải ngân' }).click();
    await openDashboard(page);
    await expect
      .poll(async () => (await standing(page, investor)).rank, { timeout: 15_000 })
      .toBeLessThan(before.rank);
    expect((await standing(page, investor)).disbursed).not.toBe(before.disbursed);
  });
});
