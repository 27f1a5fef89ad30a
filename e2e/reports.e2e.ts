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

    // The copy signed with the province's signature tool is attached to the register entry;
    // a file that is not a PDF is refused on its field.
    const signed = page.getByRole('form', { name: 'Bản ký số' });
    const file = signed.getByLabel('Tệp PDF đã ký số');
    await file.setInputFiles({
      name: 'ban-ky-so.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Đây không phải tệp PDF'),
    });
    await signed.getByRole('button', { name: 'Đính kèm bản ký số' }).click();
    await signed.getByRole('alert').waitFor();
    await expect.poll(() => file.getAttribute('aria-invalid')).toBe('true');
    await file.setInputFiles({
      name: 'ban-ky-so.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(SIGNED_PDF, 'latin1'),
    });
    await signed.getByRole('button', { name: 'Đính kèm bản ký số' }).click();
    await page.getByText('Đã đính kèm bản ký số ban-ky-so.pdf vào sổ văn bản đi.').waitFor();

    await page.getByRole('link', { name: 'Mở trong sổ văn bản đi' }).click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo ${numberSymbol}` }).waitFor();
    await page
      .getByRole('link', { name: /ban-ky-so\.pdf/ })
      .first()
      .waitFor();
  });

  it('drafts a quarterly report for the quarter chosen, naming the next one', async () => {
    const page = await browser.page('office', '/bao-cao');
    const form = page.getByRole('form', { name: 'Lập báo cáo' });
    await form.getByLabel('Mẫu báo cáo').selectOption('quarterly-report');
    await form.getByLabel('Năm').fill('2023');
    await form.getByLabel('Quý').selectOption({ label: 'Quý II' });
    await form.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Báo cáo tình hình thực hiện nhiệm vụ quý II/2023 và nhiệm vụ trọng tâm quý III/2023',
      })
      .waitFor();
    const paper = page.getByRole('article');
    await paper.getByText('B. NHIỆM VỤ TRỌNG TÂM QUÝ III/2023', { exact: true }).waitFor();
    await paper
      .getByText(/Trong quý II\/2023, UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành/)
      .waitFor();
  });
});

/** A minimal well-formed PDF standing in for the copy the signature tool returns. */
const SIGNED_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');
