/**
 * The scorecards: the office evaluates the first half of 2023 and reads the
 * ranking, a score's explanation and the criticism list; weights that do not
 * add up to 100 % are refused and nothing changes; a leader reads but may not
 * run or reweigh.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/session';

const browser = useBrowser();

function weightsTable(page: Page) {
  return page.getByRole('table', { name: 'Trọng số các tiêu chí chấm điểm năm 2023' });
}

async function disbursementWeight(page: Page): Promise<string> {
  const row = weightsTable(page).getByRole('row', { name: /^Giải ngân vốn đầu tư công/ });
  return (await row.getByRole('cell').first().textContent()) ?? '';
}

describe('scorecards', () => {
  it('refuses weights not adding up to 100 %, then evaluates a half-year with explanations', async () => {
    const page = await browser.page('office', '/chi-tieu-dau-tu/danh-gia');
    await page.getByRole('heading', { level: 1, name: 'Đánh giá, xếp hạng đơn vị' }).waitFor();
    await weightsTable(page).waitFor();
    const before = await disbursementWeight(page);

    await page.getByText('Điều chỉnh trọng số').click();
    const form = page.getByRole('form', { name: 'Điều chỉnh trọng số' });
    await form.getByLabel('Trọng số: Giải ngân vốn đầu tư công (%)').fill('45');
    await form.getByText(/^Tổng: \d+% \(phải bằng 100%\)$/).waitFor();
    expect(await form.getByText(/^Tổng: /).textContent()).not.toContain('Tổng: 100%');
    await form.getByRole('button', { name: 'Lưu trọng số' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('100');
    expect(await disbursementWeight(page)).toBe(before);

    await page.getByLabel('Kỳ', { exact: true }).selectOption({ label: '6 tháng đầu năm' });
    await page.getByRole('button', { name: 'Thực hiện đánh giá' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Kết quả đánh giá 6 tháng đầu năm 2023' })
      .waitFor();
    const ranking = page.getByRole('table', {
      name: 'Điểm, xếp hạng và xếp loại các đơn vị, 6 tháng đầu năm 2023',
    });
    const first = ranking.getByRole('row').nth(1);
    expect(await first.getByRole('cell').first().textContent()).toBe('1');
    const unit = (await first.getByRole('rowheader').textContent()) ?? '';
    expect(unit).not.toBe('');

    await page.getByText(`Cách tính điểm của ${unit}`, { exact: true }).click();
    const lines = page.getByRole('table', {
      name: `Các tiêu chí của ${unit}: số liệu, trọng số và điểm`,
    });
    await lines.waitFor();
    const disbursement = lines.getByRole('row', { name: /^Giải ngân vốn đầu tư công/ });
    expect(await disbursement.textContent()).toMatch(/trọng số/);

    const criticisms = page.getByRole('region', { name: 'Phê bình, nhắc nhở' });
    expect(await criticisms.getByText(/thấp hơn bình quân tỉnh/).count()).toBeGreaterThan(0);
  });

  it('lets a leader read the scorecards but not run them or change the weights', async () => {
    const page = await browser.page('leader', '/chi-tieu-dau-tu/danh-gia');
    await page.getByRole('heading', { level: 1, name: 'Đánh giá, xếp hạng đơn vị' }).waitFor();
    await weightsTable(page).waitFor();
    const runs = page.getByRole('table', { name: 'Các lượt đánh giá, mới nhất trước' });
    await runs.getByRole('link').first().waitFor();
    expect(await page.getByRole('button', { name: 'Thực hiện đánh giá' }).count()).toBe(0);
    expect(await page.getByText('Điều chỉnh trọng số').count()).toBe(0);
  });
});
