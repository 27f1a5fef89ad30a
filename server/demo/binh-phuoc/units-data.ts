/**
 * The organisation of the demo province, Bình Phước as of 2023 (GUIDE §8):
 * plain data, created in this order by organisation.ts. Codes are stable
 * machine codes (ASCII, prefixed `BP`; central bodies under `VN`).
 * Illustrative data: symbol codes of the provincial agencies follow the
 * GUIDE §8.2 demo codes, not necessarily the province's real ones.
 */
import type { UnitKind } from '../../organisation/tables';

/** One unit to create. */
export interface UnitSpec {
  code: string;
  kind: UnitKind;
  parent: string | null;
  name: string;
  shortName?: string;
  symbolCode?: string;
  validFrom: string;
}

/**
 * Central bodies exist well before every document the demo cites (the oldest
 * is Luật 77/2015/QH13); their exact founding dates do not matter here.
 */
const CENTRAL_FROM = '2007-08-01';
/** Bình Phước was re-established on 1/1/1997. */
const PROVINCE_FROM = '1997-01-01';
/** Agencies and districts: only their existence in 2021–2023 matters for the demo. */
const LOCAL_FROM = '2020-01-01';
/** Chơn Thành became a thị xã (NQ 570/NQ-UBTVQH15); its phường date from then. */
export const CHON_THANH_TOWN_FROM = '2022-10-01';

function central(code: string, name: string, symbolCode?: string, shortName?: string): UnitSpec {
  return {
    code: `VN.${code}`,
    kind: 'central_body',
    parent: 'VN',
    name,
    ...(shortName ? { shortName } : {}),
    ...(symbolCode ? { symbolCode } : {}),
    validFrom: CENTRAL_FROM,
  };
}

/** Trung ương: the bodies whose documents the province receives and cites. */
export const CENTRAL_UNITS: readonly UnitSpec[] = [
  { code: 'VN', kind: 'central_body', parent: null, name: 'Trung ương', validFrom: CENTRAL_FROM },
  central('QH', 'Quốc hội'),
  central('CP', 'Chính phủ', 'CP'),
  central('TTG', 'Thủ tướng Chính phủ', 'TTg'),
  central('VPCP', 'Văn phòng Chính phủ', 'VPCP'),
  central('BKHDT', 'Bộ Kế hoạch và Đầu tư', 'BKHĐT', 'Bộ KH&ĐT'),
  central('BTC', 'Bộ Tài chính', 'BTC'),
  central('BNV', 'Bộ Nội vụ', 'BNV'),
  central('BCT', 'Bộ Công Thương', 'BCT'),
  central('BTNMT', 'Bộ Tài nguyên và Môi trường', 'BTNMT', 'Bộ TN&MT'),
  central('BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn', 'BNNPTNT', 'Bộ NN&PTNT'),
  central('BXD', 'Bộ Xây dựng', 'BXD'),
  central('BGTVT', 'Bộ Giao thông vận tải', 'BGTVT', 'Bộ GTVT'),
  central('BYT', 'Bộ Y tế', 'BYT'),
  central('BGDDT', 'Bộ Giáo dục và Đào tạo', 'BGDĐT', 'Bộ GD&ĐT'),
  central('BLDTBXH', 'Bộ Lao động - Thương binh và Xã hội', 'BLĐTBXH', 'Bộ LĐ-TB&XH'),
  central('BTTTT', 'Bộ Thông tin và Truyền thông', 'BTTTT', 'Bộ TT&TT'),
  central('BTP', 'Bộ Tư pháp', 'BTP'),
  central('TW', 'Ban Chấp hành Trung ương Đảng', 'TW', 'BCH Trung ương'),
];

