/**
 * The office gives tasks from a directive (one after another, the document
 * kept), the task list's status chips and saved filters (per user), and a
 * viewer sent to a page their role cannot use.
 */
import { describe, expect, it } from 'vitest';
import { uniqueText } from './support/api';
import { openNav, tableSettled } from './support/journeys';
import { region, rowsOf, statusSays, taskTable, totalOf } from './support/tasks';
import { useBrowser } from './support/session';

const browser = useBrowser();

describe('tasks given by the office', () => {
  it('creates two tasks from a directive, then finds them on the document and in the list', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Giao nhiệm vụ');
    await page.getByRole('heading', { level: 1, name: 'Giao nhiệm vụ' }).waitFor();

    // Choose the directive 05/CT-UBND from the register.
    const picker = page.getByRole('search', { name: 'Tìm văn bản giao' });
    await picker.getByRole('searchbox', { name: 'Tìm văn bản giao' }).fill('05/CT-UBND');
    await picker.getByRole('button', { name: 'Tìm văn bản' }).click();
    await page.getByRole('button', { name: 'Chọn văn bản 05/CT-UBND' }).click();
    const chosen = page.getByRole('group', { name: 'Văn bản giao' });
    expect(await chosen.textContent()).toContain('05/CT-UBND ngày 15/5/2023');

    const first = uniqueText('Xây dựng kho dữ liệu dùng chung của tỉnh');
    const form = page.getByRole('form', { name: 'Giao nhiệm vụ' });
    await form.getByLabel('Mục trong văn bản').fill('2');
    await form.getByLabel('Nội dung nhiệm vụ').fill(first);
    await form.getByLabel('Đơn vị chủ trì').selectOption({ label: 'Sở Thông tin và Truyền thông' });
    await form.getByLabel('Chọn đơn vị phối hợp').selectOption({ label: 'Sở Kế hoạch và Đầu tư' });
    await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await form.getByRole('button', { name: 'Bỏ Sở Kế hoạch và Đầu tư' }).waitFor();
    await form
      .getByLabel('Lãnh đạo phụ trách')
      .selectOption({ label: 'Lê Quốc Thái — Phó Chủ tịch UBND tỉnh' });
    await form.getByLabel('Thời hạn', { exact: true }).fill('2023-08-31');
    await form.getByLabel('Sản phẩm').fill('Báo cáo');
    await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await statusSays(page, /Đã giao nhiệm vụ #\d+\./);

    // The document stays chosen and the form is fresh for the next task.
    expect(await chosen.textContent()).toContain('05/CT-UBND');
    expect(await form.getByLabel('Nội dung nhiệm vụ').inputValue()).toBe('');
    const second = uniqueText('Hướng dẫn các huyện triển khai định danh điện tử');
    await form.getByLabel('Nội dung nhiệm vụ').fill(second);
    await form.getByLabel('Đơn vị chủ trì').selectOption({ label: 'Công an tỉnh Bình Phước' });
    await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await expect
      .poll(async () => (await rowsOf(page, 'Nhiệm vụ giao tại văn bản này')).flat().join(' '))
      .toContain(second);
    const rows = (await rowsOf(page, 'Nhiệm vụ giao tại văn bản này')).map((r) => r.join(' | '));
    expect(rows.find((r) => r.includes(first))).toMatch(/Chưa hoàn thành, trong hạn/);
    expect(rows.find((r) => r.includes(first))).toMatch(/31\/8\/2023/);
    expect(rows.find((r) => r.includes(second))).toMatch(/Không có thời hạn/);

    // The first task, as assigned: lead, coordinating, leader, source.
    await page
      .getByRole('table', { name: 'Nhiệm vụ giao tại văn bản này' })
      .getByRole('link', { name: first })
      .click();
    await page.getByRole('heading', { level: 1, name: first }).waitFor();
    const assignments = await rowsOf(page, 'Các đơn vị được giao và tiến độ của từng đơn vị');
    expect(assignments.map((r) => r.slice(0, 2).join(' | '))).toEqual([
      'Sở TT&TT | Chủ trì',
      'Sở KH&ĐT | Phối hợp',
    ]);
    const fields = region(page, 'Thông tin nhiệm vụ');
    expect(await fields.textContent()).toContain('Lê Quốc Thái');
    expect(await fields.getByRole('link', { name: '05/CT-UBND' }).count()).toBe(1);
  });

  it('filters by status chips and keeps named filters per user', async () => {
    const page = await browser.page('office', '/nhiem-vu');
    await page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' }).waitFor();
    await tableSettled(page, taskTable(page));
    const all = await totalOf(page);

    const overdue = page.getByRole('button', { name: 'Chưa hoàn thành, quá hạn', exact: true });
    expect(await overdue.getAttribute('aria-pressed')).toBe('false');
    await overdue.click();
    await page.waitForURL((url) => url.searchParams.getAll('status').includes('CHT_QUA_HAN'));
    expect(await overdue.getAttribute('aria-pressed')).toBe('true');
    const search = page.getByRole('search', { name: 'Bộ lọc' });
    await search
      .getByLabel('Đơn vị', { exact: true })
      .selectOption({ label: 'Sở Kế hoạch và Đầu tư' });
    await search.getByRole('button', { name: 'Lọc' }).first().click();
    await page.waitForURL((url) => url.searchParams.get('unit') !== null);
    await tableSettled(page, taskTable(page));
    const filtered = await totalOf(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    // Every row shown is overdue, in words (never colour alone).
    for (const row of await rowsOf(page, /^Danh sách nhiệm vụ/))
      expect(row.join(' ')).toContain('Chưa hoàn thành, quá hạn');

    const saved = region(page, 'Bộ lọc đã lưu');
    expect(await saved.getByRole('link').count()).toBe(0);
    await saved.getByText('Lưu bộ lọc hiện tại').click();
    const saveForm = saved.getByRole('form', { name: 'Lưu bộ lọc hiện tại' });
    await saveForm.getByLabel('Tên bộ lọc').fill('Quá hạn của Sở KH&ĐT');
    await saveForm.getByRole('button', { name: 'Lưu bộ lọc' }).click();
    await statusSays(page, 'Đã lưu bộ lọc “Quá hạn của Sở KH&ĐT”.');

    // Later, from the plain list, the saved filter brings the same view back.
    await openNav(page, 'Danh sách nhiệm vụ');
    await page.waitForURL((url) => url.search === '');
    await saved.getByRole('link', { name: 'Quá hạn của Sở KH&ĐT' }).click();
    await page.waitForURL((url) => url.searchParams.get('unit') !== null);
    await tableSettled(page, taskTable(page));
    expect(await totalOf(page)).toBe(filtered);
    expect(
      await page
        .getByRole('button', { name: 'Chưa hoàn thành, quá hạn', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    // Another user of the same browser has their own (none).
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').fill('xem');
    await page.getByLabel('Mật khẩu').fill('dieuhanh2023');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await openNav(page, 'Danh sách nhiệm vụ');
    await saved.getByText('Chưa lưu bộ lọc nào', { exact: false }).waitFor();
    expect(await saved.getByRole('link').count()).toBe(0);
  });

  it('tells a viewer, in a sentence, that giving tasks is not theirs', async () => {
    const page = await browser.page('viewer', '/nhiem-vu/giao');
    await page.getByRole('heading', { level: 1, name: 'Giao nhiệm vụ' }).waitFor();
    expect(await page.getByText('Bạn không có quyền thực hiện thao tác này.').isVisible()).toBe(
      true,
    );
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link', { name: 'Giao nhiệm vụ' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Giao nhiệm vụ' }).count()).toBe(0);
  });
});
