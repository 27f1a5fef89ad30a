/**
 * The leader dashboard as the Chủ tịch opens it every morning, at desktop and
 * phone width in one browser: every count opens a list showing the same
 * total, every rate or amount is recomputed from the list it opens, a help
 * note opens, nothing scrolls sideways. Then the office's morning routine:
 * home → the overdue list → a task.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './support/chromium.mjs';
import { scrollsSideways } from './support/journeys';
import { useBrowser } from './support/session';

const browser = useBrowser();

interface Shown {
  name: string;
  kind: 'count' | 'rate' | 'amount';
  value: number;
  href: string;
  text: string;
}

/** The figures on the dashboard, as their links carry them. */
async function figures(page: Page): Promise<Shown[]> {
  await page.locator('.leader-dashboard[data-ready="true"]').waitFor({ timeout: 30_000 });
  // The page's elements, typed by hand: the journeys compile without the DOM library.
  type Anchor = { getAttribute(name: string): string | null; textContent: string | null };
  return page.locator('a[data-figure]').evaluateAll((links) =>
    (links as unknown as Anchor[]).map((a) => ({
      name: a.getAttribute('data-figure') ?? '',
      kind: (a.getAttribute('data-kind') ?? 'count') as Shown['kind'],
      value: Number(a.getAttribute('data-value')),
      href: a.getAttribute('href') ?? '',
      text: a.textContent ?? '',
    })),
  );
}

/** A number printed the Vietnamese way (`1.380,73`). */
function viNumber(text: string): number {
  const m = /-?[\d.]+(,\d+)?/.exec(text);
  return m ? Number(m[0].replace(/\./g, '').replace(',', '.')) : NaN;
}

/** "Tổng số: 1.234" (the shared table's pagination or a list's total line) as a number. */
async function listTotal(page: Page): Promise<number> {
  const line = page.getByText(/^Tổng số: /).first();
  await line.waitFor({ timeout: 30_000 });
  return viNumber((await line.textContent()) ?? '');
}

/** Rows of a shared table once loaded. */
async function tableRows(page: Page, caption: RegExp): Promise<number> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor({ timeout: 30_000 });
  await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 15_000 }).toBeNull();
  return table.locator('tbody tr').count();
}

/** What the list behind a count shows as its total. */
async function countOnList(page: Page, f: Shown): Promise<number> {
  const url = new URL(f.href, 'http://x');
  if (url.pathname === '/nhiem-vu' || url.pathname === '/cong-dan-cu-tri') {
    const table = page.getByRole('table').first();
    await table.waitFor({ timeout: 30_000 });
    await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 15_000 }).toBeNull();
    // An empty list shows its empty line instead of a total.
    if (f.value === 0 && (await page.locator('.empty-state').count()) > 0) return 0;
    return listTotal(page);
  }
  if (url.pathname === '/nhiem-vu/don-doc' || url.pathname === '/chi-tieu-dau-tu/giai-trinh')
    return listTotal(page);
  if (url.pathname === '/lich-cong-tac') return tableRows(page, /^Lịch công tác từ/);
  if (url.pathname.startsWith('/hoi-nghi/')) return tableRows(page, /^Nội dung chương trình/);
  throw new Error(`no list check for ${f.href}`);
}

/** Opens a figure by clicking it (a client-side navigation), runs the check, comes back. */
async function through(page: Page, f: Shown, check: () => Promise<void>): Promise<void> {
  await page.locator(`a[data-figure="${f.name}"]`).click();
  await page.waitForURL((u) => `${u.pathname}${u.search}` === f.href);
  await check();
  await page.goBack();
  await page.locator('.leader-dashboard[data-ready="true"]').waitFor({ timeout: 30_000 });
}