/** The province node and the bodies directly under it. */
export const PROVINCE_UNITS: readonly UnitSpec[] = [
  { code: 'BP', kind: 'province', parent: null, name: 'Tỉnh Bình Phước', validFrom: PROVINCE_FROM },
  {
    code: 'BP.TU',
    kind: 'party_committee',
    parent: 'BP',
    name: 'Tỉnh ủy Bình Phước',
    shortName: 'Tỉnh ủy',
    symbolCode: 'TU',
    validFrom: PROVINCE_FROM,
  },
  {
    code: 'BP.HDND',
    kind: 'provincial_council',
    parent: 'BP',
    name: 'Hội đồng nhân dân tỉnh Bình Phước',
    shortName: 'HĐND tỉnh',
    symbolCode: 'HĐND',
    validFrom: PROVINCE_FROM,
  },
  {
    code: 'BP.UBND',
    kind: 'provincial_committee',
    parent: 'BP',
    name: 'Ủy ban nhân dân tỉnh Bình Phước',
    shortName: 'UBND tỉnh',
    symbolCode: 'UBND',
    validFrom: PROVINCE_FROM,
  },
  other('DBQH', 'Đoàn đại biểu Quốc hội tỉnh Bình Phước', 'Đoàn ĐBQH tỉnh', 'ĐĐBQH'),
  other('MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước', 'Ủy ban MTTQ tỉnh', 'MTTQ'),
  other('CAT', 'Công an tỉnh Bình Phước', 'Công an tỉnh', 'CAT'),
  other('BCHQS', 'Bộ Chỉ huy Quân sự tỉnh Bình Phước', 'Bộ CHQS tỉnh', 'BCHQS'),
  other('CUCTHUE', 'Cục Thuế tỉnh Bình Phước', 'Cục Thuế tỉnh', 'CTBPH'),
  other('KBNN', 'Kho bạc Nhà nước Bình Phước', 'KBNN tỉnh', 'KBBP'),
  other('CUCTHONGKE', 'Cục Thống kê tỉnh Bình Phước', 'Cục Thống kê tỉnh', 'CTK'),
];

function other(code: string, name: string, shortName: string, symbolCode: string): UnitSpec {
  return {
    code: `BP.${code}`,
    kind: 'other_body',
    parent: 'BP',
    name,
    shortName,
    symbolCode,
    validFrom: LOCAL_FROM,
  };
}

/** A specialised agency (sở, ban, ngành) of the UBND tỉnh, with its head's title. */
export interface AgencySpec {
  /** Key used by the document templates (`SKHDT`); the unit code is `BP.<key>`. */
  key: string;
  name: string;
  shortName: string;
  symbolCode: string;
  headTitle: string;
  /** Re-issued its function decision in 2023 after 764-QĐ/TU (18 agencies). */
  functionDecision: boolean;
}

