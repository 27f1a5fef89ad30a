/** The pages every accessibility run visits: address, who signs in, what shows that the page is ready. */
import type { Page } from 'playwright-core';
import type { DemoRole, Viewport } from './chromium.mjs';

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
  {
    name: 'leader dashboard',
    role: 'leader',
    path: '/',
    heading: 'Bảng điều hành',
    then: async (page) => {
      await page.locator('[data-ready="true"]').waitFor();
    },
  },
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
  { name: 'search', role: 'office', path: '/tim-kiem?q=ke+hoach', heading: 'Kết quả tìm kiếm' },
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
  {
    name: 'incoming handling register',
    role: 'office',
    path: '/van-ban/theo-doi-giai-quyet',
    heading: 'Sổ theo dõi giải quyết văn bản đến',
  },
  { name: 'task list', role: 'office', path: '/nhiem-vu', heading: 'Danh sách nhiệm vụ' },
  {
    name: 'task detail',
    role: 'leader',
    path: '/nhiem-vu?status=CHT_QUA_HAN&sort=deadline',
    heading: /\S/,
    then: async (page) => {
      await page
        .getByRole('table', { name: /^Danh sách nhiệm vụ/ })
        .getByRole('link')
        .first()
        .click();
      await page.getByRole('region', { name: 'Diễn biến' }).waitFor();
    },
  },
  { name: 'assign tasks', role: 'office', path: '/nhiem-vu/giao', heading: 'Giao nhiệm vụ' },
  {
    name: 'extract tasks',
    role: 'office',
    path: '/nhiem-vu/trich-xuat',
    heading: 'Trích xuất nhiệm vụ từ văn bản',
  },
  { name: 'my unit', role: 'unit_leader', path: '/nhiem-vu/don-vi', heading: /^Việc của đơn vị/ },
  {
    name: 'unit dashboard',
    role: 'unit_leader',
    path: '/',
    heading: /^Bảng điều hành: /,
    then: async (page) => {
      await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
    },
  },
  { name: 'inbox', role: 'unit_leader', path: '/thong-bao', heading: 'Thông báo' },
  {
    name: 'programme',
    role: 'leader',
    path: '/nhiem-vu?q=17-CTr%2FTU&topLevel=1',
    heading: /17-CTr\/TU/,
    then: async (page) => {
      await page
        .getByRole('table', { name: /^Danh sách nhiệm vụ/ })
        .getByRole('link', { name: /^Triển khai Chương trình hành động/ })
        .click();
    },
  },
  {
    name: 'task statistics',
    role: 'leader',
    path: '/nhiem-vu/thong-ke',
    heading: 'Thống kê nhiệm vụ',
  },
  {
    name: 'direction list',
    role: 'leader',
    path: '/nhiem-vu/chi-dao',
    heading: 'Chỉ đạo giải quyết văn bản đến',
  },
  {
    name: 'direction',
    role: 'leader',
    path: '/nhiem-vu/chi-dao',
    heading: 'Ý kiến chỉ đạo giải quyết văn bản đến',
    then: async (page) => {
      await page
        .getByRole('link', { name: /^Cho ý kiến chỉ đạo văn bản/ })
        .first()
        .click();
    },
  },
  { name: 'meetings', role: 'office', path: '/hoi-nghi', heading: 'Hội nghị đánh giá hàng tháng' },
  {
    name: 'meeting',
    role: 'office',
    path: '/hoi-nghi',
    heading: /^Hội nghị đánh giá kết quả/,
    then: async (page) => {
      await page
        .getByRole('table', { name: 'Các hội nghị, mới nhất trước' })
        .getByRole('link')
        .first()
        .click();
    },
  },
  {
    name: 'leader calendar',
    role: 'leader',
    path: '/lich-cong-tac',
    heading: 'Lịch công tác tuần của lãnh đạo UBND tỉnh',
  },
  {
    name: 'indicator table',
    role: 'unit_leader',
    path: '/chi-tieu-dau-tu',
    heading: 'Chỉ tiêu kinh tế - xã hội',
  },
  {
    name: 'indicator with the entry form',
    role: 'unit_staff',
    path: '/chi-tieu-dau-tu',
    heading: 'Số doanh nghiệp thành lập mới',
    then: async (page) => {
      await page
        .getByRole('table', { name: /^Bảng chỉ tiêu/ })
        .getByRole('link', { name: 'Số doanh nghiệp thành lập mới' })
        .click();
    },
  },
  {
    name: 'indicator with an explanation thread',
    role: 'leader',
    path: '/chi-tieu-dau-tu',
    heading: 'Thu tiền sử dụng đất qua đấu giá quyền sử dụng đất',
    then: async (page) => {
      await page
        .getByRole('table', { name: /^Bảng chỉ tiêu/ })
        .getByRole('link', { name: 'Thu tiền sử dụng đất qua đấu giá quyền sử dụng đất' })
        .click();
      await page.getByRole('list', { name: 'Nội dung trao đổi' }).waitFor();
    },
  },
  {
    name: 'budget revenue by source',
    role: 'leader',
    path: '/chi-tieu-dau-tu/thu-ngan-sach',
    heading: 'Thu ngân sách nhà nước theo nguồn',
  },
  {
    name: 'citizen cases',
    role: 'office',
    path: '/cong-dan-cu-tri',
    heading: 'Đơn, vụ việc của công dân',
  },
  {
    name: 'citizen case with its protected applicant',
    role: 'office',
    path: '/cong-dan-cu-tri?cuaToi=1',
    heading: /^(Khiếu nại|Tố cáo|Kiến nghị|Phản ánh) [A-Z]+\.\d{8}\.\d{4}$/,
    then: async (page) => {
      await page
        .getByRole('table', { name: /^Danh sách đơn, vụ việc/ })
        .getByRole('link')
        .first()
        .click();
      await page.getByRole('table', { name: /^Các bước và thời hạn luật định/ }).waitFor();
    },
  },
  {
    name: 'citizen case as a leader (protected note)',
    role: 'leader',
    path: '/cong-dan-cu-tri?quaHan=1',
    heading: /^(Khiếu nại|Tố cáo|Kiến nghị|Phản ánh) [A-Z]+\.\d{8}\.\d{4}$/,
    then: async (page) => {
      await page
        .getByRole('table', { name: /^Danh sách đơn, vụ việc/ })
        .getByRole('link')
        .first()
        .click();
      await page.getByText(/^Thông tin được bảo vệ/).waitFor();
    },
  },
  {
    name: 'receive a case',
    role: 'office',
    path: '/cong-dan-cu-tri/don/tiep-nhan',
    heading: 'Tiếp nhận đơn, vụ việc',
  },
  {
    name: 'citizen reception and compliance, with the scheduling form',
    role: 'office',
    path: '/cong-dan-cu-tri/tiep-cong-dan',
    heading: 'Tiếp công dân của lãnh đạo',
  },
  {
    name: 'voter petitions',
    role: 'office',
    path: '/cong-dan-cu-tri/kien-nghi-cu-tri',
    heading: 'Kiến nghị cử tri',
  },
  {
    name: 'interpellations',
    role: 'leader',
    path: '/cong-dan-cu-tri/chat-van',
    heading: 'Chất vấn của đại biểu HĐND tỉnh',
  },
  {
    name: 'business feedback',
    role: 'viewer',
    path: '/cong-dan-cu-tri/doanh-nghiep',
    heading: 'Phản ánh, kiến nghị của doanh nghiệp',
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
  {
    name: 'disbursement dashboard',
    role: 'leader',
    path: '/chi-tieu-dau-tu/giai-ngan',
    heading: 'Giải ngân vốn đầu tư công năm 2023',
  },
  {
    name: 'investment import',
    role: 'office',
    path: '/chi-tieu-dau-tu/giai-ngan/nhap-excel',
    heading: 'Nhập số liệu đầu tư công từ Excel',
  },
  {
    name: 'scorecards',
    role: 'office',
    path: '/chi-tieu-dau-tu/danh-gia',
    heading: 'Đánh giá, xếp hạng đơn vị',
  },
  {
    name: 'scorecard run',
    role: 'office',
    path: '/chi-tieu-dau-tu/danh-gia',
    heading: /^Kết quả đánh giá/,
    then: async (page) => {
      // Evaluates the first half of 2023 (the form's default on 10/7/2023) and opens the result.
      await page.getByRole('button', { name: 'Thực hiện đánh giá' }).click();
    },
  },
  { name: 'user guide', role: 'unit_staff', path: '/huong-dan', heading: 'Hướng dẫn sử dụng' },
];

/** Opens a page as its role and waits until its heading and data are there. */
export async function visit(
  open: (role?: DemoRole, path?: string) => Promise<Page>,
  p: PageVisit,
): Promise<Page> {
  const page = await open(p.role ?? undefined, p.path);
  if (p.then) await p.then(page);
  await settled(page, p);
  return page;
}

/**
 * Loads the page again at another screen size: the address the visit ended on
 * (a detail the steps opened has its own address), so the page lays itself out
 * for that width from the start, as a phone opening the link would.
 */
export async function revisitAt(page: Page, p: PageVisit, viewport: Viewport): Promise<Page> {
  await page.setViewportSize(viewport);
  await page.reload();
  await settled(page, p);
  return page;
}

async function settled(page: Page, p: PageVisit): Promise<void> {
  await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
  await page.waitForLoadState('networkidle');
  // Tables still loading (a unit's inbox reads every open task) are not yet the page.
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 });
}
