// Debian's Chromium through playwright-core (never a downloaded browser), on a
// fresh profile directory, and signing in through the real sign-in page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Arguments that keep Chromium quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Date inputs as a Vietnamese user sees them (dd/mm/yyyy).
  '--lang=vi-VN',
];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Demo accounts (`dieuhanh demo` prints them); all share the demo password. */
export const DEMO_PASSWORD = 'dieuhanh2023';
export const DEMO_USERS = {
  admin: 'admin',
  leader: 'chutich',
  office: 'vanthu',
  unit_leader: 'skhdt',
  unit_staff: 'skhdt.cv',
  viewer: 'xem',
};

/** A Chromium context on a fresh profile directory, removed on close. */
export async function launchChromium(viewport = DESKTOP) {
  const profile = mkdtempSync(join(tmpdir(), 'dh-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    // Chromium on Linux takes its interface language (date inputs: dd/mm/yyyy) from the environment.
    env: { ...process.env, LANGUAGE: 'vi', LANG: 'vi_VN.UTF-8' },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the sign-in page at `path` and waits for the signed-in shell. */
export async function signIn(page, baseURL, role, path = '/') {
  await page.goto(baseURL + path);
  await page.getByLabel('Tên đăng nhập').fill(DEMO_USERS[role]);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
