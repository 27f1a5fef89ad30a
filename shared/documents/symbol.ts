/**
 * Số và ký hiệu văn bản: the number and code that identify a document, parsed
 * from and formatted to the printed form.
 *
 * State documents (ND 30/2020/NĐ-CP Điều 15, Phụ lục I Phần I.II.3):
 * `229/BC-UBND` (number/type-issuer), `12/UBND-VX` (công văn: issuer-field),
 * and legal normative documents with the year after the number,
 * `06/2024/QĐ-UBND`, `77/2015/QH13` (Luật 80/2015/QH13 on issuing legal
 * documents; exact article unverified, GUIDE §11 item 2). Party documents
 * (HD 36-HD/VPTW, GUIDE §2.11) put a hyphen after the number: `17-CTr/TU`.
 */

import { cleanCode } from './code-match';
import { normaliseTypeCode } from './doc-types';
import { isKnownIssuerCode, isRegistryIssuerCode, normaliseIssuerCode } from './issuer-codes';

/** A parsed số, ký hiệu; codes are in official spelling where known, otherwise as printed. */
export type DocumentSymbol =
  | {
      style: 'state';
      number: number;
      /** Year of issue, present on QPPL symbols only (`06/2024/QĐ-UBND`). */
      year?: number;
      /** Type abbreviation; absent for a công văn and for laws (`77/2015/QH13`). */
      typeCode?: string;
      /** Issuer; for joint documents (TTLT, NQLT) every co-issuer joined by '-'. */
      issuerCode: string;
      /** Drafting unit or subject field after the issuer (`VX` in `12/UBND-VX`), joined by '-' when several. */
      fieldCode?: string;
    }
  | { style: 'party'; number: number; typeCode: string; issuerCode: string };

/** Why a text is not a document symbol; `message` is English and names what is wrong. */
export type SymbolParseError = {
  code: 'EMPTY' | 'NO_NUMBER' | 'BAD_NUMBER' | 'BAD_YEAR' | 'NO_CODE' | 'MALFORMED';
  message: string;
};

/** Result of parseSymbol: the symbol, or the reason it could not be read. */
export type ParseSymbolResult =
  { ok: true; value: DocumentSymbol } | { ok: false; error: SymbolParseError };

/** Run-time knowledge for parsing: issuer codes from the organisation registry, which win over the shipped list. */
export interface SymbolOptions {
  knownIssuers?: readonly string[];
}

const MIN_YEAR = 1945;
const MAX_YEAR = 2100;
// Co-issued types whose groups after the type are all issuers (`01/2014/TTLT-BTC-BKHĐT`).
const JOINT_TYPES = new Set(['TTLT', 'NQLT']);
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
const SLASHES = /[\u2044\u2215\uFF0F]/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
const PREFIX = /^(?:số|so)\s*[:.]?\s*/iu;
const GROUP = /^[\p{L}\p{M}0-9&]+$/u;
const BAD_CHAR = /[^\p{L}\p{M}0-9&/-]/u;

function fail(code: SymbolParseError['code'], message: string): ParseSymbolResult {
  return { ok: false, error: { code, message } };
}

