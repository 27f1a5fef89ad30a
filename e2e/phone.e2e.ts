/**
 * The same journeys on a phone-sized screen (390×844): menu, search, issuing, renaming;
 * nothing scrolls sideways (every other page is checked for that in accessibility.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { PHONE } from './support/chromium.mjs';
import {
  issueReport,
  numberOf,
  openNav,
  openUnit,
  registerTable,
  renameOpenUnit,
  scrollsSideways,
  searchRegister,
  tableSettled,
  unitNameOn,
} from './support/journeys';
import { useBrowser } from './support/session';

const browser = useBrowser(PHONE);

describe('on a 390×844 screen', () => {
  it('hides the navigation behind the menu button until it is opened', async () => {
    const page = await browser.page('office');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const menu = page.getByRole('button', { name: 'Danh mục' });
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    await nav.getByRole('link', { name: 'Sổ văn bản', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sổ văn bản' }).waitFor();
    expect(await nav.isVisible()).toBe(false);
  });

  it('searches the register without diacritics and shows rows as cards', async () => {
    const page = await browser.page('leader');
    await openNav(page, 'Sổ văn bản');
    await tableSettled(page);
    expect(await searchRegister(page, 'ke hoach')).toBeGreaterThan(0);
    const firstRow = registerTable(page).getByRole('row').nth(1);
    const box = await firstRow.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(PHONE.width);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('lets the office issue consecutive numbers', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Cấp số văn bản đi');
    const first = await issueReport(page, 'Báo cáo nhanh từ điện thoại (1)');
    const second = await issueReport(page, 'Báo cáo nhanh từ điện thoại (2)');
    expect(numberOf(second)).toBe(numberOf(first) + 1);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('lets an admin rename a unit from a date', async () => {
    const page = await browser.page('admin');
    await openUnit(page, 'khoa hoc', 'Sở Khoa học và Công nghệ');
    await renameOpenUnit(page, '2023-09-01', 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo');
    expect(await unitNameOn(page, '2023-08-31')).toBe('Sở Khoa học và Công nghệ');
    expect(await unitNameOn(page, '2023-09-01')).toBe('Sở Khoa học, Công nghệ và Đổi mới sáng tạo');
    expect(await scrollsSideways(page)).toBe(false);
  });
});
