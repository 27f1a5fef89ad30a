import { describe, expect, it } from 'vitest';
import { codeMatchForm } from './code-match';
import {
  CENTRAL_ISSUERS,
  isKnownIssuerCode,
  isRegistryIssuerCode,
  normaliseIssuerCode,
} from './issuer-codes';

function namesOf(code: string): string[] {
  return CENTRAL_ISSUERS.filter((i) => i.code === code).map((i) => i.nameVi);
}

describe('CENTRAL_ISSUERS', () => {
  it.each([
    ['CP', 'Chính phủ'],
    ['TTg', 'Thủ tướng Chính phủ'],
    ['QH13', 'Quốc hội khóa XIII'],
    ['QH15', 'Quốc hội khóa XV'],
    ['UBTVQH14', 'Ủy ban Thường vụ Quốc hội khóa XIV'],
    ['TTCP', 'Thanh tra Chính phủ'],
    ['TW', 'Ban Chấp hành Trung ương Đảng'],
    ['TU', 'Tỉnh ủy'],
    ['SKHĐT', 'Sở Kế hoạch và Đầu tư'],
    ['SNgV', 'Sở Ngoại vụ'],
  ])('ships %s (%s)', (code, nameVi) => {
    expect(namesOf(code)).toContain(nameVi);
  });

  it('keeps both bodies coded BCT', () => {
    expect(namesOf('BCT')).toEqual(['Bộ Công Thương', 'Bộ Chính trị']);
  });

  // prettier-ignore
  it.each([
    'VPCP', 'BNV', 'BTC', 'BKHĐT', 'BTNMT', 'BXD', 'BGTVT', 'BNNPTNT', 'BYT', 'BGDĐT', 'BLĐTBXH',
    'BTP', 'BTTTT', 'BVHTTDL', 'BKHCN', 'BQP', 'BCA', 'BNG', 'NHNN', 'KTNN', 'TANDTC', 'VKSNDTC',
    'UBND', 'HĐND', 'BBT', 'VPTW', 'HU', 'ĐU', 'UBTVQH13', 'UBTVQH15', 'QH14', 'VPUBND', 'SNV',
    'STP', 'STC', 'SCT', 'SNNPTNT', 'SGTVT', 'SXD', 'STNMT', 'STTTT', 'SLĐTBXH', 'SVHTTDL', 'SKHCN',
    'SGDĐT', 'SYT', 'TTr', 'BDT',
  ])('ships %s', (code) => {
    expect(namesOf(code).length).toBeGreaterThan(0);
  });

  it('has no two different codes that match each other (case and Đ/D folded)', () => {
    const byForm = new Map<string, Set<string>>();
    for (const { code } of CENTRAL_ISSUERS) {
      const form = codeMatchForm(code, true);
      byForm.set(form, (byForm.get(form) ?? new Set()).add(code));
    }
    const clashes = [...byForm.values()].filter((codes) => codes.size > 1).map((s) => [...s]);
    expect(clashes).toEqual([]);
  });
});

describe('normaliseIssuerCode', () => {
  it.each([
    ['TTG', 'TTg'],
    ['ttg', 'TTg'],
    ['ubnd', 'UBND'],
    ['SKHDT', 'SKHĐT'],
    ['SKHĐT', 'SKHĐT'],
    ['skhđt', 'SKHĐT'],
    ['HDND', 'HĐND'],
    ['snGv', 'SNgV'],
    ['TTR', 'TTr'],
    ['qh13', 'QH13'],
    ['qh16', 'QH16'], // a later term, recognised by shape
    ['ubtvqh16', 'UBTVQH16'],
    [' UB ND ', 'UBND'],
    ['U\u00A0BND', 'UBND'],
    ['UBND'.normalize('NFD'), 'UBND'],
    ['SKH\u00D0T', 'SKHĐT'], // Icelandic eth typed for Đ
  ])('%j → %s', (printed, official) => {
    expect(normaliseIssuerCode(printed)).toBe(official);
  });

  it('returns unknown codes as printed, trimmed and without inner spaces', () => {
    expect(normaliseIssuerCode(' Bql Da ')).toBe('BqlDa');
    expect(normaliseIssuerCode('vx')).toBe('vx');
    expect(normaliseIssuerCode('')).toBe('');
  });

  it('returns NFC for unknown NFD input', () => {
    expect(normaliseIssuerCode('KTĐPLT'.normalize('NFD'))).toBe('KTĐPLT');
  });

  it('lets the registry win over the shipped list', () => {
    expect(normaliseIssuerCode('skhdt', ['SKHDT'])).toBe('SKHDT');
    expect(normaliseIssuerCode('ubndbp', ['UBNDBP'])).toBe('UBNDBP');
    expect(normaliseIssuerCode('sngv', ['SNGV'])).toBe('SNGV');
  });

  it('falls back to the shipped list for codes the registry lacks', () => {
    expect(normaliseIssuerCode('ttg', ['UBNDBP'])).toBe('TTg');
    expect(normaliseIssuerCode('ttg', [])).toBe('TTg');
  });
});

describe('isKnownIssuerCode / isRegistryIssuerCode', () => {
  it('knows shipped, registry and assembly-term codes', () => {
    expect(isKnownIssuerCode('ubnd')).toBe(true);
    expect(isKnownIssuerCode('QH16')).toBe(true);
    expect(isKnownIssuerCode('BQLDA')).toBe(false);
    expect(isKnownIssuerCode('bqlda', ['BQLDA'])).toBe(true);
  });

  it('consults only the registry for isRegistryIssuerCode', () => {
    expect(isRegistryIssuerCode('UBND')).toBe(false);
    expect(isRegistryIssuerCode('ttr', ['TTr'])).toBe(true);
  });
});
