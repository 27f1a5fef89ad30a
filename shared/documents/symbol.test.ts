import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type DocumentSymbol,
  type SymbolParseError,
  formatSymbol,
  formatSymbolCode,
  parseSymbol,
  splitStateCode,
  symbolKey,
} from './symbol';

function parsed(text: string, knownIssuers?: readonly string[]): DocumentSymbol {
  const result = parseSymbol(text, knownIssuers ? { knownIssuers } : undefined);
  if (!result.ok) throw new Error(`${text}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

function failure(text: string): SymbolParseError {
  const result = parseSymbol(text);
  if (result.ok) throw new Error(`${text} parsed as ${JSON.stringify(result.value)}`);
  return result.error;
}

// prettier-ignore
const EXAMPLES: [string, DocumentSymbol][] = [
  ['229/BC-UBND', { style: 'state', number: 229, typeCode: 'BC', issuerCode: 'UBND' }],
  ['06/2024/QĐ-UBND', { style: 'state', number: 6, year: 2024, typeCode: 'QĐ', issuerCode: 'UBND' }],
  ['11/NQ-CP', { style: 'state', number: 11, typeCode: 'NQ', issuerCode: 'CP' }],
  ['30/2020/NĐ-CP', { style: 'state', number: 30, year: 2020, typeCode: 'NĐ', issuerCode: 'CP' }],
  ['77/2015/QH13', { style: 'state', number: 77, year: 2015, issuerCode: 'QH13' }],
  ['12/UBND-VX', { style: 'state', number: 12, issuerCode: 'UBND', fieldCode: 'VX' }],
  ['5743/SKHĐT-TH', { style: 'state', number: 5743, issuerCode: 'SKHĐT', fieldCode: 'TH' }],
  ['126/SKHĐT', { style: 'state', number: 126, issuerCode: 'SKHĐT' }],
  ['552/BC-HĐND', { style: 'state', number: 552, typeCode: 'BC', issuerCode: 'HĐND' }],
  ['01/HNVB-VPCP', { style: 'state', number: 1, typeCode: 'HNVB', issuerCode: 'VPCP' }],
  ['05/BNV-VP', { style: 'state', number: 5, issuerCode: 'BNV', fieldCode: 'VP' }],
  ['40/TTr-UBND', { style: 'state', number: 40, typeCode: 'TTr', issuerCode: 'UBND' }],
  ['19/CT-TTg', { style: 'state', number: 19, typeCode: 'CT', issuerCode: 'TTg' }],
  ['12/QyĐ-UBND', { style: 'state', number: 12, typeCode: 'QyĐ', issuerCode: 'UBND' }],
  ['3585/VP-KTN', { style: 'state', number: 3585, issuerCode: 'VP', fieldCode: 'KTN' }],
  ['01/2014/TTLT-BTC-BKHĐT', { style: 'state', number: 1, year: 2014, typeCode: 'TTLT', issuerCode: 'BTC-BKHĐT' }],
  ['15/QĐ-UBND-NC', { style: 'state', number: 15, typeCode: 'QĐ', issuerCode: 'UBND', fieldCode: 'NC' }],
  ['17-CTr/TU', { style: 'party', number: 17, typeCode: 'CTr', issuerCode: 'TU' }],
  ['04-NQ/TU', { style: 'party', number: 4, typeCode: 'NQ', issuerCode: 'TU' }],
  ['764-QĐ/TU', { style: 'party', number: 764, typeCode: 'QĐ', issuerCode: 'TU' }],
  ['45-KL/TW', { style: 'party', number: 45, typeCode: 'KL', issuerCode: 'TW' }],
  ['36-HD/VPTW', { style: 'party', number: 36, typeCode: 'HD', issuerCode: 'VPTW' }],
  ['124-QĐ/TW', { style: 'party', number: 124, typeCode: 'QĐ', issuerCode: 'TW' }],
  ['125-CV/TU', { style: 'party', number: 125, typeCode: 'CV', issuerCode: 'TU' }],
  ['08-QĐi/TW', { style: 'party', number: 8, typeCode: 'QĐi', issuerCode: 'TW' }],
];

describe('parseSymbol and formatSymbol on the documented examples', () => {
  it.each(EXAMPLES)('%s', (text, value) => {
    expect(parseSymbol(text)).toStrictEqual({ ok: true, value });
    expect(formatSymbol(value)).toBe(text);
  });
});

describe('parseSymbol tolerance', () => {
  it.each([
    ['229 /BC-UBND', '229/BC-UBND'], // as printed on the seed report
    ['Số: 229 /BC-UBND', '229/BC-UBND'],
    ['Số:229/BC-UBND', '229/BC-UBND'],
    ['số 229/BC-UBND', '229/BC-UBND'],
    ['SỐ: 229/BC-UBND', '229/BC-UBND'],
    ['Số 17-CTr/TU', '17-CTr/TU'],
    ['17 - CTr / TU', '17-CTr/TU'],
    ['229/bc-ubnd', '229/BC-UBND'],
    ['229/BC\u2013UBND', '229/BC-UBND'], // en dash
    ['229/BC\u2011UBND', '229/BC-UBND'], // non-breaking hyphen
    ['12/UBND \u2013 VX', '12/UBND-VX'],
    ['\u00A0229/BC-UBND\u00A0', '229/BC-UBND'],
    ['229/BC-\u200BUBND', '229/BC-UBND'], // zero-width space from a web page
    ['Số: 06/2024/QĐ-UBND'.normalize('NFD'), '06/2024/QĐ-UBND'],
    ['5743/SKHDT-TH', '5743/SKHĐT-TH'],
    ['19/CT-TTG', '19/CT-TTg'],
    ['12/QYD-UBND', '12/QyĐ-UBND'],
    ['12/qđ-ubnd', '12/QĐ-UBND'],
    ['17-CTR/tu', '17-CTr/TU'],
    ['5/BNV-VP', '05/BNV-VP'],
    ['4-NQ/TU', '04-NQ/TU'],
    ['0006/2024/QĐ-UBND', '06/2024/QĐ-UBND'],
  ])('%j reads as %s', (text, clean) => {
    expect(formatSymbol(parsed(text))).toBe(clean);
    expect(parsed(text)).toStrictEqual(parsed(clean));
  });

  it('keeps unknown codes as printed', () => {
    expect(parsed('12/ubnd-vx')).toStrictEqual({
      style: 'state',
      number: 12,
      issuerCode: 'UBND',
      fieldCode: 'vx',
    });
  });

  it('keeps a joint symbol printed with an extra "/" whole', () => {
    const value = parsed('09/NQLT/UBTVQH13-ĐCTUBTWMTTQVN');
    expect(value).toStrictEqual({
      style: 'state',
      number: 9,
      issuerCode: 'NQLT/UBTVQH13-ĐCTUBTWMTTQVN',
    });
    expect(formatSymbol(value)).toBe('09/NQLT/UBTVQH13-ĐCTUBTWMTTQVN');
    expect(formatSymbol(parsed('403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN'))).toBe(
      '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN',
    );
  });

  it('reads a registry issuer that is also a type code as a công văn when no issuer follows', () => {
    // GUIDE §8.2: Thanh tra tỉnh may be coded TTr, the abbreviation of Tờ trình.
    expect(parsed('12/TTr-NV', ['TTr'])).toMatchObject({ issuerCode: 'TTr', fieldCode: 'NV' });
    expect(parsed('350/TTr-SXD', ['TTr'])).toMatchObject({ typeCode: 'TTr', issuerCode: 'SXD' });
    expect(parsed('12/TTr-NV')).toMatchObject({ typeCode: 'TTr', issuerCode: 'NV' });
  });

  it('applies registry spellings', () => {
    expect(parsed('12/bc-ubndbp', ['UBNDBP'])).toMatchObject({ issuerCode: 'UBNDBP' });
    expect(parsed('12-ctr/tu', ['TU'])).toMatchObject({ issuerCode: 'TU' });
  });
});

describe('parseSymbol errors', () => {
  it.each([
    ['', 'EMPTY', /empty/],
    ['   ', 'EMPTY', /empty/],
    ['Số:', 'EMPTY', /Số/],
    ['/BC-UBND', 'NO_NUMBER', /no document number before '\/'/],
    ['Số: /BC-UBND', 'NO_NUMBER', /unnumbered draft/],
    ['BC-UBND', 'NO_NUMBER', /starts with the document number/],
    ['0/BC-UBND', 'BAD_NUMBER', /number before '\/' must be a positive integer/],
    ['00-NQ/TU', 'BAD_NUMBER', /number before '-' must be a positive integer/],
    ['12a/UBND', 'BAD_NUMBER', /found '12a'/],
    ['99999999999999999999/BC-UBND', 'BAD_NUMBER', /positive integer/],
    ['12/24/QĐ-UBND', 'BAD_YEAR', /4 digits.*found '24'/],
    ['12/1900/QĐ-UBND', 'BAD_YEAR', /between 1945 and 2100/],
    ['12/2101/QĐ-UBND', 'BAD_YEAR', /found '2101'/],
    ['12', 'NO_CODE', /ký hiệu is missing/],
    ['12/', 'NO_CODE', /nothing follows the number/],
    ['12/2024', 'NO_CODE', /nothing follows the year/],
    ['12-', 'NO_CODE', /nothing follows the number/],
    ['12.BC', 'MALFORMED', /expected '\/' \(state\) or '-' \(Party\)/],
    ['229/BC-UBND.', 'MALFORMED', /unexpected character '\.'/],
    ['229/BC--UBND', 'MALFORMED', /empty group/],
    ['229/BC-UBND-', 'MALFORMED', /empty group/],
    ['229/BC-UBND ngày 10/7/2023', 'MALFORMED', /unexpected space/],
    ['229/BC/UBND/X', 'MALFORMED', /unexpected '\/'/],
    ['17-CTr', 'MALFORMED', /Party symbol/],
    ['17-CTr/TU/X', 'MALFORMED', /Party symbol/],
    ['17-CTr-X/TU', 'MALFORMED', /Party symbol/],
  ])('%j → %s', (text, code, message) => {
    const error = failure(text);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

it('reports a non-string from untyped callers instead of throwing', () => {
  expect(parseSymbol(null as unknown as string)).toMatchObject({
    ok: false,
    error: { code: 'EMPTY' },
  });
});

describe('formatSymbolCode', () => {
  it.each([
    ['229/BC-UBND', 'BC-UBND'],
    ['06/2024/QĐ-UBND', '2024/QĐ-UBND'],
    ['77/2015/QH13', '2015/QH13'],
    ['12/UBND-VX', 'UBND-VX'],
    ['17-CTr/TU', 'CTr/TU'],
  ])('%s → %s', (text, code) => {
    expect(formatSymbolCode(parsed(text))).toBe(code);
  });
});

describe('symbolKey', () => {
  it.each([
    ['229 /BC-UBND', '229/BC-UBND'],
    ['229/bc-ubnd', '229/BC-UBND'],
    ['Số: 229 / BC - UBND', '229/BC-UBND'],
    ['12/qyđ-ubnd', '12/QYĐ-UBND'],
    ['05/BNV-VP', '5/BNV-VP'],
    ['04-NQ/TU', '4-NQ/TU'],
    ['229/BC\u2013UBND', '229/BC-UBND'],
    ['5743/SKHĐT-TH'.normalize('NFD'), '5743/SKHĐT-TH'],
  ])('%j → %s', (text, key) => {
    expect(symbolKey(text)).toBe(key);
  });

  it('keeps Đ distinct from D', () => {
    expect(symbolKey('12/QĐ-UBND')).not.toBe(symbolKey('12/QD-UBND'));
  });
});

describe('splitStateCode', () => {
  it.each([
    ['BC-UBND', { typeCode: 'BC', issuerCode: 'UBND' }],
    ['UBND-VX', { issuerCode: 'UBND', fieldCode: 'VX' }],
    ['SKHĐT', { issuerCode: 'SKHĐT' }],
    ['CT-TTG', { typeCode: 'CT', issuerCode: 'TTg' }],
    ['CT-HNVB', { typeCode: 'CT', issuerCode: 'HNVB' }], // CT is always read as Chỉ thị
    ['UBND-KT-TH', { issuerCode: 'UBND', fieldCode: 'KT-TH' }],
    ['BQLDA-TTr', { issuerCode: 'BQLDA', fieldCode: 'TTr' }],
    ['TTLT-BTP-BNV', { typeCode: 'TTLT', issuerCode: 'BTP-BNV' }],
    ['', { issuerCode: '' }],
    ['BC--UBND', { issuerCode: 'BC--UBND' }],
  ])('%j', (code, parts) => {
    expect(splitStateCode(code)).toStrictEqual(parts);
  });

  it('uses the registry to tell a công văn from a typed document', () => {
    expect(splitStateCode('TTr-NV', { knownIssuers: ['TTr'] })).toStrictEqual({
      issuerCode: 'TTr',
      fieldCode: 'NV',
    });
  });
});

// The shared labelled corpus (GUIDE, /work/shared/corpus): every number_symbol must round-trip.
const CORPUS_DIR =
  process.env['DIEUHANH_CORPUS_DIR'] ?? resolve(import.meta.dirname, '../../../shared/corpus');

function corpusSymbols(): string[] {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(`corpus not found at ${CORPUS_DIR}; set DIEUHANH_CORPUS_DIR`);
  }
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'number_symbol' && typeof value === 'string') found.push(value);
        else walk(value);
      }
    }
  };
  for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')));
  }
  return found;
}

describe('corpus number_symbol values', () => {
  const symbols = corpusSymbols();

  it('finds the labelled symbols', () => {
    expect(symbols.length).toBeGreaterThanOrEqual(25);
  });

  it.each(symbols)('%s parses and re-formats unchanged', (text) => {
    expect(formatSymbol(parsed(text))).toBe(text);
  });
});
