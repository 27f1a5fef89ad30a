/**
 * Document types (*tên loại văn bản*) and their official abbreviations.
 *
 * Administrative types and their spelling come from ND 30/2020/NĐ-CP Phụ lục III
 * Mục I (note the mixed case of `QyĐ`, `CTr`, `TTr`, `TrS`); legal normative
 * types from the law on issuing legal documents; Party types from the Party's
 * own rules (HD 36-HD/VPTW, GUIDE §2.11, list partly unverified). The same
 * abbreviation may name one type in several regimes (`NQ`, `QĐ`, `CT`), and
 * one abbreviation may name different types (`TT`: Thông tư, Party Thông tri).
 */

import { buildCodeLookup } from './code-match';

/** Which rules a document follows: ND30 administrative, legal normative (QPPL), or Party. */
export type Regime = 'state_admin' | 'state_qppl' | 'party';

/** One document type (*loại văn bản*) with its printed abbreviation. */
export interface DocType {
  /** Official abbreviation as printed in the ký hiệu, e.g. `QĐ`, `QyĐ`, `CTr`; `''` when the type has none (công văn, thư công, luật). */
  code: string;
  /** Stable machine key, unique in the catalogue, e.g. `QD`, `QYD`, `CV`, `LUAT`. */
  key: string;
  /** Vietnamese name, e.g. `Quyết định`. */
  nameVi: string;
  /** Regimes in which this type is issued under this abbreviation. */
  regimes: readonly Regime[];
}

const ADMIN = ['state_admin'] as const;
const ADMIN_PARTY = ['state_admin', 'party'] as const;
const ALL = ['state_admin', 'state_qppl', 'party'] as const;
const QPPL = ['state_qppl'] as const;
const PARTY = ['party'] as const;

