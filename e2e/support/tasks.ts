/** Journeys of the task pages, with role and label locators only. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './chromium.mjs';
import { openNav, tableSettled } from './journeys';

/** The task list's table (named by its caption). */
export function taskTable(page: Page) {
  return page.getByRole('table', { name: /^Danh sách nhiệm vụ/ });
}

/** Searches the task list as typed and waits for the answer. */
export async function searchTasks(page: Page, q: string): Promise<void> {
  const search = page.getByRole('search', { name: 'Bộ lọc' });
  await search.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(q);
  await search.getByRole('button', { name: 'Lọc' }).first().click();
  await page.waitForURL((url) => url.searchParams.get('q') === q);
  await tableSettled(page, taskTable(page));
}

/** Opens a task from the list by searching its content. */
export async function openTask(page: Page, content: string): Promise<void> {
  await openNav(page, 'Danh sách nhiệm vụ');
  await page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' }).waitFor();
  await searchTasks(page, content);
  await taskTable(page).getByRole('link', { name: content }).click();
  await page.getByRole('heading', { level: 1, name: content }).waitFor();
}

/** A section of a page (a region named by its heading). */
export function region(page: Page, name: string | RegExp) {
  return page.getByRole('region', { name, exact: typeof name === 'string' });
}

/** The rows of a table as their cells' text, header row left out. */
export async function rowsOf(page: Page, tableName: string | RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name: tableName });
  await tableSettled(page, table);
  const rows = await table.getByRole('row').all();
  const out: string[][] = [];
  for (const row of rows.slice(1)) out.push(await row.getByRole('cell').allInnerTexts());
  return out;
}

/** Waits for a status message (role=status) containing a text. */
export async function statusSays(scope: Page, text: string | RegExp): Promise<void> {
  await scope.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/** The "Tổng số: …" under a table as a number. */
export async function totalOf(page: Page): Promise<number> {
  const text =
    (await page
      .getByText(/^Tổng số: /)
      .first()
      .textContent()) ?? '';
  const n = Number(text.replace(/\D/g, ''));
  expect(Number.isNaN(n)).toBe(false);
  return n;
}

/** Signs in on the sign-in page shown as a demo user outside the six roles (e.g. `stc`). */
export async function signInAs(page: Page, username: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
