/**
 * The office writes to the register: consecutive numbers, a field error on
 * its input, registering an incoming document, uploading a file, and a
 * correction refused after someone else changed the entry (412, reload).
 */
import { describe, expect, it } from 'vitest';
import { issueReport, numberOf, openNav } from './support/journeys';
import { useBrowser } from './support/session';

const browser = useBrowser();

describe('writing to the register', () => {
  it('issues consecutive numbers and opens the issued entry', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Cấp số văn bản đi');
    const first = await issueReport(page, 'Báo cáo kết quả kiểm tra công tác văn thư (lần 1)');
    const second = await issueReport(page, 'Báo cáo kết quả kiểm tra công tác văn thư (lần 2)');
    expect(first).toMatch(/^\d+\/BC-UBND$/);
    expect(numberOf(second)).toBe(numberOf(first) + 1);
    await page.getByRole('link', { name: 'Xem văn bản vừa cấp số' }).click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo ${second}` }).waitFor();
    expect(
      await page.getByText('Báo cáo kết quả kiểm tra công tác văn thư (lần 2)').count(),
    ).toBeGreaterThan(0);
  });

  it('attaches a field error from the server to its input', async () => {
    const page = await browser.page('office', '/van-ban/cap-so');
    await page.getByLabel('Tên loại văn bản').selectOption({ label: 'Báo cáo (BC)' });
    await page.getByLabel('Trích yếu nội dung').fill('Báo cáo thử mã lĩnh vực');
    const fieldCode = page.getByLabel('Mã lĩnh vực (chỉ công văn)');
    await fieldCode.fill('VX');
    await page.getByRole('button', { name: 'Cấp số', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await expect.poll(() => fieldCode.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await fieldCode.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeDefined();
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain('công văn');
  });

  it('registers an incoming document with the next arrival number', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Vào sổ văn bản đến');
    await page
      .getByLabel('Sổ của đơn vị nhận')
      .selectOption({ label: 'Ủy ban nhân dân tỉnh Bình Phước' });
    await page.getByLabel('Số, ký hiệu').fill('1234/BKHĐT-TH');
    await page
      .getByLabel('Tên cơ quan ban hành (ghi như trên văn bản)')
      .fill('Bộ Kế hoạch và Đầu tư');
    await page.getByLabel('Ngày văn bản').fill('2023-07-05');
    await page.getByLabel('Thời hạn giải quyết').fill('2023-07-20');
    await page
      .getByLabel('Trích yếu nội dung')
      .fill('V/v báo cáo tình hình giải ngân vốn đầu tư công');
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Đã vào sổ, số đến' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/số đến \d+\./);
  });

  it('uploads a file to an entry and offers it for download', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Cấp số văn bản đi');
    await issueReport(page, 'Báo cáo có tệp đính kèm');
    await page.getByRole('link', { name: 'Xem văn bản vừa cấp số' }).click();
    const files = page.getByRole('region', { name: 'Tệp văn bản' });
    await files.waitFor();
    await files.getByLabel('Chọn tệp').setInputFiles({
      name: 'bao-cao.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await files.getByRole('button', { name: 'Tải lên' }).click();
    await files.getByRole('status').filter({ hasText: 'Đã tải lên' }).waitFor();
    const link = files.getByRole('link', { name: 'Tải bao-cao.pdf' });
    await link.waitFor();
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toBe('bao-cao.pdf');
  });

  it('refuses a correction based on a stale version, then succeeds after reloading', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Cấp số văn bản đi');
    await issueReport(page, 'Báo cáo đính chính cho văn bản thử thay đổi đồng thời');
    const erratumHref = await page
      .getByRole('link', { name: 'Xem văn bản vừa cấp số' })
      .getAttribute('href');
    const erratumId = erratumHref?.split('/').pop() ?? '';
    await issueReport(page, 'Báo cáo để thử thay đổi đồng thời');
    await page.getByRole('link', { name: 'Xem văn bản vừa cấp số' }).click();
    const url = page.url();
    const form = page.getByRole('region', { name: 'Thu hồi, hủy số hoặc đính chính' });
    await form.waitFor();

    // Someone else records an erratum meanwhile, in another tab.
    const other = await page.context().newPage();
    await other.goto(url);
    const otherForm = other.getByRole('region', { name: 'Thu hồi, hủy số hoặc đính chính' });
    await otherForm.getByLabel('Việc cần làm').selectOption({ label: 'Đính chính' });
    await otherForm.getByLabel('Lý do').fill('Sai chính tả ở trích yếu');
    await otherForm.getByLabel(/^Văn bản đính chính/).fill(erratumId);
    await otherForm.getByRole('button', { name: 'Ghi nhận' }).click();
    await otherForm.getByRole('status').filter({ hasText: 'Đã ghi nhận.' }).waitFor();
    await other.close();

    await form.getByLabel('Việc cần làm').selectOption({ label: 'Thu hồi' });
    await form.getByLabel('Lý do').fill('Ban hành không đúng thẩm quyền');
    await form.getByRole('button', { name: 'Ghi nhận' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Dữ liệu đã được người khác thay đổi');
    await alert.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    // The erratum recorded in the other tab is there after the reload.
    await page
      .getByRole('region', { name: 'Thu hồi, hủy số, đính chính' })
      .getByText('Sai chính tả ở trích yếu')
      .waitFor();
    await form.getByRole('button', { name: 'Ghi nhận' }).click();
    await page
      .getByRole('region', { name: /Thông tin văn bản/ })
      .getByText('Đã thu hồi')
      .waitFor();
  });
});
