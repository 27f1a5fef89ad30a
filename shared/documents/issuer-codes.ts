/**
 * Issuer codes (*tên viết tắt của cơ quan ban hành*), the part of a ký hiệu that
 * names who issued the document (`UBND` in `229/BC-UBND`, `TU` in `17-CTr/TU`).
 *
 * Each agency head sets the real abbreviations (ND 30/2020/NĐ-CP Phụ lục I
 * Phần I.II.3.b), so the organisation registry is the authority at run time;
 * this shipped list covers central bodies and common provincial agencies.
 */

import { buildCodeLookup, cleanCode } from './code-match';

/** An issuer abbreviation in its official letter case with the body's Vietnamese name. */
export interface IssuerCode {
  code: string;
  nameVi: string;
}

const ROMAN = ['X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** Quốc hội and its Standing Committee, terms X (1997–2002) to XV (2021–2026): laws are `77/2015/QH13`. */
function nationalAssemblyTerms(): IssuerCode[] {
  return ROMAN.flatMap((roman, i) => [
    { code: `QH${i + 10}`, nameVi: `Quốc hội khóa ${roman}` },
    { code: `UBTVQH${i + 10}`, nameVi: `Ủy ban Thường vụ Quốc hội khóa ${roman}` },
  ]);
}

/**
 * Shipped issuer codes; codes are not unique (`BCT` is both Bộ Công Thương and
 * the Party's Bộ Chính trị, `TTr` is the demo code of Thanh tra tỉnh and also
 * the type abbreviation of Tờ trình), so look names up with that in mind.
 */
export const CENTRAL_ISSUERS: readonly IssuerCode[] = [
  // State, central (GUIDE §2.6; ministries as organised in 2023).
  { code: 'CP', nameVi: 'Chính phủ' },
  { code: 'TTg', nameVi: 'Thủ tướng Chính phủ' },
  { code: 'VPCP', nameVi: 'Văn phòng Chính phủ' },
  { code: 'CTN', nameVi: 'Chủ tịch nước' },
  ...nationalAssemblyTerms(),
  { code: 'BNV', nameVi: 'Bộ Nội vụ' },
  { code: 'BTC', nameVi: 'Bộ Tài chính' },
  { code: 'BKHĐT', nameVi: 'Bộ Kế hoạch và Đầu tư' },
  { code: 'BCT', nameVi: 'Bộ Công Thương' },
  { code: 'BTNMT', nameVi: 'Bộ Tài nguyên và Môi trường' },
  { code: 'BXD', nameVi: 'Bộ Xây dựng' },
  { code: 'BGTVT', nameVi: 'Bộ Giao thông vận tải' },
  { code: 'BNNPTNT', nameVi: 'Bộ Nông nghiệp và Phát triển nông thôn' },
  { code: 'BYT', nameVi: 'Bộ Y tế' },
  { code: 'BGDĐT', nameVi: 'Bộ Giáo dục và Đào tạo' },
  { code: 'BLĐTBXH', nameVi: 'Bộ Lao động - Thương binh và Xã hội' },
  { code: 'BTP', nameVi: 'Bộ Tư pháp' },
  { code: 'BTTTT', nameVi: 'Bộ Thông tin và Truyền thông' },
  { code: 'BVHTTDL', nameVi: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { code: 'BKHCN', nameVi: 'Bộ Khoa học và Công nghệ' },
  { code: 'BQP', nameVi: 'Bộ Quốc phòng' },
  { code: 'BCA', nameVi: 'Bộ Công an' },
  { code: 'BNG', nameVi: 'Bộ Ngoại giao' },
  { code: 'UBDT', nameVi: 'Ủy ban Dân tộc' },
  { code: 'TTCP', nameVi: 'Thanh tra Chính phủ' },
  { code: 'NHNN', nameVi: 'Ngân hàng Nhà nước Việt Nam' },
  { code: 'KTNN', nameVi: 'Kiểm toán nhà nước' },
  { code: 'TANDTC', nameVi: 'Tòa án nhân dân tối cao' },
  { code: 'VKSNDTC', nameVi: 'Viện kiểm sát nhân dân tối cao' },
  { code: 'ĐCTUBTWMTTQVN', nameVi: 'Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  // State, local.
  { code: 'UBND', nameVi: 'Ủy ban nhân dân' },
  { code: 'HĐND', nameVi: 'Hội đồng nhân dân' },
  // Party (GUIDE §2.11).
  { code: 'TW', nameVi: 'Ban Chấp hành Trung ương Đảng' },
  { code: 'BCT', nameVi: 'Bộ Chính trị' },
  { code: 'BBT', nameVi: 'Ban Bí thư' },
  { code: 'VPTW', nameVi: 'Văn phòng Trung ương Đảng' },
  { code: 'BTCTW', nameVi: 'Ban Tổ chức Trung ương' },
  { code: 'BTGTW', nameVi: 'Ban Tuyên giáo Trung ương' },
  { code: 'BDVTW', nameVi: 'Ban Dân vận Trung ương' },
  { code: 'UBKTTW', nameVi: 'Ủy ban Kiểm tra Trung ương' },
  { code: 'TU', nameVi: 'Tỉnh ủy' },
  { code: 'HU', nameVi: 'Huyện ủy' },
  { code: 'ĐU', nameVi: 'Đảng ủy' },
  // Provincial agencies: demo codes from GUIDE §8.2 (each agency sets its own).
  { code: 'VPUBND', nameVi: 'Văn phòng Ủy ban nhân dân tỉnh' },
  { code: 'SNV', nameVi: 'Sở Nội vụ' },
  { code: 'STP', nameVi: 'Sở Tư pháp' },
  { code: 'SKHĐT', nameVi: 'Sở Kế hoạch và Đầu tư' },
  { code: 'STC', nameVi: 'Sở Tài chính' },
  { code: 'SCT', nameVi: 'Sở Công Thương' },
  { code: 'SNNPTNT', nameVi: 'Sở Nông nghiệp và Phát triển nông thôn' },
  { code: 'SGTVT', nameVi: 'Sở Giao thông vận tải' },
  { code: 'SXD', nameVi: 'Sở Xây dựng' },
  { code: 'STNMT', nameVi: 'Sở Tài nguyên và Môi trường' },
  { code: 'STTTT', nameVi: 'Sở Thông tin và Truyền thông' },
  { code: 'SLĐTBXH', nameVi: 'Sở Lao động - Thương binh và Xã hội' },
  { code: 'SVHTTDL', nameVi: 'Sở Văn hóa, Thể thao và Du lịch' },
  { code: 'SKHCN', nameVi: 'Sở Khoa học và Công nghệ' },
  { code: 'SGDĐT', nameVi: 'Sở Giáo dục và Đào tạo' },
  { code: 'SYT', nameVi: 'Sở Y tế' },
  { code: 'TTr', nameVi: 'Thanh tra tỉnh' },
  { code: 'BDT', nameVi: 'Ban Dân tộc' },
  { code: 'SNgV', nameVi: 'Sở Ngoại vụ' },
];

const lookupShipped = buildCodeLookup(CENTRAL_ISSUERS.map((i) => i.code));

// The registry list is usually the same array on every call: build its lookup once.
const registryLookups = new WeakMap<readonly string[], (printed: string) => string | null>();

function lookupRegistry(known: readonly string[] | undefined, code: string): string | null {
  if (!known || known.length === 0) return null;
  let lookup = registryLookups.get(known);
  if (!lookup) {
    lookup = buildCodeLookup(known);
    registryLookups.set(known, lookup);
  }
  return lookup(code);
}

// Terms after the shipped ones (QH16…) are still recognised by shape.
const ASSEMBLY_TERM = /^(UBTVQH|QH)(\d{1,2})$/i;

/** Removes every space (including no-break and zero-width ones) and normalises to NFC. */
function squeeze(printed: string): string {
  return cleanCode(printed).replace(/[\s\u200B-\u200D\uFEFF]+/gu, '');
}

/**
 * Official spelling of an issuer code: 'TTG' → 'TTg', 'ubnd' → 'UBND', 'SKHDT'/'SKHĐT' → 'SKHĐT';
 * unknown codes are returned as printed (trimmed, internal spaces removed).
 */
export function normaliseIssuerCode(printed: string, known?: readonly string[]): string {
  const code = squeeze(printed);
  if (code === '') return code;
  // The organisation registry is the authority (ND30 Phụ lục I Phần I.II.3.b), so it wins.
  const official = lookupRegistry(known, code) ?? lookupShipped(code);
  if (official !== null) return official;
  const term = ASSEMBLY_TERM.exec(code);
  return term ? `${term[1]?.toUpperCase()}${term[2]}` : code;
}

/** True when the code matches a registry code or a shipped issuer code (same matching as normaliseIssuerCode). */
export function isKnownIssuerCode(printed: string, known?: readonly string[]): boolean {
  const code = squeeze(printed);
  return (
    lookupRegistry(known, code) !== null || lookupShipped(code) !== null || ASSEMBLY_TERM.test(code)
  );
}

/** True when the code matches one of the registry codes only (the shipped list is not consulted). */
export function isRegistryIssuerCode(printed: string, known?: readonly string[]): boolean {
  return lookupRegistry(known, squeeze(printed)) !== null;
}