/** GUIDE §8.2: the agencies under the UBND tỉnh. */
export const AGENCIES: readonly AgencySpec[] = [
  agency(
    'VPUBND',
    'Văn phòng Ủy ban nhân dân tỉnh',
    'Văn phòng UBND tỉnh',
    'VPUBND',
    'Chánh Văn phòng',
  ),
  agency('SNV', 'Sở Nội vụ', 'Sở Nội vụ', 'SNV', 'Giám đốc Sở'),
  agency('STP', 'Sở Tư pháp', 'Sở Tư pháp', 'STP', 'Giám đốc Sở'),
  agency('SKHDT', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'SKHĐT', 'Giám đốc Sở'),
  agency('STC', 'Sở Tài chính', 'Sở Tài chính', 'STC', 'Giám đốc Sở'),
  agency('SCT', 'Sở Công Thương', 'Sở Công Thương', 'SCT', 'Giám đốc Sở'),
  agency(
    'SNNPTNT',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở NN&PTNT',
    'SNNPTNT',
    'Giám đốc Sở',
  ),
  agency('SGTVT', 'Sở Giao thông vận tải', 'Sở GTVT', 'SGTVT', 'Giám đốc Sở'),
  agency('SXD', 'Sở Xây dựng', 'Sở Xây dựng', 'SXD', 'Giám đốc Sở'),
  agency('STNMT', 'Sở Tài nguyên và Môi trường', 'Sở TN&MT', 'STNMT', 'Giám đốc Sở'),
  agency('STTTT', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'STTTT', 'Giám đốc Sở'),
  agency('SLDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'SLĐTBXH', 'Giám đốc Sở'),
  agency('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VH-TT&DL', 'SVHTTDL', 'Giám đốc Sở'),
  agency('SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'SKHCN', 'Giám đốc Sở'),
  agency('SGDDT', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'SGDĐT', 'Giám đốc Sở'),
  agency('SYT', 'Sở Y tế', 'Sở Y tế', 'SYT', 'Giám đốc Sở'),
  agency('TTR', 'Thanh tra tỉnh', 'Thanh tra tỉnh', 'TTr', 'Chánh Thanh tra tỉnh'),
  agency('BDT', 'Ban Dân tộc tỉnh', 'Ban Dân tộc', 'BDT', 'Trưởng ban'),
  agency('SNGV', 'Sở Ngoại vụ', 'Sở Ngoại vụ', 'SNgV', 'Giám đốc Sở', false),
  agency(
    'BQLKKT',
    'Ban Quản lý Khu kinh tế tỉnh',
    'BQL Khu kinh tế',
    'BQLKKT',
    'Trưởng ban',
    false,
  ),
];

function agency(
  key: string,
  name: string,
  shortName: string,
  symbolCode: string,
  headTitle: string,
  functionDecision = true,
): AgencySpec {
  return { key, name, shortName, symbolCode, headTitle, functionDecision };
}

/** The agency's name with the province, as a decision's trích yếu prints it. */
export function agencyFormalName(a: AgencySpec): string {
  return a.name.endsWith(' tỉnh') ? `${a.name} Bình Phước` : `${a.name} tỉnh Bình Phước`;
}

/** A district-level unit (GUIDE §8.3). */
export interface DistrictSpec {
  /** Key used by the templates; the unit code is `BP.<key>`. */
  key: string;
  /** `thành phố Đồng Xoài`, as the text of a document names it. */
  place: string;
  /** `UBND TP. Đồng Xoài`. */
  shortName: string;
  /** Huyện (rural district) as opposed to a city or town: they have agriculture offices. */
  rural: boolean;
}

/** The 11 district-level units of 2023; Chơn Thành is a thị xã from 10/2022 (renamed in organisation.ts). */
export const DISTRICTS: readonly DistrictSpec[] = [
  { key: 'DONGXOAI', place: 'thành phố Đồng Xoài', shortName: 'UBND TP. Đồng Xoài', rural: false },
  { key: 'BINHLONG', place: 'thị xã Bình Long', shortName: 'UBND TX. Bình Long', rural: false },
  { key: 'PHUOCLONG', place: 'thị xã Phước Long', shortName: 'UBND TX. Phước Long', rural: false },
  { key: 'CHONTHANH', place: 'thị xã Chơn Thành', shortName: 'UBND TX. Chơn Thành', rural: false },
  { key: 'BUDANG', place: 'huyện Bù Đăng', shortName: 'UBND huyện Bù Đăng', rural: true },
  { key: 'BUDOP', place: 'huyện Bù Đốp', shortName: 'UBND huyện Bù Đốp', rural: true },
  { key: 'BUGIAMAP', place: 'huyện Bù Gia Mập', shortName: 'UBND huyện Bù Gia Mập', rural: true },
  { key: 'DONGPHU', place: 'huyện Đồng Phú', shortName: 'UBND huyện Đồng Phú', rural: true },
  { key: 'HONQUAN', place: 'huyện Hớn Quản', shortName: 'UBND huyện Hớn Quản', rural: true },
  { key: 'LOCNINH', place: 'huyện Lộc Ninh', shortName: 'UBND huyện Lộc Ninh', rural: true },
  { key: 'PHURIENG', place: 'huyện Phú Riềng', shortName: 'UBND huyện Phú Riềng', rural: true },
];

/** Chơn Thành before it became a thị xã. */
export const CHON_THANH_AS_DISTRICT = {
  name: 'UBND huyện Chơn Thành',
  shortName: 'UBND huyện Chơn Thành',
};

/**
 * The communes of thị xã Chơn Thành (NQ 570/NQ-UBTVQH15, GUIDE §8.3): five
 * phường — four of them were xã of the same name until 10/2022, renamed in
 * organisation.ts; Hưng Long is created as a phường — and four xã.
 */
export const CHON_THANH_COMMUNES: readonly { key: string; name: string; formerName?: string }[] = [
  { key: 'HUNGLONG', name: 'UBND phường Hưng Long' },
  { key: 'THANHTAM', name: 'UBND phường Thành Tâm', formerName: 'UBND xã Thành Tâm' },
  { key: 'MINHHUNG', name: 'UBND phường Minh Hưng', formerName: 'UBND xã Minh Hưng' },
  { key: 'MINHLONG', name: 'UBND phường Minh Long', formerName: 'UBND xã Minh Long' },
  { key: 'MINHTHANH', name: 'UBND phường Minh Thành', formerName: 'UBND xã Minh Thành' },
  { key: 'MINHTHANG', name: 'UBND xã Minh Thắng' },
  { key: 'NHABICH', name: 'UBND xã Nha Bích' },
  { key: 'MINHLAP', name: 'UBND xã Minh Lập' },
  { key: 'QUANGMINH', name: 'UBND xã Quang Minh' },
];

/** Working groups (tổ công tác) of the UBND tỉnh named by the seed report; members have no use case yet. */
export const WORKING_GROUPS: readonly UnitSpec[] = [
  {
    code: 'BP.UBND.TORASOATDTC',
    kind: 'working_group',
    parent: 'BP.UBND',
    name: 'Tổ rà soát đầu tư công',
    validFrom: '2023-03-16',
  },
  {
    code: 'BP.UBND.TOPHANUNGNHANH',
    kind: 'working_group',
    parent: 'BP.UBND',
    name: 'Tổ phản ứng nhanh',
    validFrom: '2021-10-01',
  },
];

export const LOCAL_VALID_FROM = LOCAL_FROM;
