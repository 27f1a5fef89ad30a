/**
 * The office reads documents for their tasks: the seed report's citations are found in the
 * register and its part B shows as the existing tasks; a pasted directive's draft is matched
 * to its lead unit, attached to a document of the register and confirmed into a task.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uniqueText } from './support/api';
import { seriousAxeViolations } from './support/axe';
import { statusSays } from './support/tasks';
import { useBrowser } from './support/session';

const browser = useBrowser();

const SEED = readFileSync(
  new URL('../../shared/reference/229-BC-UBND-2023.md', import.meta.url),
  'utf8',
);

describe('extracting tasks from a document', () => {
  it('reads the seed report: 6 citations in the register, part B as the existing tasks', async () => {
    const page = await browser.page('office', '/nhiem-vu');
    await page.getByRole('link', { name: 'Trích xuất từ văn bản' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trích xuất nhiệm vụ từ văn bản' }).waitFor();
    const form = page.getByRole('form', { name: 'Trích xuất nhiệm vụ từ văn bản' });
    await form.getByLabel('Nội dung văn bản').fill(SEED);
    await form.getByRole('button', { name: 'Đọc văn bản' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Rà soát trích xuất: 229/BC-UBND' })
      .waitFor();

    expect(await page.getByText('Văn bản 229/BC-UBND đã có trong sổ.').count()).toBe(1);
    const citations = page.getByTestId('citation');
    expect(await citations.count()).toBe(6);
    for (const text of await citations.allTextContents()) expect(text).toContain('Có trong sổ');
    expect(await citations.first().textContent()).toContain('Nghị quyết số 11/NQ-CP');

    const drafts = page.getByTestId('draft');
    expect(await drafts.count()).toBe(7);
    const texts = await drafts.allTextContents();
    texts.forEach((text, i) => {
      expect(text).toContain(`Mục B.${i + 1}`);
      expect(text).toContain('Đã có nhiệm vụ');
    });
    // Nothing to create: the confirmation is not offered.
    expect(await page.getByRole('button', { name: /^Xác nhận/ }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // An existing item opens its task.
    await drafts
      .first()
      .getByRole('link', { name: /^Mở nhiệm vụ #\d+$/ })
      .click();
    await page
      .getByRole('heading', { level: 1, name: /^Tập trung quyết liệt công tác thu ngân sách/ })
      .waitFor();
  });

  it('turns a pasted directive into a task of a register document, once', async () => {
    const page = await browser.page('office', '/nhiem-vu/trich-xuat');
    const subject = uniqueText('rà soát hồ sơ đất đai');
    const form = page.getByRole('form', { name: 'Trích xuất nhiệm vụ từ văn bản' });
    await form
      .getByLabel('Nội dung văn bản')
      .fill(
        `Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp Sở Tư pháp ${subject}, báo cáo UBND tỉnh trước ngày 30/9/2023.`,
      );
    await form.getByRole('button', { name: 'Đọc văn bản' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Rà soát trích xuất: văn bản chưa rõ số' })
      .waitFor();

    const draft = page.getByTestId('draft');
    expect(await draft.textContent()).toContain('Độ tin cậy');
    // The units' list loads on its own: the proposed lead unit is chosen once it has arrived.
    await expect
      .poll(() => draft.getByLabel('Đơn vị chủ trì').inputValue(), { timeout: 15_000 })
      .not.toBe('');
    expect(await draft.getByLabel('Thời hạn').inputValue()).toBe('2023-09-30');
    // The draft is highlighted in the source text.
    await draft.getByRole('button', { name: 'Xem trong văn bản' }).click();
    expect(await page.locator('mark.source-focus').textContent()).toContain(subject);

    const confirm = page.getByRole('button', { name: 'Xác nhận, tạo 1 nhiệm vụ' });
    expect(await confirm.isDisabled()).toBe(true);
    const picker = page.getByRole('search', { name: 'Tìm văn bản giao' });
    await picker.getByRole('searchbox', { name: 'Tìm văn bản giao' }).fill('05/CT-UBND');
    await picker.getByRole('button', { name: 'Tìm văn bản' }).click();
    await page.getByRole('button', { name: 'Chọn văn bản 05/CT-UBND' }).click();
    await confirm.click();
    await statusSays(page, 'Đã tạo 1 nhiệm vụ; 0 mục đã có nhiệm vụ nên không tạo lại.');
    expect(await draft.textContent()).toContain('Đã tạo nhiệm vụ');
    expect(await page.getByRole('button', { name: /^Xác nhận/ }).count()).toBe(0);

    await draft.getByRole('link', { name: /^Mở nhiệm vụ #\d+$/ }).click();
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
  });
});
