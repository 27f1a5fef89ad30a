/** Journeys of the indicator pages, with role and label locators only. */
import type { Page } from 'playwright-core';
import { parseViNumber } from '../../shared/vi/number';
import { openNav } from './journeys';
import { rowsOf } from './tasks';

/** The indicator table (named by its caption, `Bảng chỉ tiêu tháng 6/2023`). */
export const INDICATOR_TABLE = /^Bảng chỉ tiêu/;

/** Opens the indicator table from the main navigation. */
export async function openIndicators(page: Page): Promise<void> {
  await openNav(page, 'Chỉ tiêu & Đầu tư công');
  await page.getByRole('heading', { level: 1, name: 'Chỉ tiêu kinh tế - xã hội' }).waitFor();
}

/** The cells of an indicator's row in the table, found by its code. */
export async function indicatorRow(page: Page, code: string): Promise<string[]> {
  const rows = await rowsOf(page, INDICATOR_TABLE);
  const row = rows.find((cells) => cells[0]?.includes(code));
  if (!row) throw new Error(`no row for ${code} in the indicator table`);
  return row;
}

/** A cell in Vietnamese notation (`4.538`, `41,9%`) as a number. */
export function viNumber(text: string | undefined): number {
  const n = parseViNumber((text ?? '').replace('%', '').trim());
  if (n === null) throw new Error(`"${text}" is not a number`);
  return n;
}

/** Follows an indicator's link in the table to its page. */
export async function openIndicator(page: Page, name: string): Promise<void> {
  await page.getByRole('table', { name: INDICATOR_TABLE }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}
