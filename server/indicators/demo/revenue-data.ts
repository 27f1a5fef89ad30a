/**
 * Demo catalogue (Dữ liệu minh họa), part 1: budget revenue by source
 * (tỷ đồng), exports and imports (triệu USD), investment attracted.
 * Figures are illustrative, shaped after 229/BC-UBND (10/7/2023): revenue
 * low, above all land-auction revenue ("thu đấu giá quyền sử dụng đất…
 * thị trường trầm lắng"), exports falling, FDI promotion starting to show.
 */
import { PROFILES, type DemoIndicator } from './demo-spec';

const TAX = 'Cục Thuế tỉnh; Kho bạc Nhà nước tỉnh';

/** A revenue source owned by the Sở Tài chính, monthly, calendar months, coloured by the HĐND's estimate. */
function revenue(
  code: string,
  nameVi: string,
  nameEn: string,
  o: Pick<DemoIndicator, 'targets' | 'figures'> &
    Partial<Pick<DemoIndicator, 'parent' | 'dataSource'>>,
): DemoIndicator {
  return {
    code,
    nameVi,
    nameEn,
    category: 'budget_revenue',
    unitOfMeasure: 'tỷ đồng',
    frequency: 'monthly',
    owner: 'BP.STC',
    dataSource: o.dataSource ?? TAX,
    colourTarget: 'estimate_council',
    ...o,
  };
}

const tax = (total2022: number, growth: number) =>
  ({
    kind: 'flow',
    total2022,
    profile: PROFILES.tax,
    growth,
    decimals: 1,
    julyEstimate: true,
  }) as const;

/** Budget revenue: the total and its parts (each parent is the sum of its parts). */
export const REVENUE: readonly DemoIndicator[] = [
  revenue('NS.TONG', 'Tổng thu NSNN trên địa bàn', 'Total state budget revenue in the province', {
    targets: { estimate_central: 11_490, estimate_council: 12_520 },
    figures: { kind: 'sum' },
  }),
  revenue('NS.NOIDIA', 'Thu nội địa', 'Domestic revenue', {
    parent: 'NS.TONG',
    targets: { estimate_central: 10_790, estimate_council: 11_770 },
    figures: { kind: 'sum' },
  }),
  revenue('NS.DNNN', 'Thu từ doanh nghiệp nhà nước', 'From state-owned enterprises', {
    parent: 'NS.NOIDIA',
    targets: { estimate_central: 1_000, estimate_council: 1_050 },
    figures: tax(1_050, 0.97),
  }),
  revenue(
    'NS.FDI',
    'Thu từ doanh nghiệp có vốn đầu tư nước ngoài',
    'From foreign-invested enterprises',
    {
      parent: 'NS.NOIDIA',
      targets: { estimate_central: 950, estimate_council: 1_000 },
      figures: tax(900, 1.06),
    },
  ),
  revenue(
    'NS.NQD',
    'Thu từ khu vực công thương nghiệp ngoài quốc doanh',
    'From the non-state sector',
    {
      parent: 'NS.NOIDIA',
      targets: { estimate_central: 2_350, estimate_council: 2_450 },
      figures: tax(2_300, 0.98),
    },
  ),
  revenue('NS.TNCN', 'Thuế thu nhập cá nhân', 'Personal income tax', {
    parent: 'NS.NOIDIA',
    targets: { estimate_central: 800, estimate_council: 820 },
    figures: tax(750, 0.98),
  }),
  revenue('NS.LPTB', 'Lệ phí trước bạ', 'Registration fees', {
    parent: 'NS.NOIDIA',
    targets: { estimate_central: 500, estimate_council: 520 },
    figures: tax(520, 0.82),
  }),
  revenue('NS.BVMT', 'Thuế bảo vệ môi trường', 'Environmental protection tax', {
    parent: 'NS.NOIDIA',
    targets: { estimate_central: 480, estimate_council: 480 },
    figures: tax(420, 1.08),
  }),
  revenue('NS.PHI', 'Thu phí, lệ phí', 'Fees and charges', {
    parent: 'NS.NOIDIA',
    targets: { estimate_central: 250, estimate_council: 260 },
    figures: tax(230, 1.05),
  }),
  revenue('NS.TSDD', 'Thu tiền sử dụng đất', 'Land use fees', {
    parent: 'NS.NOIDIA',
    targets: { estimate_central: 2_700, estimate_council: 3_300 },
    figures: { kind: 'sum' },
  }),
  revenue(
    'NS.TSDD.DAUGIA',
    'Thu tiền sử dụng đất qua đấu giá quyền sử dụng đất',
    'Land use fees from land-use-right auctions',
    {
      parent: 'NS.TSDD',
      dataSource: 'Sở Tài nguyên và Môi trường; Cục Thuế tỉnh',
      targets: { estimate_council: 2_000 },
      figures: {
        kind: 'flow',
        total2022: 3_900,
        profile: PROFILES.land2022,
        growth: 0.05,
        decimals: 1,
        julyEstimate: true,
      },
    },
  ),
  revenue(
    'NS.TSDD.GIAODAT',
    'Thu tiền sử dụng đất giao đất không qua đấu giá, chuyển mục đích',
    'Land use fees from allocation without auction and change of use',
    {
      parent: 'NS.TSDD',
      targets: { estimate_council: 1_300 },
      figures: {
        kind: 'flow',
        total2022: 1_900,
        profile: PROFILES.land2022,
        growth: 0.36,
        decimals: 1,
        julyEstimate: true,
      },
    },
  ),
  revenue('NS.THUEDAT', 'Thu tiền thuê đất, thuê mặt nước', 'Land and water surface rent', {
    parent: 'NS.NOIDIA',
    targets: { estimate_central: 300, estimate_council: 350 },
    figures: tax(380, 0.92),
  }),
  revenue('NS.XSKT', 'Thu từ hoạt động xổ số kiến thiết', 'Lottery revenue', {
    parent: 'NS.NOIDIA',
    dataSource: 'Công ty TNHH MTV Xổ số kiến thiết tỉnh; Sở Tài chính',
    targets: { estimate_central: 1_000, estimate_council: 1_050 },
    figures: {
      kind: 'flow',
      total2022: 1_020,
      profile: PROFILES.lottery,
      growth: 1.05,
      decimals: 1,
      julyEstimate: true,
    },
  }),
  revenue('NS.KHAC', 'Thu khác ngân sách', 'Other budget revenue', {
    parent: 'NS.NOIDIA',
    targets: { estimate_central: 460, estimate_council: 490 },
    figures: tax(480, 1.1),
  }),
  revenue('NS.XNK', 'Thu từ hoạt động xuất nhập khẩu', 'Import and export duties', {
    parent: 'NS.TONG',
    dataSource: 'Cục Hải quan (Chi cục Hải quan quản lý địa bàn tỉnh)',
    targets: { estimate_central: 700, estimate_council: 750 },
    figures: tax(820, 0.9),
  }),
];

