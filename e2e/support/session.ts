/**
 * Per-file browser session for the journeys: one Chromium per test file, a new
 * page per test (its cookies cleared), the run's base URL.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { BrowserContext, Cookie, Page } from 'playwright-core';
import { DESKTOP, launchChromium, signIn, type DemoRole, type Viewport } from './chromium.mjs';

export interface Browsing {
  baseURL: string;
  /** A fresh page (no session cookie), optionally signed in as a demo role. */
  page: (role?: DemoRole, path?: string) => Promise<Page>;
}

/** Launches Chromium for the file's tests and closes it after them. */
export function useBrowser(viewport: Viewport = DESKTOP): Browsing {
  const baseURL = inject('baseURL');
  let context: BrowserContext | undefined;
  let close: (() => Promise<void>) | undefined;
  let current: Page | undefined;
  // The session cookie of each role once signed in through the sign-in page: later pages of
  // the file reuse it (signing in hashes a password on purpose slowly). A session that ended
  // meanwhile (sign-out, password change) shows the sign-in page, and the page signs in again.
  const sessions = new Map<DemoRole, Cookie[]>();
  beforeAll(async () => {
    ({ context, close } = await launchChromium(viewport));
  });
  afterAll(async () => {
    await close?.();
  });
  return {
    baseURL,
    page: async (role, path = '/') => {
      if (!context) throw new Error('the browser did not start');
      await current?.close();
      await context.clearCookies();
      current = await context.newPage();
      // Language and column choices are kept in localStorage: every test starts from the defaults.
      await current.goto(`${baseURL}/api/health`);
      await current.evaluate(() =>
        (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear(),
      );
      if (role) {
        const saved = sessions.get(role);
        if (saved && (await resumed(current, context, saved, baseURL + path))) return current;
        await signIn(current, baseURL, role, path);
        sessions.set(role, await context.cookies());
      } else await current.goto(baseURL + path);
      return current;
    },
  };
}

/** Opens `url` with a saved session; false (and no cookie left) when the sign-in page shows. */
async function resumed(
  page: Page,
  context: BrowserContext,
  cookies: Cookie[],
  url: string,
): Promise<boolean> {
  await context.addCookies(cookies);
  await page.goto(url);
  const signedIn = page.getByRole('button', { name: 'Đăng xuất' });
  const signInForm = page.getByLabel('Tên đăng nhập');
  await signedIn.or(signInForm).first().waitFor();
  if (await signedIn.isVisible()) return true;
  await context.clearCookies();
  return false;
}
