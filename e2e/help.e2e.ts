/** The in-app guide: each role reads its own guide first, and its links open the pages they name. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/session';

const browser = useBrowser();

describe('the user guide', () => {
  it("puts the signed-in role's guide first and its steps lead to real pages", async () => {
    const page = await browser.page('unit_leader', '/huong-dan');
    await page.getByRole('heading', { level: 1, name: 'Hướng dẫn sử dụng' }).waitFor();
    const first = page.getByRole('heading', { level: 2 }).first();
    expect(await first.textContent()).toBe(
      'Vai trò của bạn: Lãnh đạo đơn vị — Lãnh đạo sở, ngành, địa phương',
    );
    // The other roles are folded below; the leader's guide opens on a click.
    const leaderGuide = page.locator('details', { hasText: 'Lãnh đạo UBND tỉnh (Chủ tịch' });
    expect(await leaderGuide.getAttribute('open')).toBeNull();
    await leaderGuide.locator('summary').click();
    expect(await leaderGuide.getAttribute('open')).not.toBeNull();
    await page.getByRole('link', { name: 'Việc của đơn vị' }).first().click();
    await page.waitForURL(/\/nhiem-vu\/don-vi$/);
  });

  it('is reachable from the navigation', async () => {
    const page = await browser.page('leader');
    await page.getByRole('navigation').getByRole('link', { name: 'Hướng dẫn sử dụng' }).click();
    const first = page.getByRole('heading', { level: 2 }).first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/^Vai trò của bạn: Lãnh đạo UBND tỉnh/);
  });
});
