import { describe, expect, it } from 'vitest';
import { DOC_TYPES, TYPE_CODES, docTypeByKey, normaliseTypeCode } from './doc-types';

// ND 30/2020/NĐ-CP Phụ lục III Mục I, as tabulated in GUIDE §2.7.
// prettier-ignore
const ND30_CODES = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB',
  'TTr', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL',
];

function typesWithCode(code: string) {
  return DOC_TYPES.filter((t) => t.code === code);
}

describe('DOC_TYPES', () => {
  it('has unique keys', () => {
    const keys = DOC_TYPES.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(ND30_CODES)('covers the ND30 administrative type %s', (code) => {
    expect(typesWithCode(code).some((t) => t.regimes.includes('state_admin'))).toBe(true);
  });

  it('gives công văn and thư công no abbreviation', () => {
    expect(docTypeByKey('CV')).toMatchObject({ code: '', nameVi: 'Công văn' });
    expect(docTypeByKey('THUCONG')).toMatchObject({ code: '', nameVi: 'Thư công' });
  });

  it.each([
    ['LUAT', '', 'Luật'],
    ['BOLUAT', '', 'Bộ luật'],
    ['PHAPLENH', '', 'Pháp lệnh'],
    ['ND', 'NĐ', 'Nghị định'],
    ['TT', 'TT', 'Thông tư'],
    ['TTLT', 'TTLT', 'Thông tư liên tịch'],
    ['NQLT', 'NQLT', 'Nghị quyết liên tịch'],
  ])('has the QPPL type %s', (key, code, nameVi) => {
    expect(docTypeByKey(key)).toEqual({ key, code, nameVi, regimes: ['state_qppl'] });
  });

  it.each(['NQ', 'QĐ', 'CT'])('lets %s be administrative, QPPL and Party', (code) => {
    expect(typesWithCode(code).flatMap((t) => t.regimes)).toEqual(
      expect.arrayContaining(['state_admin', 'state_qppl', 'party']),
    );
  });

  it.each(['NQ', 'QĐ', 'CT', 'KL', 'TB', 'HD', 'BC', 'CTr', 'KH', 'TTr', 'CV', 'QĐi', 'TT', 'ĐA'])(
    'has the Party type %s',
    (code) => {
      expect(typesWithCode(code).some((t) => t.regimes.includes('party'))).toBe(true);
    },
  );

  it('keeps Quy định apart: QyĐ in the state, QĐi in the Party', () => {
    expect(docTypeByKey('QYD')).toMatchObject({ code: 'QyĐ', regimes: ['state_admin'] });
    expect(docTypeByKey('QDI')).toMatchObject({ code: 'QĐi', regimes: ['party'] });
  });

  it('names the two meanings of TT', () => {
    expect(typesWithCode('TT').map((t) => t.nameVi)).toEqual(['Thông tư', 'Thông tri']);
  });

  it('lists each non-empty code once in TYPE_CODES', () => {
    expect(new Set(TYPE_CODES).size).toBe(TYPE_CODES.length);
    expect(TYPE_CODES).not.toContain('');
    expect(TYPE_CODES).toEqual(expect.arrayContaining(ND30_CODES));
  });
});

describe('docTypeByKey', () => {
  it('finds by exact key only', () => {
    expect(docTypeByKey('QYD')?.nameVi).toBe('Quy định');
    expect(docTypeByKey('qyd')).toBeUndefined();
    expect(docTypeByKey('nope')).toBeUndefined();
  });
});

describe('normaliseTypeCode', () => {
  it.each([
    ['QYĐ', 'QyĐ'],
    ['qyđ', 'QyĐ'],
    ['QYD', 'QyĐ'],
    ['CTR', 'CTr'],
    ['ctr', 'CTr'],
    ['TTR', 'TTr'],
    ['QD', 'QĐ'],
    ['qđ', 'QĐ'],
    ['ND', 'NĐ'],
    ['NĐ', 'NĐ'],
    ['BC', 'BC'],
    ['bc', 'BC'],
    ['QDI', 'QĐi'],
    ['TRS', 'TrS'],
    ['CD', 'CĐ'],
    [' KH ', 'KH'],
    ['Q\u0110', 'QĐ'],
    ['Q\u00D0', 'QĐ'], // Icelandic eth typed for Đ
    ['QD\u0309', null], // a combining mark makes it another code
  ])('%s → %s', (printed, official) => {
    expect(normaliseTypeCode(printed)).toBe(official);
  });

  it('keeps plain D where a type has it: DA is Dự án, HD is Hướng dẫn', () => {
    expect(normaliseTypeCode('DA')).toBe('DA');
    expect(normaliseTypeCode('da')).toBe('DA');
    expect(normaliseTypeCode('ĐA')).toBe('ĐA');
    expect(normaliseTypeCode('đa')).toBe('ĐA');
    expect(normaliseTypeCode('HD')).toBe('HD');
    expect(normaliseTypeCode('HĐ')).toBe('HĐ');
  });

  it('reads NFD input', () => {
    expect(normaliseTypeCode('QyĐ'.normalize('NFD'))).toBe('QyĐ');
  });

  it.each(['', 'UBND', 'XYZ', 'Q', 'CV-UBND'])('returns null for %j', (printed) => {
    expect(normaliseTypeCode(printed)).toBeNull();
  });

  it('maps every official code to itself', () => {
    for (const code of TYPE_CODES) expect(normaliseTypeCode(code)).toBe(code);
  });
});
