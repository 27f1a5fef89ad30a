/**
 * The morning routine of the roles the dashboard and unit journeys do not
 * follow, at desktop and phone width: unit staff (their unit's dashboard → a
 * led task), the office on a phone (dashboard → overdue list → a task), a
 * viewer (the province's dashboard, nothing to assign) and the administrator
 * (dashboard → users). Nothing scrolls sideways.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE } from './support/chromium.mjs';
import { openNav, scrollsSideways } from './support/journeys';
import { useBrowser, type Browsing } from './support/session';

async function dashboardReady(page: Page): Promise<void> {
  await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
}

/** Follows the first task list link of the dashboard and opens the first task of it. */
async function openFirstTaskFrom(page: Page, figure: RegExp): Promise<void> {
  const link = page.locator(`a[href^="/nhiem-vu?"]`).filter({ hasText: figure }).first();
  await link.click();
  const table = page.getByRole('table', { name: /^Danh sách nhiệm vụ/ });
  await table.waitFor();
  await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 15_000 }).toBeNull();
  await table.getByRole('link').first().click();
  await page.getByRole('region', { name: 'Diễn biến' }).waitFor();
}

function routines(label: string, browser: Browsing) {
  describe(`morning routines at ${label}`, () => {
    it('unit staff: their unit dashboard, then a task their unit leads', async () => {
      const page = await browser.page('unit_staff');
      await page
        .getByRole('heading', { level: 1, name: /^Bảng điều hành: Sở (Kế hoạch và Đầu tư|KH&ĐT)/ })
        .waitFor();
      await dashboardReady(page);
      expect(await scrollsSideways(page)).toBe(false);
      await openFirstTaskFrom(page, /\d/);
      expect(await scrollsSideways(page)).toBe(false);
    });

    it('office: the province dashboard, the overdue tasks, one of them', async () => {
      const page = await browser.page('office');
      await page.getByRole('heading', { level: 1, name: 'Bảng điều hành' }).waitFor();
      await dashboardReady(page);
      await page.locator('a[href*="status=CHT_QUA_HAN"]').first().click();
      const table = page.getByRole('table', { name: /^Danh sách nhiệm vụ/ });
      await table.waitFor();
      await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 15_000 }).toBeNull();
      await table.getByRole('link').first().click();
      await page.getByRole('region', { name: 'Diễn biến' }).waitFor();
      expect(await scrollsSideways(page)).toBe(false);
    });

    it('viewer: reads the province dashboard and may not assign tasks', async () => {
      const page = await browser.page('viewer');
      await page.getByRole('heading', { level: 1, name: 'Bảng điều hành' }).waitFor();
      await dashboardReady(page);
      expect(await scrollsSideways(page)).toBe(false);
      const menu = page.getByRole('button', { name: 'Danh mục' });
      if (await menu.isVisible()) await menu.click();
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      expect(await nav.getByRole('link', { name: 'Giao nhiệm vụ', exact: true }).count()).toBe(0);
      await nav.getByRole('link', { name: 'Sổ văn bản', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Sổ văn bản' }).waitFor();
    });

    it('administrator: the dashboard, then the users', async () => {
      const page = await browser.page('admin');
      await dashboardReady(page);
      await openNav(page, 'Người dùng');
      await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
      expect(await scrollsSideways(page)).toBe(false);
    });
  });
}

routines('1280×900', useBrowser());
routines('390×844', useBrowser(PHONE));