/** Trade, owned by the Sở Công Thương, in triệu USD. */
function trade(
  code: string,
  nameVi: string,
  nameEn: string,
  o: Pick<DemoIndicator, 'targets' | 'figures'> & Partial<Pick<DemoIndicator, 'parent'>>,
): DemoIndicator {
  return {
    code,
    nameVi,
    nameEn,
    category: 'trade',
    unitOfMeasure: 'triệu USD',
    frequency: 'monthly',
    owner: 'BP.SCT',
    dataSource: 'Sở Công Thương; Cục Thống kê tỉnh',
    ...o,
  };
}

const goods = (total2022: number, growth: number) =>
  ({
    kind: 'flow',
    total2022,
    profile: PROFILES.trade,
    growth,
    decimals: 1,
    julyEstimate: true,
  }) as const;

/** Exports falling year on year (kim ngạch xuất khẩu giảm), by main product. */
export const TRADE: readonly DemoIndicator[] = [
  trade('XK.TONG', 'Kim ngạch xuất khẩu', 'Export turnover', {
    targets: { plan: 4_500 },
    figures: { kind: 'sum' },
  }),
  trade('XK.DIEU', 'Xuất khẩu hạt điều', 'Cashew exports', {
    parent: 'XK.TONG',
    targets: {},
    figures: goods(1_150, 0.92),
  }),
  trade('XK.CAOSU', 'Xuất khẩu cao su', 'Rubber exports', {
    parent: 'XK.TONG',
    targets: {},
    figures: goods(520, 0.8),
  }),
  trade('XK.GO', 'Xuất khẩu gỗ và sản phẩm gỗ', 'Wood and wood product exports', {
    parent: 'XK.TONG',
    targets: {},
    figures: goods(600, 0.74),
  }),
  trade('XK.DETMAY', 'Xuất khẩu dệt may, giày dép', 'Textile and footwear exports', {
    parent: 'XK.TONG',
    targets: {},
    figures: goods(980, 0.86),
  }),
  trade('XK.KHAC', 'Xuất khẩu hàng hóa khác', 'Other exports', {
    parent: 'XK.TONG',
    targets: {},
    figures: goods(1_000, 0.95),
  }),
  trade('NK.TONG', 'Kim ngạch nhập khẩu', 'Import turnover', {
    targets: { plan: 3_200 },
    figures: goods(3_050, 0.86),
  }),
];

