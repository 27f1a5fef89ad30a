/**
 * The global search at desktop and phone width: Ctrl+K opens the dialog, "skhdt" shows results
 * grouped by kind with their counts, the arrow keys and Enter open one; "229/BC" finds the seed
 * report; "/" opens it too, Escape closes it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './support/chromium.mjs';
import { scrollsSideways } from './support/journeys';
import { useBrowser } from './support/session';

/** Whether the element has the focus (the e2e files have no DOM types). */
const focused = (el: unknown) =>
  el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;

async function openSearch(page: Page, key: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.keyboard.press(key);
  const dialog = page.getByRole('dialog', { name: 'Tìm kiếm chung' });
  await dialog.waitFor();
  return dialog;
}

async function settledResults(page: Page, expectText: RegExp) {
  const status = page.getByRole('dialog').getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(expectText);
}

for (const viewport of [DESKTOP, PHONE]) {
  describe(`global search at ${viewport.width} px`, () => {
    const browser = useBrowser(viewport);

    it('opens with Ctrl+K, groups the results of "skhdt" by kind and opens one with arrow + Enter', async () => {
      const page = await browser.page('office');
      const dialog = await openSearch(page, 'Control+k');
      const box = dialog.getByRole('combobox');
      expect(await box.evaluate(focused)).toBe(true);
      await box.fill('skhdt');
      await settledResults(page, /^[\d.]+ kết quả$/);
      const groups = dialog.getByRole('group');
      expect(await groups.count()).toBeGreaterThanOrEqual(3);
      const listbox = dialog.getByRole('listbox');
      const heads = await listbox.locator('.search-group-head').allTextContents();
      expect(heads.some((h) => /^Văn bản \d/.test(h))).toBe(true);
      expect(heads.some((h) => /^Nhiệm vụ \d/.test(h))).toBe(true);
      expect(heads.some((h) => /^Đơn vị \d/.test(h))).toBe(true);
      // The first option is active; ArrowDown moves to the second, Enter opens it.
      const options = dialog.getByRole('option');
      expect(await options.first().getAttribute('aria-selected')).toBe('true');
      await box.press('ArrowDown');
      const second = options.nth(1);
      expect(await second.getAttribute('aria-selected')).toBe('true');
      expect(await box.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
      const title = (await second.locator('.search-option-title').textContent()) ?? '';
      await box.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/van-ban\/\d+$/);
      await page.getByRole('heading', { level: 1, name: new RegExp(escape(title)) }).waitFor();
      expect(await scrollsSideways(page)).toBe(false);
    });

    it('finds the seed report by "229/BC" (opened with "/"), and Escape closes the dialog', async () => {
      const page = await browser.page('office');
      const dialog = await openSearch(page, '/');
      await dialog.getByRole('combobox').fill('229/BC');
      await settledResults(page, /kết quả$/);
      const first = dialog.getByRole('option').first();
      expect(await first.locator('.search-option-title').textContent()).toBe('229/BC-UBND');
      expect(await scrollsSideways(page)).toBe(false);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      // Focus returns to the header's button.
      expect(
        await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).evaluate(focused),
      ).toBe(true);
    });
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
