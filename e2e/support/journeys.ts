/**
 * User journeys shared by the desktop and the phone-sized runs, written with
 * role and label locators only, as a person would find things on the page.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Follows a link of the main navigation, opening the menu first on a narrow screen. */
export async function openNav(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Danh mục' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name, exact: true })
    .click();
}

/** The register table (named by its caption). */
export function registerTable(page: Page) {
  return page.getByRole('table', { name: /^Sổ văn bản/ });
}

/** Waits until a table has finished loading (aria-busy gone). */
export async function tableSettled(page: Page, table = registerTable(page)): Promise<void> {
  await table.waitFor();
  await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 15_000 }).toBeNull();
}

/** The register's "Tổng số: 1.234" as a number. */
export async function registerTotal(page: Page): Promise<number> {
  const text = (await page.getByText(/^Tổng số: /).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** Searches the register as typed (with or without diacritics). */
export async function searchRegister(page: Page, q: string): Promise<number> {
  const search = page.getByRole('search', { name: 'Bộ lọc' });
  await search.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(q);
  await search.getByRole('button', { name: 'Lọc' }).first().click();
  await page.waitForURL((url) => url.searchParams.get('q') === q);
  await tableSettled(page);
  return registerTotal(page);
}

const summaryNotice = /Đã cấp số \S+\./;

/** Issues a report (Báo cáo) of the UBND and returns the announced số, ký hiệu. */
export async function issueReport(page: Page, summary: string): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Cấp số văn bản đi' }).waitFor();
  await page
    .getByLabel('Cơ quan ban hành')
    .selectOption({ label: 'Ủy ban nhân dân tỉnh Bình Phước' });
  await page.getByLabel('Tên loại văn bản').selectOption({ label: 'Báo cáo (BC)' });
  await page.getByLabel('Trích yếu nội dung').fill(summary);
  await page.getByRole('button', { name: 'Cấp số', exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: summaryNotice });
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  const match = /Đã cấp số (\S+)\./.exec(text);
  if (!match?.[1]) throw new Error(`no number in "${text}"`);
  return match[1];
}

/** The number of a số, ký hiệu: 231 of `231/BC-UBND`. */
export function numberOf(numberSymbol: string): number {
  return Number(numberSymbol.split('/')[0]);
}

/** Opens a unit from the units page by searching its name. */
export async function openUnit(page: Page, search: string, name: string): Promise<void> {
  await openNav(page, 'Đơn vị');
  await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
  await page.getByRole('searchbox', { name: 'Tìm theo tên hoặc mã' }).fill(search);
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** On a unit's page, shows the unit as of a date and returns the name it bore. */
export async function unitNameOn(page: Page, date: string): Promise<string> {
  const form = page.getByRole('form', { name: 'Xem theo ngày' });
  await form.getByLabel('Xem theo ngày').fill(date);
  await form.getByRole('button', { name: 'Xem' }).click();
  await page.waitForURL((url) => url.searchParams.get('asOf') === date);
  await expect
    .poll(() => page.getByRole('region', { name: 'Tên qua các thời kỳ' }).isVisible())
    .toBe(true);
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/** Renames the open unit from a date through its form and waits for the confirmation. */
export async function renameOpenUnit(page: Page, from: string, newName: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Đổi tên từ một ngày' });
  await form.getByLabel('Áp dụng từ ngày').fill(from);
  await form.getByLabel('Tên mới').fill(newName);
  await form.getByRole('button', { name: 'Đổi tên từ một ngày' }).click();
  await form.getByRole('status').filter({ hasText: 'Đã đổi tên' }).waitFor();
}

/** Whether the page scrolls sideways (it must not at 390 px). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as {
        document: { documentElement: { scrollWidth: number; clientWidth: number } };
      }
    ).document.documentElement;
    return root.scrollWidth > root.clientWidth + 1;
  });
}
