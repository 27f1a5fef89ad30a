/** Signing in per role: what each role sees, wrong passwords, sign-out, the language switch, an ended session. */
import { describe, expect, it } from 'vitest';
import { DEMO_USERS, type DemoRole } from './support/chromium.mjs';
import { useBrowser } from './support/session';

const browser = useBrowser();

const ROLE_LABELS: Record<DemoRole, string> = {
  admin: 'Quản trị hệ thống',
  leader: 'Lãnh đạo UBND tỉnh',
  office: 'Văn phòng UBND tỉnh',
  unit_leader: 'Lãnh đạo đơn vị',
  unit_staff: 'Cán bộ đơn vị',
  viewer: 'Xem',
};

describe('sign-in', () => {
  it.each(Object.keys(DEMO_USERS) as DemoRole[])(
    'signs in as %s and sees what the role may use',
    async (role) => {
      const page = await browser.page(role);
      const header = page.getByRole('banner');
      expect(await header.getByText(ROLE_LABELS[role], { exact: true }).count()).toBeGreaterThan(0);
      expect(await header.getByText('Dữ liệu minh họa').isVisible()).toBe(true);
      expect(await header.getByText('10/7/2023').isVisible()).toBe(true);
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      const canIssue = role === 'admin' || role === 'office';
      expect(await nav.getByRole('link', { name: 'Sổ văn bản', exact: true }).count()).toBe(1);
      expect(await nav.getByRole('link', { name: 'Danh sách nhiệm vụ', exact: true }).count()).toBe(
        1,
      );
      expect(await nav.getByRole('link', { name: 'Giao nhiệm vụ', exact: true }).count()).toBe(
        canIssue ? 1 : 0,
      );
      expect(await nav.getByRole('link', { name: 'Việc của đơn vị', exact: true }).count()).toBe(
        role === 'unit_leader' || role === 'unit_staff' ? 1 : 0,
      );
      expect(
        await nav.getByRole('link', { name: 'Chỉ đạo văn bản đến', exact: true }).count(),
      ).toBe(role === 'admin' || role === 'leader' ? 1 : 0);
      expect(await nav.getByRole('link', { name: 'Cấp số văn bản đi' }).count()).toBe(
        canIssue ? 1 : 0,
      );
      expect(await nav.getByRole('link', { name: 'Người dùng' }).count()).toBe(
        role === 'admin' ? 1 : 0,
      );
      // The province's roles open the leader dashboard; the unit roles their unit's.
      const dashboard =
        role === 'unit_leader' || role === 'unit_staff'
          ? /^Bảng điều hành: Sở (Kế hoạch và Đầu tư|KH&ĐT)/
          : /^Bảng điều hành$/;
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(dashboard);
    },
  );

  it('refuses a wrong password with the server message and stays on the sign-in page', async () => {
    const page = await browser.page();
    await page.getByLabel('Tên đăng nhập').fill('xem');
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.length).toBeGreaterThan(10);
    expect(await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).isVisible()).toBe(true);
  });

  it('signs out back to the sign-in page', async () => {
    const page = await browser.page('viewer');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  });

  it('signs out from a page deep in the application', async () => {
    const page = await browser.page('office', '/nhiem-vu?status=CHT_QUA_HAN');
    await page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' }).waitFor();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the sign-in page when the session ends, then opens the page asked for', async () => {
    const page = await browser.page('viewer', '/van-ban/thong-ke');
    await page.getByRole('heading', { level: 1, name: 'Thống kê văn bản ban hành' }).waitFor();
    await page.context().clearCookies();
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Sổ văn bản', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await page.getByLabel('Tên đăng nhập').fill(DEMO_USERS.viewer);
    await page.getByLabel('Mật khẩu').fill('dieuhanh2023');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sổ văn bản' }).waitFor();
  });

  it('switches the interface to English and remembers the choice', async () => {
    const page = await browser.page('leader');
    await page.getByRole('button', { name: 'English' }).click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Document register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Document register' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Document register' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sổ văn bản' }).waitFor();
  });

  it('tells a signed-in user without the admin role that administration is not theirs', async () => {
    const page = await browser.page('office', '/quan-tri/nguoi-dung');
    await page.getByText('Bạn không có quyền thực hiện thao tác này.').waitFor();
  });
});
