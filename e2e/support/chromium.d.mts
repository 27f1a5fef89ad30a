import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: readonly string[];
export interface Viewport {
  width: number;
  height: number;
}
export const DESKTOP: Viewport;
export const PHONE: Viewport;
export const DEMO_PASSWORD: string;
export const DEMO_USERS: {
  admin: 'admin';
  leader: 'chutich';
  office: 'vanthu';
  unit_leader: 'skhdt';
  unit_staff: 'skhdt.cv';
  viewer: 'xem';
};
export type DemoRole = keyof typeof DEMO_USERS;

/** A Chromium context on a fresh profile directory, removed on close. */
export function launchChromium(
  viewport?: Viewport,
): Promise<{ context: BrowserContext; close: () => Promise<void> }>;

/** Signs in through the sign-in page at `path` and waits for the signed-in shell. */
export function signIn(page: Page, baseURL: string, role: DemoRole, path?: string): Promise<void>;
