/**
 * Reports: the office opens the issued seed report (229/BC-UBND) and downloads
 * it; drafts a new semi-annual report from the data, edits a narrative
 * paragraph (a data field that cannot be filled is refused on its input),
 * downloads the PDF, and issues it with the register's next number.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openNav } from './support/journeys';
import { useBrowser } from './support/session';

const browser = useBrowser();

async function download(page: Page, linkName: string): Promise<{ name: string; size: number }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  const stream = await file.createReadStream();
  let size = 0;
  for await (const chunk of stream) size += (chunk as Buffer).length;
  return { name: file.suggestedFilename(), size };
}

describe('reports', () => {
  it('opens the issued seed report and downloads its DOCX and XLSX', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Báo cáo');
    const table = page.getByRole('table', { name: 'Các báo cáo, mới nhất trước' });
    await table
      .getByRole('link', { name: /^Báo cáo tóm tắt tình hình công tác 6 tháng đầu năm/ })
      .first()
      .waitFor();
    const row = table.getByRole('row').filter({ hasText: '229/BC-UBND' });
    await row.getByRole('link').click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Báo cáo tóm tắt tình hình công tác 6 tháng đầu năm và Chương trình công tác 6 tháng cuối năm 2023',
      })
      .waitFor();
    expect(await page.getByText('Đã ban hành: số 229/BC-UBND').textContent()).toContain(
      '10/7/2023',
    );
    const paper = page.getByRole('article');
    expect(await paper.textContent()).toContain(
      '30 quyết định quy phạm pháp luật, 5 chỉ thị, 1.000 quyết định cá biệt',
    );
    // Issued: nothing to edit or issue.
    expect(await page.getByRole('button', { name: /^Sửa đoạn/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ban hành và cấp số' }).count()).toBe(0);
    const docx = await download(page, 'Tải DOCX');
    expect(docx.name).toBe('229-BC-UBND.docx');
    expect(docx.size).toBeGreaterThan(5_000);
    const xlsx = await download(page, 'Tải phụ lục XLSX');
    expect(xlsx.name).toBe('229-BC-UBND.xlsx');
  });

  it('drafts a report from the data, edits a paragraph, downloads the PDF and issues it', async () => {
    const page = await browser.page('office', '/bao-cao');
    const form = page.getByRole('form', { name: 'Lập báo cáo' });
    await form.getByLabel('Mẫu báo cáo').selectOption('semiannual-summary');
    await form.getByLabel('Năm').fill('2023');
    await form.getByLabel('Kỳ').selectOption({ label: '6 tháng đầu năm' });
    await form.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page.getByText('Bản dự thảo: số liệu được lấy lại mỗi lần xem').waitFor();
    const paper = page.getByRole('article');
    await paper.getByText(/hơn 2\.500 văn bản điều hành khác/).waitFor();

    // A data field that cannot be filled is refused on its input; nothing is saved.
    await paper.getByRole('button', { name: 'Sửa đoạn A.I.3.b' }).click();
    const editor = page.getByRole('form', { name: 'Sửa đoạn A.I.3.b' });
    const text = editor.getByLabel('Nội dung đoạn văn');
    await text.fill('Theo {{cite:999/XYZ-ABC}}, đã ban hành nhiều văn bản.');
    await editor.getByRole('button', { name: 'Lưu đoạn văn' }).click();
    await editor.getByRole('alert').waitFor();
    await expect.poll(() => text.getAttribute('aria-invalid')).toBe('true');

    // A valid edit with a data field shows in the preview, filled.
    await text.fill(
      'Trong 6 tháng đầu năm {{year}}, các sở, ngành đã phối hợp chặt chẽ trong xử lý công việc.',
    );
    await editor.getByRole('button', { name: 'Lưu đoạn văn' }).click();
    await paper
      .getByText(
        'Trong 6 tháng đầu năm 2023, các sở, ngành đã phối hợp chặt chẽ trong xử lý công việc.',
      )
      .waitFor();

    const pdf = await download(page, 'Tải PDF');
    expect(pdf.name).toMatch(/^bao-cao-du-thao-\d+\.pdf$/);
    expect(pdf.size).toBeGreaterThan(10_000);

    const issue = page.getByRole('form', { name: 'Ban hành báo cáo' });
    await issue.getByRole('button', { name: 'Ban hành và cấp số' }).click();
    const notice = page.getByText(/^Đã ban hành: số \d+\/BC-UBND/);
    await notice.waitFor();
    const numberSymbol = /số (\d+\/BC-UBND)/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
    expect(Number(numberSymbol.split('/')[0])).toBeGreaterThan(229);
    expect(await page.getByRole('button', { name: /^Sửa đoạn/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Mở trong sổ văn bản đi' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Báo cáo ${numberSymbol}` })
      .waitFor();
  });
});
