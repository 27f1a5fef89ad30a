// The screenshots of the main pages (docs/screenshots/): which page, as whom,
// at which size, and how to take them all against a running server.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, launchChromium, signIn } from './chromium.mjs';

/** Opens the first entry the register finds for a search. */
async function openFirstFound(page, baseURL, q) {
  await page.goto(`${baseURL}/van-ban?q=${encodeURIComponent(q)}`);
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('heading', { level: 2, name: /Thông tin văn bản/ }).waitFor();
}

/** Every screenshot: file name, who is signed in (null: nobody), the address or a preparation. */
export const SCREENSHOTS = [
  { file: 'sign-in.png', role: null, path: '/' },
  { file: 'home.png', role: 'office', path: '/' },
  { file: 'register.png', role: 'office', path: '/van-ban' },
  {
    file: 'dashboard.png',
    role: 'leader',
    prepare: async (page, baseURL) => {
      await page.goto(`${baseURL}/`);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
    },
  },
  {
    file: 'unit-dashboard.png',
    role: 'unit_leader',
    prepare: async (page, baseURL) => {
      await page.goto(`${baseURL}/`);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
    },
  },
  { file: 'search.png', role: 'office', path: '/tim-kiem?q=skhdt' },
  { file: 'inbox.png', role: 'unit_leader', path: '/thong-bao' },

  { file: 'register-search.png', role: 'office', path: '/van-ban?q=ke%20hoach%20dau%20tu%20cong' },
  {
    file: 'document-detail.png',
    role: 'office',
    prepare: (page, baseURL) => openFirstFound(page, baseURL, '222/BC-UBND'),
  },
  { file: 'issue-document.png', role: 'office', path: '/van-ban/cap-so' },
  { file: 'register-incoming.png', role: 'office', path: '/van-ban/vao-so' },
  { file: 'import.png', role: 'office', path: '/van-ban/nhap-excel' },
  { file: 'statistics.png', role: 'leader', path: '/van-ban/thong-ke?period=2023-H1&basis=nd09' },
  { file: 'admin-units.png', role: 'admin', path: '/quan-tri/don-vi' },
  {
    file: 'admin-unit-detail.png',
    role: 'admin',
    prepare: async (page, baseURL) => {
      await page.goto(`${baseURL}/quan-tri/don-vi?q=ke%20hoach`);
      await page.getByRole('link', { name: 'Sở Kế hoạch và Đầu tư' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sở Kế hoạch và Đầu tư' }).waitFor();
    },
  },
  { file: 'admin-people.png', role: 'admin', path: '/quan-tri/can-bo' },
  { file: 'admin-users.png', role: 'admin', path: '/quan-tri/nguoi-dung' },
  { file: 'admin-council.png', role: 'admin', path: '/quan-tri/hdnd' },
  { file: 'admin-calendar.png', role: 'admin', path: '/quan-tri/lich' },
  { file: 'tasks.png', role: 'office', path: '/nhiem-vu' },
  {
    file: 'task-detail.png',
    role: 'leader',
    prepare: async (page, baseURL) => {
      await page.goto(`${baseURL}/nhiem-vu?status=CHT_QUA_HAN&sort=deadline`);
      await page
        .getByRole('table', { name: /^Danh sách nhiệm vụ/ })
        .getByRole('link')
        .first()
        .click();
      await page.getByRole('region', { name: 'Diễn biến' }).waitFor();
    },
  },
  { file: 'unit-inbox.png', role: 'unit_leader', path: '/nhiem-vu/don-vi' },
  {
    file: 'programme.png',
    role: 'leader',
    prepare: async (page, baseURL) => {
      await page.goto(`${baseURL}/nhiem-vu?q=17-CTr%2FTU&topLevel=1`);
      await page
        .getByRole('table', { name: /^Danh sách nhiệm vụ/ })
        .getByRole('link', { name: /^Triển khai Chương trình hành động/ })
        .click();
      await page
        .getByRole('heading', { level: 2, name: /^Tổng hợp tình hình thực hiện/ })
        .waitFor();
    },
  },
  { file: 'task-statistics.png', role: 'leader', path: '/nhiem-vu/thong-ke' },
  {
    file: 'meeting.png',
    role: 'office',
    prepare: async (page, baseURL) => {
      await page.goto(`${baseURL}/hoi-nghi`);
      await page
        .getByRole('table', { name: 'Các hội nghị, mới nhất trước' })
        .getByRole('link')
        .first()
        .click();
      await page.getByRole('heading', { level: 2, name: 'Chương trình hội nghị' }).waitFor();
    },
  },
  { file: 'leader-calendar.png', role: 'leader', path: '/lich-cong-tac' },
  {
    file: 'disbursement.png',
    role: 'leader',
    path: '/chi-tieu-dau-tu/giai-ngan',
  },
  {
    file: 'report.png',
    role: 'office',
    prepare: async (page, baseURL) => {
      await page.goto(`${baseURL}/bao-cao`);
      await page
        .getByRole('table', { name: 'Các báo cáo, mới nhất trước' })
        .getByRole('row')
        .filter({ hasText: '229/BC-UBND' })
        .getByRole('link')
        .click();
      await page.getByRole('article').waitFor();
      // The report's paper itself, not the download buttons above it.
      await page.getByRole('article').scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'phone-dashboard.png',
    role: 'leader',
    viewport: PHONE,
    prepare: async (page, baseURL) => {
      await page.goto(`${baseURL}/`);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
    },
  },
  { file: 'phone-tasks.png', role: 'office', path: '/nhiem-vu', viewport: PHONE },
  { file: 'phone-register.png', role: 'office', path: '/van-ban', viewport: PHONE },
  {
    file: 'phone-menu.png',
    role: 'office',
    path: '/van-ban',
    viewport: PHONE,
    prepare: async (page, baseURL) => {
      await page.goto(`${baseURL}/van-ban`);
      await page.getByRole('button', { name: 'Danh mục' }).click();
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
    },
  },
  {
    file: 'phone-document-detail.png',
    role: 'office',
    viewport: PHONE,
    prepare: (page, baseURL) => openFirstFound(page, baseURL, '222/BC-UBND'),
  },
];

async function settle(page) {
  await page.waitForLoadState('networkidle');
  // The loading skeleton and "Đang tải…" are gone when the page shows its data.
  await page.locator('.skeleton').first().waitFor({ state: 'detached', timeout: 15_000 });
  // Tables still fetching (the unit's inbox reads each open task) are not yet the page.
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 });
  await page.evaluate(() => globalThis.document.fonts.ready);
}

/** Takes every screenshot against `baseURL` into `outDir`; returns the files written. */
export async function takeScreenshots(baseURL, outDir, log = () => {}) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  const groups = new Map();
  for (const shot of SCREENSHOTS) {
    const viewport = shot.viewport ?? DESKTOP;
    const key = `${shot.role ?? 'anonymous'}@${viewport.width}`;
    if (!groups.has(key)) groups.set(key, { role: shot.role, viewport, shots: [] });
    groups.get(key).shots.push(shot);
  }
  for (const group of groups.values()) {
    const { context, close } = await launchChromium(group.viewport);
    try {
      const page = await context.newPage();
      if (group.role) await signIn(page, baseURL, group.role);
      for (const shot of group.shots) {
        if (shot.prepare) await shot.prepare(page, baseURL);
        else await page.goto(baseURL + shot.path);
        await settle(page);
        const file = join(outDir, shot.file);
        await page.screenshot({ path: file });
        written.push(file);
        log(`wrote ${file}`);
      }
    } finally {
      await close();
    }
  }
  return written;
}
