/**
 * Every page, on a desktop and on a phone-sized screen: no serious or critical
 * axe-core violation at either width, and nothing scrolls sideways on the phone.
 * Each page is opened once at 1280×900, checked, then loaded again at 390×844
 * (same address, same session) and checked again.
 */
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { DESKTOP, PHONE } from './support/chromium.mjs';
import { scrollsSideways } from './support/journeys';
import { PAGES, revisitAt, visit } from './support/pages';
import { useBrowser } from './support/session';

const browser = useBrowser(DESKTOP);

describe('accessibility at 1280×900 and 390×844', () => {
  it('the check itself finds a serious violation when there is one', async () => {
    const page = await browser.page();
    await page.setContent(
      '<html lang="vi"><body><main><img src="x.png"><button></button></main></body></html>',
    );
    const ids = (await seriousAxeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
  });

  it('the second check really sees the phone layout', async () => {
    const page = await visit(
      browser.page,
      PAGES.find((p) => p.name === 'task list')!,
    );
    const wide = await page.evaluate(
      () => (globalThis as unknown as { innerWidth: number }).innerWidth,
    );
    await revisitAt(
      page,
      PAGES.find((p) => p.name === 'task list')!,
      PHONE,
    );
    const narrow = await page.evaluate(
      () => (globalThis as unknown as { innerWidth: number }).innerWidth,
    );
    expect([wide, narrow]).toEqual([DESKTOP.width, PHONE.width]);
  });

  it.each(PAGES)(
    '$name has no serious or critical axe violation, and does not scroll sideways on a phone',
    async (p) => {
      const page = await visit(browser.page, p);
      const desktop = await seriousAxeViolations(page);
      await revisitAt(page, p, PHONE);
      const phone = await seriousAxeViolations(page);
      const phoneScrollsSideways = await scrollsSideways(page);
      expect({ desktop, phone, phoneScrollsSideways }).toEqual({
        desktop: [],
        phone: [],
        phoneScrollsSideways: false,
      });
    },
  );
});
