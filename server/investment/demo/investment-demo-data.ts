/**
 * The demo province's public-investment portfolio (Bình Phước 2023) as plain
 * data: who invests in what, from which capital sources, and how fast money
 * flowed. Places and roads are real names of Bình Phước; projects, codes,
 * amounts and decisions are invented (Dữ liệu minh họa — illustrative).
 */

/** A kind of project an investor carries, with its name template and capital mix. */
export interface ProjectTemplate {
  /** `{district}` is filled with the district's place name, `{n}` with a sequence. */
  name: string;
  /** Leaf source codes of its plan lines, with the share of the line in the project. */
  sources: ReadonlyArray<readonly [code: string, share: number]>;
  /** Relative size (the category total is shared out in proportion). */
  weight: number;
}

/** An investor of the demo and the projects it carries. */
export interface InvestorPlan {
  /** Unit code of the demo organisation. */
  unit: string;
  category: 'board' | 'agency' | 'district' | 'programme';
  /** Pace of the investor against the category's (1 = average). */
  pace: number;
  projects: ReadonlyArray<{ template: ProjectTemplate; count: number }>;
}

/** The Ban Quản lý dự án the seed adds to the organisation when the demo has none. */
export const PROJECT_BOARD = {
  code: 'BP.BQLDA',
  name: 'Ban Quản lý dự án đầu tư xây dựng tỉnh Bình Phước',
  shortName: 'Ban QLDA ĐTXD tỉnh',
  symbolCode: 'BQLDA',
} as const;

const t = (
  name: string,
  sources: ReadonlyArray<readonly [string, number]>,
  weight = 1,
): ProjectTemplate => ({ name, sources, weight });

/** Key projects of the province (công trình trọng điểm), all with the project board. */
export const KEY_PROJECTS: readonly ProjectTemplate[] = [
  t(
    'Đường Đồng Phú - Bình Dương',
    [
      ['NSDP.BOICHI', 0.3],
      ['NSDP.TSDD', 0.7],
    ],
    9,
  ),
  t(
    'Đường giao thông kết nối Chơn Thành - Hoa Lư',
    [
      ['NSTW.TRONGNUOC', 0.8],
      ['NSDP.CANDOI', 0.2],
    ],
    8,
  ),
  t(
    'Khu tái định cư phục vụ dự án đường cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành',
    [['NSDP.TSDD', 1]],
    5,
  ),
  t(
    'Bệnh viện đa khoa tỉnh Bình Phước (giai đoạn 2)',
    [
      ['NSTW.PHUCHOI', 0.7],
      ['NSDP.XSKT', 0.3],
    ],
    5,
  ),
  t('Hạ tầng kỹ thuật Khu kinh tế cửa khẩu Hoa Lư', [['NSTW.TRONGNUOC', 1]], 4),
  t('Xây dựng Trường THPT chuyên Quang Trung (giai đoạn 2)', [['NSDP.XSKT', 1]], 3),
];

const ROADS = ['741', '752', '753', '756', '757', '759'] as const;

/** The provincial project board's other projects. */
const BOARD: readonly ProjectTemplate[] = [
  t(
    'Nâng cấp, mở rộng đường ĐT.{road} đoạn qua {district}',
    [
      ['NSTW.TRONGNUOC', 0.6],
      ['NSDP.TSDD', 0.4],
    ],
    3,
  ),
  t('Cầu qua sông Bé trên tuyến ĐT.{road}', [['NSDP.CANDOI', 1]], 2),
  t('Trung tâm hành chính {district}', [['NSDP.TSDD', 1]], 2),
  t('Bệnh viện đa khoa khu vực {district}', [['NSDP.XSKT', 1]], 2),
  t(
    'Dự án cấp nước sạch nông thôn vay vốn Ngân hàng Thế giới tại {district}',
    [['NSTW.NUOCNGOAI', 1]],
    2,
  ),
];

