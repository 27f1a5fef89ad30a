/**
 * The leaders' weekly calendar: the office puts a working session on a
 * Vice-Chair's day that clashes with a meeting already there; both events
 * say so in words, the week counts the clash, and removing the event clears it.
 */
import { describe, expect, it } from 'vitest';
import { uniqueText } from './support/api';
import { openNav, tableSettled } from './support/journeys';
import { statusSays } from './support/tasks';
import { useBrowser } from './support/session';

const browser = useBrowser();
const EXISTING = 'Họp Tổ rà soát đầu tư công về điều chuyển kế hoạch vốn đầu tư công năm 2023';

describe("the leaders' calendar", () => {
  it('marks a clash between two events of the same leader, in words', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Lịch công tác lãnh đạo');
    await page
      .getByRole('heading', { level: 1, name: 'Lịch công tác tuần của lãnh đạo UBND tỉnh' })
      .waitFor();
    const table = page.getByRole('table', { name: /^Lịch công tác từ/ });
    await tableSettled(page, table);
    const title = uniqueText('Làm việc với Ban Quản lý dự án đầu tư xây dựng tỉnh');
    // Each row names the other when they clash: a row is told apart by its time.
    const existing = table
      .getByRole('row')
      .filter({ hasText: EXISTING })
      .filter({ hasText: '08:00–11:00' });
    expect(await existing.textContent()).not.toContain('Trùng lịch');

    const form = page.getByRole('form', { name: 'Thêm lịch công tác' });
    await form
      .getByLabel('Lịch của')
      .selectOption({ label: 'Lê Quốc Thái — Phó Chủ tịch UBND tỉnh' });
    await form.getByLabel('Ngày').fill('2023-07-11');
    await form.getByLabel('Bắt đầu').fill('09:00');
    await form.getByLabel('Kết thúc').fill('10:30');
    await form.getByLabel('Địa điểm').fill('Trụ sở UBND tỉnh');
    await form.getByLabel('Nội dung').fill(title);
    await form.getByRole('button', { name: 'Thêm vào lịch' }).click();
    await statusSays(page, 'Đã thêm lịch công tác; lịch này trùng với lịch khác của lãnh đạo.');

    const added = table
      .getByRole('row')
      .filter({ hasText: title })
      .filter({ hasText: '09:00–10:30' });
    await added.waitFor();
    expect(await added.textContent()).toContain(`Trùng lịch với: ${EXISTING}`);
    expect(await existing.textContent()).toContain(`Trùng lịch với: ${title}`);
    await page.getByText('Có 1 cặp lịch trùng nhau trong tuần.').waitFor();

    await added.getByRole('button', { name: `Xóa lịch: ${title}` }).click();
    await statusSays(page, 'Đã xóa lịch công tác.');
    await expect.poll(() => added.count()).toBe(0);
    await expect.poll(async () => (await existing.textContent()) ?? '').not.toContain('Trùng lịch');
    expect(await page.getByText('Có 1 cặp lịch trùng nhau trong tuần.').count()).toBe(0);
  });
});