const registrations = (total2022: number, growth: number, decimals: number) =>
  ({
    kind: 'flow',
    total2022,
    profile: PROFILES.registrations,
    growth,
    decimals,
  }) as const;

/** Investment attracted (thu hút đầu tư) and new businesses, owned by the Sở KH&ĐT. */
export const INVESTMENT: readonly DemoIndicator[] = [
  {
    code: 'DT.FDI.VON',
    nameVi: 'Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký cấp mới và tăng thêm',
    nameEn: 'Registered FDI capital, new and additional',
    category: 'investment_attraction',
    unitOfMeasure: 'triệu USD',
    frequency: 'monthly',
    owner: 'BP.SKHDT',
    dataSource: 'Sở Kế hoạch và Đầu tư; Ban Quản lý Khu kinh tế tỉnh',
    targets: { plan: 500 },
    figures: registrations(420, 1.12, 1),
  },
  {
    code: 'DT.FDI.DUAN',
    nameVi: 'Số dự án FDI cấp mới',
    nameEn: 'New FDI projects',
    category: 'investment_attraction',
    unitOfMeasure: 'dự án',
    frequency: 'monthly',
    owner: 'BP.SKHDT',
    dataSource: 'Sở Kế hoạch và Đầu tư; Ban Quản lý Khu kinh tế tỉnh',
    targets: { plan: 40 },
    figures: registrations(36, 1.15, 0),
  },
  {
    code: 'DT.FDI.TANGVON',
    nameVi: 'Số lượt dự án FDI điều chỉnh tăng vốn',
    nameEn: 'FDI projects increasing their capital',
    category: 'investment_attraction',
    unitOfMeasure: 'lượt dự án',
    frequency: 'monthly',
    owner: 'BP.SKHDT',
    dataSource: 'Sở Kế hoạch và Đầu tư; Ban Quản lý Khu kinh tế tỉnh',
    targets: { plan: 25 },
    figures: registrations(22, 1.05, 0),
  },
  {
    code: 'DT.TN.VON',
    nameVi: 'Vốn đầu tư trong nước đăng ký cấp mới và tăng thêm',
    nameEn: 'Registered domestic investment capital',
    category: 'investment_attraction',
    unitOfMeasure: 'tỷ đồng',
    frequency: 'monthly',
    owner: 'BP.SKHDT',
    dataSource: 'Sở Kế hoạch và Đầu tư',
    targets: { plan: 15_000 },
    figures: registrations(12_000, 0.82, 0),
  },
  {
    code: 'DT.TN.DUAN',
    nameVi: 'Số dự án đầu tư trong nước cấp mới',
    nameEn: 'New domestic investment projects',
    category: 'investment_attraction',
    unitOfMeasure: 'dự án',
    frequency: 'monthly',
    owner: 'BP.SKHDT',
    dataSource: 'Sở Kế hoạch và Đầu tư',
    targets: { plan: 65 },
    figures: registrations(60, 0.9, 0),
  },
  {
    code: 'DN.MOI',
    nameVi: 'Số doanh nghiệp thành lập mới',
    nameEn: 'Newly registered businesses',
    category: 'investment_attraction',
    unitOfMeasure: 'doanh nghiệp',
    frequency: 'monthly',
    owner: 'BP.SKHDT',
    dataSource: 'Hệ thống thông tin quốc gia về đăng ký doanh nghiệp',
    targets: { plan: 1_400 },
    figures: registrations(1_350, 0.95, 0),
  },
  {
    code: 'DN.MOI.VON',
    nameVi: 'Vốn đăng ký của doanh nghiệp thành lập mới',
    nameEn: 'Registered capital of new businesses',
    category: 'investment_attraction',
    unitOfMeasure: 'tỷ đồng',
    frequency: 'monthly',
    owner: 'BP.SKHDT',
    dataSource: 'Hệ thống thông tin quốc gia về đăng ký doanh nghiệp',
    targets: { plan: 15_000 },
    figures: registrations(14_500, 0.9, 0),
  },
  {
    code: 'DN.GIAITHE',
    nameVi: 'Số doanh nghiệp giải thể, tạm ngừng kinh doanh',
    nameEn: 'Businesses dissolved or suspended',
    category: 'investment_attraction',
    unitOfMeasure: 'doanh nghiệp',
    frequency: 'monthly',
    direction: 'lower_is_better',
    owner: 'BP.SKHDT',
    dataSource: 'Hệ thống thông tin quốc gia về đăng ký doanh nghiệp',
    targets: { plan: 700 },
    figures: registrations(700, 1.18, 0),
  },
];
