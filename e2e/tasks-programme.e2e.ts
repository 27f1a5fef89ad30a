/**
 * A programme's roll-up: the leader finds 17-CTr/TU in the task list and
 * reads, in the words of a report, that 45 of its 47 items are completed and
 * the other 2 await the Tỉnh ủy — today, and on the half-year's data date.
 */
import { describe, expect, it } from 'vitest';
import { openNav } from './support/journeys';
import { region, searchTasks, taskTable } from './support/tasks';
import { useBrowser } from './support/session';

const browser = useBrowser();

describe('a programme', () => {
  it('rolls up 17-CTr/TU: 45 completed, 2 awaiting the Tỉnh ủy', async () => {
    const page = await browser.page('leader');
    await openNav(page, 'Danh sách nhiệm vụ');
    await page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' }).waitFor();
    await searchTasks(page, '17-CTr/TU');
    await taskTable(page)
      .getByRole('link', { name: /^Triển khai Chương trình hành động số 17-CTr\/TU/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /17-CTr\/TU/ }).waitFor();

    const today = region(page, /^Tổng hợp tình hình thực hiện — 10\/7\/2023/);
    expect(await today.textContent()).toContain('Tổng số 47 nhiệm vụ: đã hoàn thành 45');
    await today
      .getByText(
        'Trong 2 nhiệm vụ chưa hoàn thành, 2 nhiệm vụ đã thực hiện xong, đang trình Tỉnh ủy phê duyệt.',
      )
      .waitFor();
    // Each item's chip says who it awaits.
    const items = page.getByRole('table', { name: /^Các nhiệm vụ của chương trình/ });
    await expect.poll(() => items.getByText('Chờ Tỉnh ủy phê duyệt').count()).toBe(2);

    // On 14/6/2023 (the half-year's data date) the two were still within their deadline.
    const atForm = page.getByRole('form', { name: 'Số liệu tại ngày' });
    await atForm.getByLabel('Số liệu tại ngày').fill('2023-06-14');
    await atForm.getByRole('button', { name: 'Xem', exact: true }).click();
    const june = region(page, /^Tổng hợp tình hình thực hiện — 14\/6\/2023/);
    expect(await june.textContent()).toContain(
      'đã hoàn thành 45 (đúng hạn 40, quá hạn 5); chưa hoàn thành 2 (trong hạn 2, quá hạn 0)',
    );
    expect(await june.textContent()).toContain(
      'Trong 2 nhiệm vụ chưa hoàn thành, 2 nhiệm vụ đã thực hiện xong, đang trình Tỉnh ủy phê duyệt.',
    );
    // Before the first submission (26/5/2023) nothing awaited the Tỉnh ủy.
    await atForm.getByLabel('Số liệu tại ngày').fill('2023-05-01');
    await atForm.getByRole('button', { name: 'Xem', exact: true }).click();
    const may = region(page, /^Tổng hợp tình hình thực hiện — 0?1\/0?5\/2023/);
    await may.waitFor();
    expect(await may.textContent()).not.toContain('đang trình');
  });
});
