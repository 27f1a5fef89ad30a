/** The pages every accessibility run visits: address, who signs in, what shows that the page is ready. */
import type { Page } from 'playwright-core';
import type { DemoRole } from './chromium.mjs';

export interface PageVisit {
  name: string;
  role: DemoRole | null;
  path: string;
  /** The page's h1 (a RegExp when it depends on data). */
  heading: string | RegExp;
  /** Steps after loading the address (open a detail). */
  then?: (page: Page) => Promise<void>;
}

export const PAGES: readonly PageVisit[] = [
  { name: 'sign-in', role: null, path: '/', heading: 'Đăng nhập' },
  { name: 'home', role: 'office', path: '/', heading: /^Xin chào/ },
  { name: 'register', role: 'office', path: '/van-ban', heading: 'Sổ văn bản' },
  {
    name: 'document detail',
    role: 'office',
    path: '/van-ban?q=222%2FBC-UBND',
    heading: 'Báo cáo 222/BC-UBND',
    then: async (page) => {
      await page
        .getByRole('table', { name: /^Sổ văn bản/ })
        .getByRole('link', { name: '222/BC-UBND' })
        .click();
    },
  },
  { name: 'issue', role: 'office', path: '/van-ban/cap-so', heading: 'Cấp số văn bản đi' },
  { name: 'incoming', role: 'office', path: '/van-ban/vao-so', heading: 'Vào sổ văn bản đến' },
  {
    name: 'import',
    role: 'office',
    path: '/van-ban/nhap-excel',
    heading: 'Nhập sổ văn bản từ Excel',
  },
  {
    name: 'statistics',
    role: 'leader',
    path: '/van-ban/thong-ke',
    heading: 'Thống kê văn bản ban hành',
  },
  { name: 'account', role: 'viewer', path: '/tai-khoan', heading: 'Tài khoản của tôi' },
  { name: 'placeholder', role: 'viewer', path: '/bao-cao', heading: 'Báo cáo' },
  { name: 'units', role: 'admin', path: '/quan-tri/don-vi', heading: 'Đơn vị' },
  {
    name: 'unit detail',
    role: 'admin',
    path: '/quan-tri/don-vi?q=tai%20chinh',
    heading: 'Sở Tài chính',
    then: async (page) => {
      await page.getByRole('link', { name: 'Sở Tài chính', exact: true }).click();
    },
  },
  { name: 'people', role: 'admin', path: '/quan-tri/can-bo', heading: 'Cán bộ & chức vụ' },
  { name: 'users', role: 'admin', path: '/quan-tri/nguoi-dung', heading: 'Người dùng' },
  { name: 'council', role: 'admin', path: '/quan-tri/hdnd', heading: 'HĐND: khóa và kỳ họp' },
  { name: 'calendar', role: 'admin', path: '/quan-tri/lich', heading: 'Lịch ngày làm việc' },
];

/** Opens a page as its role and waits until its heading and data are there. */
export async function visit(
  open: (role?: DemoRole, path?: string) => Promise<Page>,
  p: PageVisit,
): Promise<Page> {
  const page = await open(p.role ?? undefined, p.path);
  if (p.then) await p.then(page);
  await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}
