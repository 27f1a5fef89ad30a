import type { Page } from 'playwright-core';
import type { DemoRole, Viewport } from './chromium.mjs';

/** One screenshot of docs/screenshots/. */
export interface ScreenshotSpec {
  file: string;
  role: DemoRole | null;
  path?: string;
  viewport?: Viewport;
  prepare?: (page: Page, baseURL: string) => Promise<void>;
}

export const SCREENSHOTS: readonly ScreenshotSpec[];

/** Takes every screenshot against `baseURL` into `outDir`; returns the files written. */
export function takeScreenshots(
  baseURL: string,
  outDir: string,
  log?: (message: string) => void,
): Promise<string[]>;