/** Projects of the specialised agencies, by agency key. */
const AGENCY: Record<string, readonly ProjectTemplate[]> = {
  SGTVT: [
    t(
      'Nâng cấp đường ĐT.{road} đoạn qua {district}',
      [
        ['NSDP.CANDOI', 0.5],
        ['NSDP.TSDD', 0.5],
      ],
      3,
    ),
    t('Sửa chữa, gia cố cầu yếu trên tuyến ĐT.{road}', [['NSDP.CANDOI', 1]], 1),
  ],
  SNNPTNT: [
    t(
      'Hệ thống thủy lợi phục vụ tưới cây công nghiệp tại {district}',
      [
        ['NSTW.TRONGNUOC', 0.6],
        ['NSDP.CANDOI', 0.4],
      ],
      3,
    ),
    t('Kè chống sạt lở bờ suối tại {district}', [['NSDP.CANDOI', 1]], 1),
  ],
  SYT: [t('Trung tâm Y tế {district}', [['NSDP.XSKT', 1]], 2)],
  SGDDT: [
    t('Trường Tiểu học và Trung học cơ sở tại {district}', [['NSDP.XSKT', 1]], 1),
    t(
      'Trường Trung học phổ thông tại {district} (xây mới phòng học)',
      [
        ['NSDP.XSKT', 0.6],
        ['NSDP.CANDOI', 0.4],
      ],
      1,
    ),
  ],
  SVHTTDL: [t('Nhà văn hóa, khu thể thao trung tâm {district}', [['NSDP.CANDOI', 1]], 1)],
  STTTT: [
    t('Chuyển đổi số tỉnh Bình Phước: hạ tầng dùng chung, hạng mục {n}', [['NSDP.CANDOI', 1]], 1),
  ],
  SKHDT: [
    t('Hệ thống thông tin quản lý đầu tư công tỉnh, giai đoạn {n}', [['NSDP.CANDOI', 1]], 0.5),
  ],
  CAT: [
    t(
      'Trụ sở làm việc Công an xã trên địa bàn {district}',
      [
        ['NSTW.TRONGNUOC', 0.5],
        ['NSDP.CANDOI', 0.5],
      ],
      1,
    ),
  ],
  BCHQS: [t('Đường tuần tra biên giới trên địa bàn {border}', [['NSTW.TRONGNUOC', 1]], 2)],
  BQLKKT: [t('Hạ tầng Khu công nghiệp tại {district} (hạng mục {n})', [['NSDP.TSDD', 1]], 2)],
  STNMT: [t('Đo đạc, lập cơ sở dữ liệu đất đai {district}', [['NSDP.TSDD', 1]], 1)],
  SLDTBXH: [t('Cơ sở bảo trợ xã hội tỉnh (hạng mục {n})', [['NSDP.XSKT', 1]], 1)],
};

/** Projects of a district (UBND huyện, thị xã, thành phố) from the local budget. */
const DISTRICT: readonly ProjectTemplate[] = [
  t('Đường giao thông nông thôn xã {commune}, {district}', [['NSDP.CANDOI', 1]], 1),
  t('Trường Mầm non {commune}, {district}', [['NSDP.XSKT', 1]], 1),
  t(
    'Chợ trung tâm {district}',
    [
      ['NSDP.TSDD', 0.7],
      ['NSDP.TANGTHU', 0.3],
    ],
    1,
  ),
  t('Cải tạo, nâng cấp hệ thống thoát nước đô thị {district}', [['NSDP.TSDD', 1]], 1.5),
  t(
    'Nâng cấp đường nội thị {district} (giai đoạn {n})',
    [
      ['NSDP.CANDOI', 0.6],
      ['NSDP.TSDD', 0.4],
    ],
    1.5,
  ),
];

/** National target programme projects (investment capital: central + local counterpart). */
const NTM = t('Đường giao thông nông thôn mới xã {commune}, {district}', [
  ['CTMTQG.NTM.DTPT.NSTW', 0.85],
  ['CTMTQG.NTM.DTPT.NSDP', 0.15],
]);
const DTTS = t('Nước sinh hoạt tập trung vùng đồng bào dân tộc thiểu số xã {commune}, {district}', [
  ['CTMTQG.DTTS.DTPT.NSTW', 0.9],
  ['CTMTQG.DTTS.DTPT.NSDP', 0.1],
]);
const GNBV = t('Hạ tầng kinh tế - xã hội xã đặc biệt khó khăn {commune}, {district}', [
  ['CTMTQG.GNBV.DTPT.NSTW', 0.9],
  ['CTMTQG.GNBV.DTPT.NSDP', 0.1],
]);

/** The programmes' recurrent-fund components (kinh phí sự nghiệp), never counted as public investment. */
export const RECURRENT_COMPONENTS: ReadonlyArray<{
  unit: string;
  name: string;
  source: string;
  amount: number;
}> = [
  {
    unit: 'BP.SLDTBXH',
    name: 'CTMTQG giảm nghèo bền vững: hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế (kinh phí sự nghiệp)',
    source: 'CTMTQG.GNBV.SN',
    amount: 38,
  },
  {
    unit: 'BP.SNNPTNT',
    name: 'CTMTQG nông thôn mới: nâng cao chất lượng sản xuất (kinh phí sự nghiệp)',
    source: 'CTMTQG.NTM.SN',
    amount: 45,
  },
  {
    unit: 'BP.BDT',
    name: 'CTMTQG vùng DTTS và miền núi: hỗ trợ đất ở, nhà ở, chuyển đổi nghề (kinh phí sự nghiệp)',
    source: 'CTMTQG.DTTS.SN',
    amount: 72,
  },
];

