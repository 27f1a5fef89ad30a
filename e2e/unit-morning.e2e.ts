/**
 * The unit leader's morning (Sở KH&ĐT, 10/7/2023), on a desktop and on a
 * phone: the home page is the unit's dashboard; its figures open lists with
 * the same totals; an urging from the office arrives in the inbox behind the
 * header's bell; opening it goes to the task and lowers the count; "mark all
 * read" clears it; the reminder settings are saved, kept after a reload, and
 * a bad value is refused with a Vietnamese sentence naming the field.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { apiAs, uniqueText } from './support/api';
import { DESKTOP, PHONE, type Viewport } from './support/chromium.mjs';
import { scrollsSideways } from './support/journeys';
import { statusSays, taskTable, totalOf } from './support/tasks';
import { tableSettled } from './support/journeys';
import { useBrowser } from './support/session';

/** A task of Sở KH&ĐT with an extension request waiting for its leader, urged twice by the office. */
async function prepare(): Promise<{ content: string; taskId: number }> {
  const baseURL = inject('baseURL');
  const office = await apiAs(baseURL, 'office');
  const content = uniqueText('Rà soát hồ sơ đề xuất chủ trương đầu tư dự án nhóm B');
  const task = await office.post<{
    id: number;
    assignments: Array<{ id: number; role: string }>;
  }>('/api/v1/tasks', {
    content,
    leadUnit: 'BP.SKHDT',
    assignedOn: '2023-07-03',
    deadline: '2023-07-14',
  });
  const staff = await apiAs(baseURL, 'unit_staff');
  await staff.post(`/api/v1/tasks/${task.id}/extensions`, {
    requestedDeadline: '2023-07-31',
    reason: 'Chờ hồ sơ bổ sung của 2/5 chủ đầu tư.',
  });
  const lead = task.assignments.find((a) => a.role === 'lead');
  if (!lead) throw new Error('the task has no lead assignment');
  for (const [kind, message] of [
    ['nhac_nho', 'Đề nghị Sở khẩn trương rà soát, báo cáo trước ngày 14/7/2023.'],
    ['nhac_nho', 'Nhắc lần hai: báo cáo kết quả rà soát đúng hạn.'],
  ] as const)
    await office.post(`/api/v1/task-assignments/${lead.id}/urgings`, { kind, message });
  return { content, taskId: task.id };
}

/** The number a dashboard figure shows (its link is named "<figure>: <n> — xem danh sách"). */
async function figure(page: Page, name: string): Promise<number> {
  const link = page.getByRole('link', { name: new RegExp(`^${name}: [\\d.]+ — xem danh sách$`) });
  const text = (await link.textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

async function dashboardReady(page: Page): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name: /^Bảng điều hành: Sở Kế hoạch và Đầu tư/ })
    .waitFor();
  await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
}

/** The header's bell and the unread count in its name. */
function bell(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: /^Thông báo, / });
}
async function unreadOnBell(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? '';
  return /không có/.test(name) ? 0 : Number(/(\d+) chưa đọc/.exec(name)?.[1] ?? NaN);
}

