/** axe-core on every page, on a desktop and on a phone-sized screen: no serious or critical violation. */
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { PHONE } from './support/chromium.mjs';
import { PAGES, visit } from './support/pages';
import { useBrowser } from './support/session';

const desktop = useBrowser();

describe('accessibility at 1280×900', () => {
  it('the check itself finds a serious violation when there is one', async () => {
    const page = await desktop.page();
    await page.setContent(
      '<html lang="vi"><body><main><img src="x.png"><button></button></main></body></html>',
    );
    const ids = (await seriousAxeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
  });

  it.each(PAGES)('$name has no serious or critical axe violation', async (p) => {
    const page = await visit(desktop.page, p);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('accessibility at 390×844', () => {
  const phone = useBrowser(PHONE);
  it.each(PAGES)('$name has no serious or critical axe violation', async (p) => {
    const page = await visit(phone.page, p);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