/** Communes used in project names (a few real ones per district). */
export const COMMUNES: Record<string, readonly string[]> = {
  DONGXOAI: ['Tân Thành', 'Tiến Hưng', 'Tân Thiện'],
  BINHLONG: ['Thanh Lương', 'Thanh Phú', 'An Lộc'],
  PHUOCLONG: ['Long Giang', 'Phước Tín', 'Sơn Giang'],
  CHONTHANH: ['Minh Thắng', 'Nha Bích', 'Quang Minh', 'Minh Lập'],
  BUDANG: ['Đăk Nhau', 'Đường 10', 'Bom Bo', 'Phú Sơn'],
  BUDOP: ['Tân Tiến', 'Thiện Hưng', 'Hưng Phước', 'Phước Thiện'],
  BUGIAMAP: ['Bù Gia Mập', 'Đắk Ơ', 'Phú Văn', 'Đa Kia'],
  DONGPHU: ['Tân Lợi', 'Đồng Tâm', 'Tân Hưng', 'Thuận Phú'],
  HONQUAN: ['Tân Hiệp', 'Minh Đức', 'Phước An', 'Thanh An'],
  LOCNINH: ['Lộc Thiện', 'Lộc Tấn', 'Lộc Hòa', 'Lộc Thành'],
  PHURIENG: ['Long Hà', 'Phú Trung', 'Bù Nho', 'Long Tân'],
};

export { ROADS };

/** District keys of the demo (units `BP.<key>`) and whether each is rural (programme projects). */
export const DEMO_DISTRICTS: ReadonlyArray<{
  key: string;
  place: string;
  rural: boolean;
  pace: number;
}> = [
  { key: 'DONGXOAI', place: 'thành phố Đồng Xoài', rural: false, pace: 1.25 },
  { key: 'BINHLONG', place: 'thị xã Bình Long', rural: false, pace: 1.05 },
  { key: 'PHUOCLONG', place: 'thị xã Phước Long', rural: false, pace: 0.95 },
  { key: 'CHONTHANH', place: 'thị xã Chơn Thành', rural: false, pace: 1.35 },
  { key: 'BUDANG', place: 'huyện Bù Đăng', rural: true, pace: 0.7 },
  { key: 'BUDOP', place: 'huyện Bù Đốp', rural: true, pace: 0.55 },
  { key: 'BUGIAMAP', place: 'huyện Bù Gia Mập', rural: true, pace: 0.6 },
  { key: 'DONGPHU', place: 'huyện Đồng Phú', rural: true, pace: 1.15 },
  { key: 'HONQUAN', place: 'huyện Hớn Quản', rural: true, pace: 0.85 },
  { key: 'LOCNINH', place: 'huyện Lộc Ninh', rural: true, pace: 0.9 },
  { key: 'PHURIENG', place: 'huyện Phú Riềng', rural: true, pace: 1.1 },
];

/** The investors and their portfolios; the district list is expanded in the seed. */
export const PROVINCIAL_INVESTORS: readonly InvestorPlan[] = [
  {
    unit: PROJECT_BOARD.code,
    category: 'board',
    pace: 1,
    projects: BOARD.map((template) => ({ template, count: 7 })),
  },
  {
    unit: 'BP.SGTVT',
    category: 'agency',
    pace: 1.45,
    projects: AGENCY.SGTVT?.map((template) => ({ template, count: 7 })) ?? [],
  },
  {
    unit: 'BP.SNNPTNT',
    category: 'agency',
    pace: 0.8,
    projects: AGENCY.SNNPTNT?.map((template) => ({ template, count: 6 })) ?? [],
  },
  {
    unit: 'BP.SYT',
    category: 'agency',
    pace: 0.45,
    projects: AGENCY.SYT?.map((template) => ({ template, count: 8 })) ?? [],
  },
  {
    unit: 'BP.SGDDT',
    category: 'agency',
    pace: 1.2,
    projects: AGENCY.SGDDT?.map((template) => ({ template, count: 6 })) ?? [],
  },
  {
    unit: 'BP.SVHTTDL',
    category: 'agency',
    pace: 0.65,
    projects: AGENCY.SVHTTDL?.map((template) => ({ template, count: 5 })) ?? [],
  },
  {
    unit: 'BP.STTTT',
    category: 'agency',
    pace: 0.5,
    projects: AGENCY.STTTT?.map((template) => ({ template, count: 4 })) ?? [],
  },
  {
    unit: 'BP.SKHDT',
    category: 'agency',
    pace: 1.1,
    projects: AGENCY.SKHDT?.map((template) => ({ template, count: 2 })) ?? [],
  },
  {
    unit: 'BP.CAT',
    category: 'agency',
    pace: 1.5,
    projects: AGENCY.CAT?.map((template) => ({ template, count: 4 })) ?? [],
  },
  {
    unit: 'BP.BCHQS',
    category: 'agency',
    pace: 1.3,
    projects: AGENCY.BCHQS?.map((template) => ({ template, count: 4 })) ?? [],
  },
  {
    unit: 'BP.BQLKKT',
    category: 'agency',
    pace: 0.35,
    projects: AGENCY.BQLKKT?.map((template) => ({ template, count: 3 })) ?? [],
  },
  {
    unit: 'BP.STNMT',
    category: 'agency',
    pace: 0.75,
    projects: AGENCY.STNMT?.map((template) => ({ template, count: 3 })) ?? [],
  },
  {
    unit: 'BP.SLDTBXH',
    category: 'agency',
    pace: 0.9,
    projects: AGENCY.SLDTBXH?.map((template) => ({ template, count: 3 })) ?? [],
  },
  { unit: 'BP.BDT', category: 'programme', pace: 0.6, projects: [{ template: DTTS, count: 4 }] },
  { unit: 'BP.SNNPTNT', category: 'programme', pace: 0.8, projects: [{ template: NTM, count: 3 }] },
];

