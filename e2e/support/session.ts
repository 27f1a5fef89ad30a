/**
 * Per-file browser session for the journeys: one Chromium per test file, a new
 * page per test (its cookies cleared), the run's base URL.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
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
      if (role) await signIn(current, baseURL, role, path);
      else await current.goto(baseURL + path);
      return current;
    },
  };
}