async function morning(browserPage: () => Promise<Page>, viewport: Viewport): Promise<void> {
  const { content, taskId } = await prepare();
  const page = await browserPage();
  await dashboardReady(page);
  if (viewport === PHONE) expect(await scrollsSideways(page)).toBe(false);

  // Due this week: the list opened from the figure has the same total.
  const due = await figure(page, 'Đến hạn tuần này');
  expect(due).toBeGreaterThan(0);
  await page.getByRole('link', { name: /^Đến hạn tuần này: / }).click();
  await page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' }).waitFor();
  await tableSettled(page, taskTable(page));
  expect(await totalOf(page)).toBe(due);
  await page.goBack();

  // Approvals waiting: the unit's page lists as many.
  await dashboardReady(page);
  const waiting = await figure(page, 'Chờ lãnh đạo đơn vị duyệt');
  expect(waiting).toBeGreaterThan(0);
  await page.getByRole('link', { name: /^Chờ lãnh đạo đơn vị duyệt: / }).click();
  await page.getByRole('heading', { level: 1, name: /^Việc của đơn vị/ }).waitFor();
  const table = page.getByRole('table', { name: 'Báo cáo và đề nghị chờ lãnh đạo đơn vị' });
  await table.getByRole('link', { name: content }).first().waitFor({ timeout: 45_000 });
  await expect
    .poll(async () => (await table.getByRole('row').count()) - 1, { timeout: 45_000 })
    .toBe(waiting);

  // The inbox: the two urgings are unread; opening the newest goes to the task.
  await expect.poll(() => unreadOnBell(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  const before = await unreadOnBell(page);
  await bell(page).click();
  await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
  const list = page.getByRole('list', { name: 'Danh sách thông báo' });
  await list.getByRole('link', { name: `Đôn đốc lần 2 (nhắc nhở): ${content}` }).click();
  await page.waitForURL((url) => url.pathname === `/nhiem-vu/${taskId}`);
  await page.getByRole('heading', { level: 1, name: content }).waitFor();
  await expect.poll(() => unreadOnBell(page), { timeout: 15_000 }).toBe(before - 1);

  // Mark all read: the bell says none.
  await bell(page).click();
  await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
  await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
  await statusSays(page, /^Đã đánh dấu \d+ thông báo đã đọc\.$/);
  await expect.poll(() => unreadOnBell(page), { timeout: 15_000 }).toBe(0);
  if (viewport === PHONE) expect(await scrollsSideways(page)).toBe(false);
}

async function settings(page: Page, values: { days: string; digest: string }): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
  const form = page.getByRole('region', { name: 'Cài đặt nhắc hạn của tôi' });
  await form.getByLabel('Nhắc trước hạn (số ngày)').fill(values.days);
  await form.getByLabel('Nhắc lại khi quá hạn').selectOption({ label: 'Hằng tuần' });
  await form.getByLabel('Giờ nhận bản tổng hợp hằng ngày').fill(values.digest);
  await form.getByLabel(/^Dịch vụ kết nối của tỉnh/).uncheck();
  await form.getByRole('button', { name: 'Lưu cài đặt' }).click();
}

for (const viewport of [DESKTOP, PHONE]) {
  describe(`the unit leader's morning at ${viewport.width} px`, () => {
    const browser = useBrowser(viewport);

    it('reads the dashboard, follows its figures and clears the inbox', { timeout: 150_000 }, () =>
      morning(() => browser.page('unit_leader'), viewport),
    );

    it(
      'keeps the reminder settings and names the field of a bad value',
      { timeout: 60_000 },
      async () => {
        const page = await browser.page('unit_leader', '/thong-bao');
        await settings(page, { days: '5, 2, 0', digest: '07:45' });
        await statusSays(page, 'Đã lưu cài đặt nhắc hạn.');
        await page.reload();
        const form = page.getByRole('region', { name: 'Cài đặt nhắc hạn của tôi' });
        await expect
          .poll(() => form.getByLabel('Nhắc trước hạn (số ngày)').inputValue())
          .toBe('5, 2, 0');
        expect(await form.getByLabel('Giờ nhận bản tổng hợp hằng ngày').inputValue()).toBe('07:45');
        expect(await form.getByLabel('Nhắc lại khi quá hạn').inputValue()).toBe('weekly');
        expect(await form.getByLabel(/^Dịch vụ kết nối của tỉnh/).isChecked()).toBe(false);

        // A time that does not exist: refused by the server, the field named in Vietnamese.
        await settings(page, { days: '5, 2, 0', digest: '25:00' });
        const alert = form.getByRole('alert');
        await alert.waitFor();
        expect(await alert.textContent()).toMatch(
          /^Giờ nhận bản tổng hợp hằng ngày: .*không hợp lệ/,
        );
        // A day count that is not a number: refused before sending, the field named.
        await settings(page, { days: '5, ba', digest: '07:45' });
        await expect
          .poll(() => form.getByRole('alert').allTextContents())
          .toEqual(['Nhắc trước hạn (số ngày): "ba" không phải là số ngày nguyên không âm.']);
        await page.reload();
        expect(await form.getByLabel('Giờ nhận bản tổng hợp hằng ngày').inputValue()).toBe('07:45');
      },
    );
  });
}