/** A district's portfolio: 12 local projects, and programme projects when rural. */
export function districtPortfolio(rural: boolean): InvestorPlan['projects'] {
  return [
    ...DISTRICT.map((template, i) => ({ template, count: i < 2 ? 3 : 2 })),
    ...(rural
      ? [
          { template: NTM, count: 2 },
          { template: DTTS, count: 2 },
          { template: GNBV, count: 1 },
        ]
      : []),
  ];
}

/**
 * Plan totals of 2023 by category, in tỷ đồng on the Prime Minister's plan
 * (the province's own plan adds to the land-use-fee and extra-revenue lines).
 */
export const PLAN_2023_PM_TY = {
  board: 1_950,
  agency: 880,
  district: 1_540,
  programme: 430,
} as const;

/** Share of the Prime Minister's plan disbursed by end-June 2023, by category (before each investor's pace). */
export const JUNE_2023_RATE = {
  board: 0.3,
  agency: 0.33,
  district: 0.285,
  programme: 0.055,
} as const;

/** The province's own plan against the Prime Minister's, by source (GUIDE §5.2: it can be larger). */
export const LOCAL_FACTOR: Record<string, number> = {
  'NSDP.TSDD': 1.4,
  'NSDP.CANDOI': 1.08,
  'NSDP.XSKT': 1.05,
  'CTMTQG.NTM.DTPT.NSDP': 1.3,
  'CTMTQG.DTTS.DTPT.NSDP': 1.3,
  'CTMTQG.GNBV.DTPT.NSDP': 1.3,
};

/** Monthly shape of 2023 up to June: cumulative share of the end-June amount. */
export const SHAPE_2023_H1 = [0.04, 0.11, 0.25, 0.42, 0.63, 1] as const;
/** Disbursed 1–7 July 2023, as a share of the end-June amount. */
export const JULY_2023_SHARE = 0.05;

/**
 * Earlier years: the plan (tỷ, Prime Minister's), the final rate at 31/01 of
 * the next year, and the cumulative share of that final amount at the end of
 * each period month 1–13 (13 = January of the next year).
 */
export const HISTORY: ReadonlyArray<{
  year: number;
  planTy: number;
  finalRate: number;
  shape: readonly number[];
}> = [
  {
    year: 2020,
    planTy: 3_950,
    finalRate: 0.96,
    shape: [0.02, 0.06, 0.12, 0.18, 0.25, 0.33, 0.4, 0.48, 0.58, 0.67, 0.76, 0.89, 1],
  },
  {
    year: 2021,
    planTy: 4_300,
    finalRate: 0.93,
    shape: [0.01, 0.05, 0.11, 0.17, 0.24, 0.32, 0.39, 0.47, 0.57, 0.66, 0.75, 0.88, 1],
  },
  {
    year: 2022,
    planTy: 4_600,
    finalRate: 0.91,
    shape: [0.01, 0.04, 0.09, 0.15, 0.21, 0.29, 0.36, 0.45, 0.55, 0.64, 0.74, 0.87, 1],
  },
];

/** Decisions the demo's plans cite (illustrative numbers except 2735/QĐ-UBND, which the demo register holds). */
export const DECISIONS = {
  plan: {
    2020: '2850/QĐ-UBND',
    2021: '2930/QĐ-UBND',
    2022: '2790/QĐ-UBND',
    2023: '2735/QĐ-UBND',
  } as Record<number, string>,
  extraRevenue: '845/QĐ-UBND',
  programmes: '612/QĐ-UBND',
  transfer: '1120/QĐ-UBND',
} as const;