async function checkDashboard(page: Page): Promise<void> {
  const shown = await figures(page);
  const names = shown.map((f) => f.name);
  for (const expected of [
    'tasks.total',
    'tasks.CHT_QUA_HAN',
    'overdue.total',
    'investment.rate',
    'explanations.awaiting',
    'urgings.sent',
    'citizens.casesDueSoon',
    'calendar.count',
  ])
    expect(names, expected).toContain(expected);
  expect(await scrollsSideways(page)).toBe(false);

  for (const f of shown.filter((x) => x.kind === 'count')) {
    await through(page, f, async () => {
      expect(await countOnList(page, f), `${f.name} → ${f.href}`).toBe(f.value);
    });
  }

  const rate = shown.find((f) => f.name === 'investment.rate');
  if (!rate) throw new Error('no disbursement rate');
  await through(page, rate, async () => {
    const dd = (term: string) =>
      page.locator('dt', { hasText: term }).first().locator('xpath=following-sibling::dd[1]');
    await dd('Đã giải ngân (lũy kế)').waitFor({ timeout: 30_000 });
    const basis = new URL(rate.href, 'http://x').searchParams.get('mau-so');
    const disbursed = viNumber((await dd('Đã giải ngân (lũy kế)').textContent()) ?? '');
    const plan = viNumber(
      (await dd(
        basis === 'pm' ? 'Kế hoạch Thủ tướng Chính phủ giao' : 'Kế hoạch địa phương giao',
      ).textContent()) ?? '',
    );
    // Amounts print in tỷ đồng with two decimals: the recomputed rate agrees to a hundredth of a point.
    expect(Math.abs((disbursed / plan) * 100 - rate.value)).toBeLessThan(0.05);
  });

  const reception = shown.find((f) => f.name === 'citizens.receptionRate');
  if (reception)
    await through(page, reception, async () => {
      const table = page.getByRole('table', { name: /^Số ngày tiếp công dân/ });
      const rows = await tableRows(page, /^Số ngày tiếp công dân/);
      const notMet = await table.locator('tbody tr', { hasText: 'Không đạt' }).count();
      expect(Math.abs(((rows - notMet) / rows) * 100 - reception.value)).toBeLessThan(1e-6);
    });

  const revenue = shown.find((f) => f.name.startsWith('revenue.actual.'));
  if (revenue)
    await through(page, revenue, async () => {
      const rows = await tableRows(page, /./);
      expect(rows).toBeGreaterThan(0);
      // The same amount, to the table's one decimal, on the revenue table.
      const figure = /^[\d.,-]+/.exec(revenue.text)?.[0] ?? '';
      expect(viNumber(figure)).toBeCloseTo(revenue.value, 1);
      expect(await page.getByRole('table').first().getByText(figure).count()).toBeGreaterThan(0);
    });

  // The rule behind a number, with its legal source, opens in place.
  const help = page.locator('.dash-widget details.figure-help').first();
  await help.locator('summary').click();
  expect(await help.getAttribute('open')).not.toBeNull();
  expect(await help.textContent()).toMatch(/1270\/BC-TCTTTg/);
  await help.locator('summary').click();
}

describe('leader dashboard', () => {
  it('shows the Chủ tịch figures that the lists behind them reproduce, on a desk and on a phone', async () => {
    const page = await browser.page('leader');
    expect(await page.getByRole('banner').getByText('Dữ liệu minh họa').isVisible()).toBe(true);
    await checkDashboard(page);
    await page.setViewportSize(PHONE);
    await page.reload();
    await checkDashboard(page);
    await page.setViewportSize(DESKTOP);
  }, 300_000);

  it('takes the office from the home page to the overdue list and a task', async () => {
    const page = await browser.page('office');
    const shown = await figures(page);
    const overdue = shown.find((f) => f.name === 'tasks.CHT_QUA_HAN');
    if (!overdue) throw new Error('no overdue count');
    expect(overdue.value).toBeGreaterThan(0);
    await page.locator('a[data-figure="tasks.CHT_QUA_HAN"]').click();
    await page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' }).waitFor();
    expect(await listTotal(page)).toBe(overdue.value);
    const first = page
      .getByRole('table', { name: /^Danh sách nhiệm vụ/ })
      .getByRole('link')
      .first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /\S/ }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/nhiem-vu\/\d+$/);
    expect(name.length).toBeGreaterThan(0);
  }, 120_000);
});