/** The type catalogue: every ND30 Phụ lục III type, công văn, the QPPL types a province cites, and Party types. */
export const DOC_TYPES: readonly DocType[] = [
  // ND30 Phụ lục III Mục I (administrative), with the regimes that reuse the same abbreviation.
  { key: 'NQ', code: 'NQ', nameVi: 'Nghị quyết', regimes: ALL },
  { key: 'QD', code: 'QĐ', nameVi: 'Quyết định', regimes: ALL },
  // Chỉ thị was a QPPL type until Luật BHVBQPPL 2015 took effect (1/7/2016).
  { key: 'CT', code: 'CT', nameVi: 'Chỉ thị', regimes: ALL },
  { key: 'QC', code: 'QC', nameVi: 'Quy chế', regimes: ADMIN },
  { key: 'QYD', code: 'QyĐ', nameVi: 'Quy định', regimes: ADMIN },
  { key: 'TC', code: 'TC', nameVi: 'Thông cáo', regimes: ADMIN },
  { key: 'TB', code: 'TB', nameVi: 'Thông báo', regimes: ADMIN_PARTY },
  { key: 'HD', code: 'HD', nameVi: 'Hướng dẫn', regimes: ADMIN_PARTY },
  { key: 'CTR', code: 'CTr', nameVi: 'Chương trình', regimes: ADMIN_PARTY },
  { key: 'KH', code: 'KH', nameVi: 'Kế hoạch', regimes: ADMIN_PARTY },
  { key: 'PA', code: 'PA', nameVi: 'Phương án', regimes: ADMIN },
  { key: 'DEAN', code: 'ĐA', nameVi: 'Đề án', regimes: ADMIN_PARTY },
  { key: 'DA', code: 'DA', nameVi: 'Dự án', regimes: ADMIN },
  { key: 'BC', code: 'BC', nameVi: 'Báo cáo', regimes: ADMIN_PARTY },
  { key: 'BB', code: 'BB', nameVi: 'Biên bản', regimes: ADMIN },
  { key: 'TTR', code: 'TTr', nameVi: 'Tờ trình', regimes: ADMIN_PARTY },
  { key: 'HOPDONG', code: 'HĐ', nameVi: 'Hợp đồng', regimes: ADMIN },
  { key: 'CD', code: 'CĐ', nameVi: 'Công điện', regimes: ADMIN },
  { key: 'BGN', code: 'BGN', nameVi: 'Bản ghi nhớ', regimes: ADMIN },
  { key: 'BTT', code: 'BTT', nameVi: 'Bản thỏa thuận', regimes: ADMIN },
  { key: 'GUQ', code: 'GUQ', nameVi: 'Giấy ủy quyền', regimes: ADMIN },
  { key: 'GM', code: 'GM', nameVi: 'Giấy mời', regimes: ADMIN },
  { key: 'GGT', code: 'GGT', nameVi: 'Giấy giới thiệu', regimes: ADMIN },
  { key: 'GNP', code: 'GNP', nameVi: 'Giấy nghỉ phép', regimes: ADMIN },
  { key: 'PG', code: 'PG', nameVi: 'Phiếu gửi', regimes: ADMIN },
  { key: 'PC', code: 'PC', nameVi: 'Phiếu chuyển', regimes: ADMIN },
  { key: 'PB', code: 'PB', nameVi: 'Phiếu báo', regimes: ADMIN },
  { key: 'SY', code: 'SY', nameVi: 'Bản sao y', regimes: ADMIN },
  { key: 'TRS', code: 'TrS', nameVi: 'Bản trích sao', regimes: ADMIN },
  { key: 'SL', code: 'SL', nameVi: 'Bản sao lục', regimes: ADMIN },
  // ND30 Phụ lục I Phần I.II.3.b: a công văn (and a thư công) has no type abbreviation.
  { key: 'CV', code: '', nameVi: 'Công văn', regimes: ADMIN },
  { key: 'THUCONG', code: '', nameVi: 'Thư công', regimes: ADMIN },
  // Legal normative documents (QPPL) a province cites; laws carry no type code (`77/2015/QH13`).
  { key: 'LUAT', code: '', nameVi: 'Luật', regimes: QPPL },
  { key: 'BOLUAT', code: '', nameVi: 'Bộ luật', regimes: QPPL },
  { key: 'PHAPLENH', code: '', nameVi: 'Pháp lệnh', regimes: QPPL },
  { key: 'ND', code: 'NĐ', nameVi: 'Nghị định', regimes: QPPL },
  { key: 'TT', code: 'TT', nameVi: 'Thông tư', regimes: QPPL },
  { key: 'TTLT', code: 'TTLT', nameVi: 'Thông tư liên tịch', regimes: QPPL },
  { key: 'NQLT', code: 'NQLT', nameVi: 'Nghị quyết liên tịch', regimes: QPPL },
  // Party documents (GUIDE §2.11; the Party list is from a third-party summary, [U]).
  { key: 'KL', code: 'KL', nameVi: 'Kết luận', regimes: PARTY },
  { key: 'CV_PARTY', code: 'CV', nameVi: 'Công văn', regimes: PARTY },
  { key: 'QDI', code: 'QĐi', nameVi: 'Quy định', regimes: PARTY },
  { key: 'THONGTRI', code: 'TT', nameVi: 'Thông tri', regimes: PARTY },
];

const BY_KEY = new Map(DOC_TYPES.map((t) => [t.key, t]));

/** The catalogue entry for a machine key (exact, case-sensitive), or undefined. */
export function docTypeByKey(key: string): DocType | undefined {
  return BY_KEY.get(key);
}

/** Every distinct non-empty abbreviation in the catalogue, in official spelling. */
export const TYPE_CODES: readonly string[] = [
  ...new Set(DOC_TYPES.map((t) => t.code).filter((c) => c !== '')),
];

const lookupTypeCode = buildCodeLookup(TYPE_CODES);

/**
 * The official spelling (ND30 Phụ lục III) of a printed type abbreviation in any
 * case or with D for Đ: `qyđ`/`QYD` → `QyĐ`, `CTR` → `CTr`, `QD` → `QĐ`; unknown → null.
 */
export function normaliseTypeCode(printed: string): string | null {
  return lookupTypeCode(printed);
}
