/**
 * The web application's performance budget (not a test; figures go to bench/RESULTS.md):
 *
 * - initial JavaScript: the entry script and the chunks `index.html` preloads, gzipped
 *   (budget: at most 300 KB);
 * - dashboard time to data: the demo served on a warm server, the dashboard opened N times
 *   (default 10) in headless Chromium after warm-up loads; for each load, the time from
 *   navigation start (`performance.timeOrigin`) to the moment the page's root carries
 *   `data-ready="true"` (set when every widget has rendered its data). Median, min, max.
 *
 *   npx tsx bench/dashboard-time-to-data.ts [--loads 10] [--warmup 3] [--no-build]
 *
 * Each role's home is measured: the leader's dashboard (`chutich`) and the unit dashboard
 * (`skhdt`), at desktop and phone widths.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium, signIn, type DemoRole } from '../e2e/support/chromium.mjs';
import { startDemoServer } from '../e2e/support/demo-server.mjs';

const { values } = parseArgs({
  options: {
    loads: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
  },
});
const LOADS = Number(values.loads);
const WARMUP = Number(values.warmup);

function initialJavaScript(): { files: string[]; gzippedBytes: number } {
  const html = readFileSync('dist/app/index.html', 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const files = [...scripts, ...preloads];
  const gzippedBytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(`dist/app/${f}`)).length,
    0,
  );
  return { files, gzippedBytes };
}

/** Loads `url` and returns ms from navigation start to `[data-ready="true"]`. */
async function timeToData(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('[data-ready="true"]').first().waitFor({ timeout: 60_000 });
  // performance.now() counts from the navigation's time origin.
  return page.evaluate(() => {
    const marked = performance.getEntriesByName('data-ready', 'mark')[0];
    return marked ? marked.startTime : performance.now();
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const server = await startDemoServer({
  build: !values['no-build'],
  log: (m: string) => process.stderr.write(`${m}\n`),
});
try {
  const js = initialJavaScript();
  process.stdout.write(
    `initial JavaScript: ${(js.gzippedBytes / 1024).toFixed(1)} KB gzipped (budget 300 KB) — ${js.files.join(', ')}\n`,
  );
  const cases: Array<{ role: DemoRole; viewport: { width: number; height: number } }> = [
    { role: 'leader', viewport: DESKTOP },
    { role: 'leader', viewport: PHONE },
    { role: 'unit_leader', viewport: DESKTOP },
    { role: 'unit_leader', viewport: PHONE },
  ];
  process.stdout.write(
    `| Home (role) | Width | Loads | Median ms | Min ms | Max ms | Load (1 min) |\n|---|---|---|---|---|---|---|\n`,
  );
  for (const c of cases) {
    const { context, close } = await launchChromium(c.viewport);
    try {
      const page = await context.newPage();
      await signIn(page, server.baseURL, c.role);
      const before = loadavg()[0] ?? 0;
      for (let i = 0; i < WARMUP; i++) await timeToData(page, `${server.baseURL}/`);
      const times: number[] = [];
      for (let i = 0; i < LOADS; i++) times.push(await timeToData(page, `${server.baseURL}/`));
      const after = loadavg()[0] ?? 0;
      process.stdout.write(
        `| ${c.role} | ${c.viewport.width} | ${LOADS} | ${median(times).toFixed(0)} | ${Math.min(...times).toFixed(0)} | ${Math.max(...times).toFixed(0)} | ${before.toFixed(1)} → ${after.toFixed(1)} |\n`,
      );
    } finally {
      await close();
    }
  }
} finally {
  await server.stop();
}
