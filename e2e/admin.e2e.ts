/** Administration: renaming a unit from a date (earlier dates keep the old name), users, calendar, council. */
import { describe, expect, it } from 'vitest';
import { openNav, openUnit, renameOpenUnit, unitNameOn } from './support/journeys';
import { useBrowser } from './support/session';

const browser = useBrowser();

describe('administration', () => {
  it('renames a unit from a date and still shows the old name on an earlier date', async () => {
    const page = await browser.page('admin');
    await openUnit(page, 'van hoa', 'Sở Văn hóa, Thể thao và Du lịch');
    await renameOpenUnit(page, '2023-08-01', 'Sở Văn hóa, Thể thao, Du lịch và Gia đình');
    expect(await unitNameOn(page, '2023-07-31')).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(await unitNameOn(page, '2023-08-01')).toBe('Sở Văn hóa, Thể thao, Du lịch và Gia đình');
    const history = page.getByRole('region', { name: 'Tên qua các thời kỳ' });
    expect(await history.getByRole('row').count()).toBeGreaterThanOrEqual(3);

    // The list as of an earlier date shows the old name too.
    await page.goto(`${browser.baseURL}/quan-tri/don-vi?asOf=2023-07-15&q=van%20hoa`);
    await page
      .getByRole('link', { name: 'Sở Văn hóa, Thể thao và Du lịch', exact: true })
      .waitFor();
    await page.goto(`${browser.baseURL}/quan-tri/don-vi?asOf=2023-08-15&q=van%20hoa`);
    await page
      .getByRole('link', { name: 'Sở Văn hóa, Thể thao, Du lịch và Gia đình', exact: true })
      .waitFor();
  });

  it('creates a user and shows the generated password once', async () => {
    const page = await browser.page('admin');
    await openNav(page, 'Người dùng');
    const form = page.getByRole('region', { name: 'Thêm người dùng' });
    await form.getByLabel('Tên đăng nhập').fill('e2e.chuyenvien');
    await form.getByLabel('Họ và tên').fill('Nguyễn Thị Thử');
    await form.getByLabel('Vai trò').selectOption({ label: 'Cán bộ đơn vị' });
    await form.getByLabel(/^Đơn vị/).selectOption({ label: 'Sở Tài chính' });
    await form.getByRole('button', { name: 'Thêm người dùng' }).click();
    const notice = form.getByRole('status');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Mật khẩu mới của e2e\.chuyenvien: \S+/);
    const users = page.getByRole('table', { name: 'Tài khoản người dùng' });
    await users.getByRole('cell', { name: 'e2e.chuyenvien', exact: true }).waitFor();

    // Change the role (the form sends the record's version).
    await users.getByRole('button', { name: 'Sửa tài khoản e2e.chuyenvien' }).click();
    const edit = page.getByRole('region', { name: 'Sửa tài khoản e2e.chuyenvien' });
    await edit.getByLabel('Vai trò').selectOption({ label: 'Xem' });
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await edit.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' }).waitFor();
    const row = users.getByRole('row').filter({ hasText: 'e2e.chuyenvien' });
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('Xem');
  });

  it('lists the holidays of a year and adds a day of the province', async () => {
    const page = await browser.page('admin');
    await openNav(page, 'Lịch ngày làm việc');
    await page.getByText(/^Năm 2023 có [\d.]+ ngày làm việc\.$/).waitFor();
    const september = page.getByRole('region', { name: 'Tháng 9 2023' });
    expect(await september.getByText('Ngày lễ, Tết').count()).toBeGreaterThan(0);
    const form = page.getByRole('region', { name: 'Thêm ngày vào lịch' });
    // The required mark (*) follows the label's words.
    await form.getByLabel(/^Ngày/).fill('2023-11-20');
    await form.getByLabel('Loại ngày').selectOption({ label: 'Nghỉ bù' });
    await form.getByLabel('Tên gọi').fill('Nghỉ thử nghiệm của tỉnh');
    await form.getByRole('button', { name: 'Thêm ngày vào lịch' }).click();
    const november = page.getByRole('region', { name: 'Tháng 11 2023' });
    await november.getByText('Nghỉ thử nghiệm của tỉnh').waitFor();
    await november.getByRole('button', { name: 'Xóa ngày 20/11/2023' }).click();
    await page.getByText('Đã xóa ngày 20/11/2023 khỏi lịch.').waitFor();
    expect(await november.getByText('Nghỉ thử nghiệm của tỉnh').count()).toBe(0);
  });

  it('lists the council sessions with their wording', async () => {
    const page = await browser.page('admin');
    await openNav(page, 'HĐND: khóa và kỳ họp');
    const table = page.getByRole('table', { name: 'Các kỳ họp HĐND' });
    await table.getByRole('row').nth(1).waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(5);
    expect((await table.textContent()) ?? '').toContain('nhiệm kỳ 2021-2026');
  });
});