/** Quotes at most 40 characters of user input for an error message. */
function quote(text: string): string {
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

/** NFC, trimmed, look-alike dashes and slashes unified, invisible characters dropped. */
function unify(text: string): string {
  return cleanCode(text).replace(INVISIBLE, '').replace(DASHES, '-').replace(SLASHES, '/').trim();
}

/** unify() plus the `Số:` prefix dropped. */
function canonicalText(text: string): string {
  return unify(text).replace(PREFIX, '').trim();
}

/**
 * Splits a state ký hiệu (the part after the number and year) into type, issuer and field.
 * The first group is a type when it is a known abbreviation (so `CT-…` is always a chỉ thị,
 * never a công văn of an issuer coded CT), unless the registry lists it as an issuer and
 * the second group is no known issuer (Thanh tra tỉnh `TTr-NV`); otherwise the symbol is a
 * công văn (issuer-field, ND30 Phụ lục I Phần I.II.3.b), except that an unknown first group
 * followed by a known issuer (`HNVB-VPCP`) is read as an unknown type. Never throws;
 * anything that is not groups joined by '-' is returned whole as the issuer code.
 */
export function splitStateCode(
  code: string,
  opts?: SymbolOptions,
): { typeCode?: string; issuerCode: string; fieldCode?: string } {
  const known = opts?.knownIssuers;
  const clean = unify(code).replace(/\s+/gu, '');
  const groups = clean.split('-');
  const [first, second, ...more] = groups;
  if (first === undefined || groups.some((g) => g === '') || clean.includes('/')) {
    return { issuerCode: clean };
  }
  const issuer = (g: string): string => normaliseIssuerCode(g, known);
  if (second === undefined) return { issuerCode: issuer(first) };

  const type = normaliseTypeCode(first);
  const registryIssuerFirst =
    isRegistryIssuerCode(first, known) && !isKnownIssuerCode(second, known);
  const unknownTypeFirst =
    type === null &&
    !isKnownIssuerCode(first, known) &&
    isKnownIssuerCode(second, known) &&
    normaliseTypeCode(second) === null;
  if ((type !== null && !registryIssuerFirst) || unknownTypeFirst) {
    const typeCode = type ?? first;
    if (JOINT_TYPES.has(typeCode)) {
      return { typeCode, issuerCode: [second, ...more].map(issuer).join('-') };
    }
    return more.length === 0
      ? { typeCode, issuerCode: issuer(second) }
      : { typeCode, issuerCode: issuer(second), fieldCode: more.map(issuer).join('-') };
  }
  return { issuerCode: issuer(first), fieldCode: [second, ...more].map(issuer).join('-') };
}

/** Checks the characters and groups of a code; returns an error message or null. */
function codeProblem(code: string): string | null {
  const bad = BAD_CHAR.exec(code);
  if (bad) return `unexpected character ${quote(bad[0])} in the ký hiệu ${quote(code)}`;
  if (code.split(/[/-]/u).some((g) => !GROUP.test(g))) {
    return `empty group in the ký hiệu ${quote(code)} (a doubled or trailing '-' or '/')`;
  }
  return null;
}

function parseState(number: number, body: string, opts?: SymbolOptions): ParseSymbolResult {
  let code = body;
  let year: number | undefined;
  const yearMatch = /^(\d+)(?:\/|$)/u.exec(body);
  if (yearMatch) {
    const digits = yearMatch[1] ?? '';
    year = Number(digits);
    if (digits.length !== 4 || year < MIN_YEAR || year > MAX_YEAR) {
      return fail(
        'BAD_YEAR',
        `the year after the number must have 4 digits between ${MIN_YEAR} and ${MAX_YEAR}, found ${quote(digits)}`,
      );
    }
    code = body.slice(yearMatch[0].length);
  }
  if (code === '') {
    return fail(
      'NO_CODE',
      `nothing follows the ${year === undefined ? 'number' : 'year'}: the ký hiệu (e.g. 'BC-UBND') is missing`,
    );
  }
  const problem = codeProblem(code);
  if (problem !== null) return fail('MALFORMED', problem);
  const head = { style: 'state' as const, number, ...(year === undefined ? {} : { year }) };
  const slash = code.indexOf('/');
  if (slash >= 0) {
    // `NQLT/UBTVQH13-ĐCTUBTWMTTQVN`: joint symbols printed with an extra '/', kept as printed.
    if (normaliseTypeCode(code.slice(0, slash)) === null || code.indexOf('/', slash + 1) >= 0) {
      return fail('MALFORMED', `unexpected '/' in the ký hiệu ${quote(code)}`);
    }
    return { ok: true, value: { ...head, issuerCode: code } };
  }
  return { ok: true, value: { ...head, ...splitStateCode(code, opts) } };
}

function parseParty(number: number, body: string, opts?: SymbolOptions): ParseSymbolResult {
  if (body === '') {
    return fail('NO_CODE', "nothing follows the number: the ký hiệu (e.g. 'CTr/TU') is missing");
  }
  const problem = codeProblem(body);
  if (problem !== null) return fail('MALFORMED', problem);
  const parts = body.split('/');
  const [type, issuer] = parts;
  if (type === undefined || issuer === undefined || parts.length !== 2 || type.includes('-')) {
    return fail(
      'MALFORMED',
      `a Party symbol is number-TYPE/ISSUER with one '-' and one '/' (e.g. '17-CTr/TU'), found ${quote(body)}`,
    );
  }
  return {
    ok: true,
    value: {
      style: 'party',
      number,
      typeCode: normaliseTypeCode(type) ?? type,
      issuerCode: issuer
        .split('-')
        .map((g) => normaliseIssuerCode(g, opts?.knownIssuers))
        .join('-'),
    },
  };
}

/**
 * Reads a printed số, ký hiệu (state `229/BC-UBND`, `06/2024/QĐ-UBND`, `12/UBND-VX`,
 * or Party `17-CTr/TU`), tolerating a `Số:` prefix, spaces around '/' and '-', any
 * letter case, NFD text and look-alike dashes; never throws.
 */
export function parseSymbol(text: string, opts?: SymbolOptions): ParseSymbolResult {
  // Callers reading JSON may hand over null; report it rather than throw.
  if (typeof text !== 'string') return fail('EMPTY', 'the symbol is not text');
  const raw = canonicalText(text);
  if (raw === '') {
    return fail('EMPTY', unify(text) === '' ? 'the symbol is empty' : "nothing follows 'Số'");
  }
  // Spaces are tolerated around separators only; one inside a group means trailing text.
  const s = raw.replace(/\s*([/-])\s*/gu, '$1');
  const numberMatch = /^\d+/u.exec(s);
  if (!numberMatch) {
    return s.startsWith('/') || s.startsWith('-')
      ? fail('NO_NUMBER', `no document number before ${quote(s.charAt(0))} (an unnumbered draft?)`)
      : fail(
          'NO_NUMBER',
          `a symbol starts with the document number (e.g. '229/BC-UBND'), found ${quote(s)}`,
        );
  }
  const digits = numberMatch[0];
  const rest = s.slice(digits.length);
  const separator = rest.charAt(0);
  if (separator === '') {
    return fail('NO_CODE', `only a number was given, the ký hiệu is missing: ${quote(s)}`);
  }
  if (separator !== '/' && separator !== '-') {
    const sep = /[/-]/u.exec(s)?.[0];
    if (sep === undefined) {
      return fail(
        'MALFORMED',
        `expected '/' (state) or '-' (Party) after the number, found ${quote(separator)}`,
      );
    }
    const token = s.slice(0, s.indexOf(sep));
    return fail(
      'BAD_NUMBER',
      `the number before '${sep}' must be a positive integer, found ${quote(token)}`,
    );
  }
  const number = Number(digits);
  if (number < 1 || !Number.isSafeInteger(number)) {
    return fail(
      'BAD_NUMBER',
      `the number before '${separator}' must be a positive integer, found ${quote(digits)}`,
    );
  }
  const space = /\s/u.exec(rest);
  if (space) {
    return fail('MALFORMED', `unexpected space inside the ký hiệu ${quote(rest.slice(1))}`);
  }
  return separator === '/'
    ? parseState(number, rest.slice(1), opts)
    : parseParty(number, rest.slice(1), opts);
}

/** The ký hiệu without the number: `BC-UBND`, `2024/QĐ-UBND` (a QPPL year stays with the code), `QH13`, Party `CTr/TU`. */
export function formatSymbolCode(s: DocumentSymbol): string {
  if (s.style === 'party') return `${s.typeCode}/${s.issuerCode}`;
  const groups = [s.typeCode, s.issuerCode, s.fieldCode].filter((g) => g !== undefined && g !== '');
  return `${s.year === undefined ? '' : `${s.year}/`}${groups.join('-')}`;
}

/** The printed số, ký hiệu, numbers below 10 zero-padded in both styles (ND 30/2020 Phụ lục I Phần I.II.3: `05/BNV-VP`). */
export function formatSymbol(s: DocumentSymbol): string {
  const number = String(s.number).padStart(2, '0');
  return `${number}${s.style === 'party' ? '-' : '/'}${formatSymbolCode(s)}`;
}

/**
 * Matching key for a printed symbol: NFC, upper-cased, whitespace and the `Số:` prefix
 * removed, look-alike dashes unified, leading zeros of the number dropped, Đ kept.
 */
export function symbolKey(text: string): string {
  return canonicalText(text)
    .replace(/\s+/gu, '')
    .toUpperCase()
    .replace(/^0+(?=\d)/u, '');
}
