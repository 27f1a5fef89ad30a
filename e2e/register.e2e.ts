/** Browsing the register: diacritics-free search, filters, sorting, pages, columns, Excel export, detail. */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../shared/vi/number';
import {
  openNav,
  registerTable,
  registerTotal,
  searchRegister,
  tableSettled,
} from './support/journeys';
import { useBrowser } from './support/session';

const browser = useBrowser();

/** The texts of one column of the register table (by header name). */
async function columnTexts(
  page: Awaited<ReturnType<typeof browser.page>>,
  header: string,
): Promise<string[]> {
  const table = registerTable(page);
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((h) => h.replace(/[↕▲▼]/g, '').trim() === header);
  if (index < 0) throw new Error(`no column "${header}" in ${headers.join(' | ')}`);
  const rows = table.getByRole('row');
  const out: string[] = [];
  for (let i = 1; i < (await rows.count()); i++) {
    out.push((await rows.nth(i).getByRole('cell').nth(index).textContent()) ?? '');
  }
  return out;
}

describe('the document register', () => {
  it('finds "Kế hoạch" when searched without diacritics, as many as with them', async () => {
    const page = await browser.page('leader');
    await openNav(page, 'Sổ văn bản');
    await tableSettled(page);
    const all = await registerTotal(page);
    const plain = await searchRegister(page, 'ke hoach');
    expect(plain).toBeGreaterThan(0);
    expect(plain).toBeLessThan(all);
    const rowsText = await registerTable(page).getByRole('row').allTextContents();
    expect(rowsText.some((t) => t.includes('Kế hoạch') || t.includes('kế hoạch'))).toBe(true);
    const accented = await searchRegister(page, 'kế hoạch');
    expect(accented).toBe(plain);
  });

  it('says so when nothing matches', async () => {
    const page = await browser.page('viewer', '/van-ban');
    await tableSettled(page);
    expect(await searchRegister(page, 'khong co van ban nao nhu the nay')).toBe(0);
    await page.getByText('Không có văn bản nào khớp bộ lọc.').waitFor();
  });

  it('filters by type, sorts by date, and pages through the result', async () => {
    const page = await browser.page('leader', '/van-ban');
    await tableSettled(page);
    const filters = page.getByRole('search', { name: 'Bộ lọc' });
    await filters.getByLabel('Loại văn bản').selectOption({ label: 'Quyết định (QĐ)' });
    await filters.getByRole('button', { name: 'Lọc' }).first().click();
    await page.waitForURL((url) => url.searchParams.get('type') === 'QD');
    await tableSettled(page);
    expect(new Set(await columnTexts(page, 'Tên loại'))).toEqual(new Set(['Quyết định']));

    const dateHeader = registerTable(page).getByRole('columnheader', { name: /Ngày ban hành/ });
    expect(await dateHeader.getAttribute('aria-sort')).toBe('descending');
    await dateHeader.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'issueDate');
    await tableSettled(page);
    expect(await dateHeader.getAttribute('aria-sort')).toBe('ascending');
    const dates = (await columnTexts(page, 'Ngày ban hành')).map((d) =>
      d
        .split('/')
        .reverse()
        .map((p) => p.padStart(2, '0'))
        .join('-'),
    );
    expect(dates).toEqual([...dates].sort());

    await page
      .getByRole('navigation', { name: 'Phân trang' })
      .getByRole('button', { name: 'Trang sau' })
      .click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await tableSettled(page);
    expect(await page.getByText(/^Trang 2\/\d+$/).isVisible()).toBe(true);
  });

  it('remembers the columns chosen for the table', async () => {
    const page = await browser.page('leader', '/van-ban');
    await tableSettled(page);
    const table = registerTable(page);
    expect(await table.getByRole('columnheader', { name: 'Tên loại' }).count()).toBe(1);
    await page.getByText('Cột hiển thị', { exact: true }).click();
    await page.getByRole('group', { name: 'Cột hiển thị' }).getByLabel('Tên loại').uncheck();
    await page.getByRole('group', { name: 'Cột hiển thị' }).getByLabel('Người ký').check();
    expect(await table.getByRole('columnheader', { name: 'Tên loại' }).count()).toBe(0);
    await page.reload();
    await tableSettled(page);
    expect(await table.getByRole('columnheader', { name: 'Tên loại' }).count()).toBe(0);
    expect(await table.getByRole('columnheader', { name: 'Người ký' }).count()).toBe(1);
  });

  it('exports every row matching the filters to Excel, not only the page shown', async () => {
    const page = await browser.page('office', '/van-ban?type=QD&pageSize=20');
    await tableSettled(page);
    const total = await registerTotal(page);
    expect(total).toBeGreaterThan(500); // more than one page of the API
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as its own ArrayBuffer-like Buffer.
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(total + 1);
    const header = sheet?.getRow(1).values as unknown[];
    expect(header).toContain('Số, ký hiệu');
    expect(header).toContain('Trích yếu');
    await page.getByText(`Đã xuất ${formatNumber(total)} dòng ra tệp Excel.`).waitFor();
  });

  it('shows an entry with its ND 30 fields, tags and files', async () => {
    const page = await browser.page('leader', '/van-ban');
    await searchRegister(page, '222/BC-UBND');
    await registerTable(page).getByRole('link', { name: '222/BC-UBND' }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo 222/BC-UBND' }).waitFor();
    const fields = page.getByRole('region', { name: /Thông tin văn bản/ });
    for (const label of [
      'Số, ký hiệu',
      'Ngày ban hành',
      'Cơ quan ban hành',
      'Người ký',
      'Nơi nhận',
      'Trích yếu',
    ]) {
      expect(await fields.getByText(label, { exact: true }).count()).toBe(1);
    }
    expect(await fields.textContent()).toContain('06/7/2023');
    for (const region of [
      'Thẻ',
      'Văn bản liên quan',
      'Thu hồi, hủy số, đính chính',
      'Tệp văn bản',
    ]) {
      expect(await page.getByRole('region', { name: region }).isVisible()).toBe(true);
    }
    // A leader reads; only the office corrects and uploads.
    expect(
      await page.getByRole('region', { name: 'Thu hồi, hủy số hoặc đính chính' }).count(),
    ).toBe(0);
  });
});
