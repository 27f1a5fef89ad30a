/**
 * Case numbers (số hồ sơ đơn): `{prefix}.{receipt yyyymmdd}.{4-digit sequence
 * of the day}`, e.g. `PAKN.20230614.0012`. The prefix names the numbering
 * kind; the sequence restarts at 0001 each day (per province).
 *
 * Pure: no I/O, usable in the browser.
 */
import { isValidYmd, localDate, ymd, type LocalDate } from '../dates/local-date';

/**
 * How a case is classified (phân loại đơn): khiếu nại, tố cáo, kiến nghị, phản ánh.
 */
export const CASE_CLASSIFICATIONS = ['complaint', 'denunciation', 'petition', 'feedback'] as const;
export type CaseClassification = (typeof CASE_CLASSIFICATIONS)[number];

/**
 * The series a case is numbered in: complaints (KN), denunciations (TC),
 * petitions and feedback together (PAKN, phản ánh, kiến nghị), and business
 * feedback to the quick-response team (DN, doanh nghiệp).
 */
export const NUMBERING_KINDS = [
  'complaint',
  'denunciation',
  'petition_feedback',
  'business',
] as const;
export type NumberingKind = (typeof NUMBERING_KINDS)[number];

/** The default prefix of each series. */
export const DEFAULT_CASE_PREFIXES: Readonly<Record<NumberingKind, string>> = Object.freeze({
  complaint: 'KN',
  denunciation: 'TC',
  petition_feedback: 'PAKN',
  business: 'DN',
});

/** The series a classified citizen case is numbered in. */
export function numberingKindOf(c: CaseClassification): NumberingKind {
  switch (c) {
    case 'complaint':
      return 'complaint';
    case 'denunciation':
      return 'denunciation';
    case 'petition':
    case 'feedback':
      return 'petition_feedback';
  }
}

/** The parts of a case number. */
export interface CaseNumber {
  kind: NumberingKind;
  receivedOn: LocalDate;
  /** 1–9999, per day. */
  sequence: number;
}

export const MAX_SEQUENCE = 9999;
const PREFIX = /^[A-Z]{1,8}$/;
const CASE_NUMBER = /^([A-Z]{1,8})\.(\d{4})(\d{2})(\d{2})\.(\d{4})$/;

/** Checks a prefix table: 1–8 capital letters, one prefix per series; throws RangeError naming the series. */
export function checkCasePrefixes(prefixes: Readonly<Record<NumberingKind, string>>): void {
  const seen = new Map<string, NumberingKind>();
  for (const kind of NUMBERING_KINDS) {
    const p = prefixes[kind];
    if (typeof p !== 'string' || !PREFIX.test(p)) {
      throw new RangeError(
        `Case number prefix of "${kind}" must be 1–8 capital letters A–Z: ${String(p)}`,
      );
    }
    const other = seen.get(p);
    if (other)
      throw new RangeError(`Case number prefix ${p} is used by both "${other}" and "${kind}"`);
    seen.set(p, kind);
  }
}

/** `PAKN.20230614.0012`; throws RangeError on a bad date, a sequence outside 1–9999 or a bad prefix. */
export function formatCaseNumber(
  n: CaseNumber,
  prefixes: Readonly<Record<NumberingKind, string>> = DEFAULT_CASE_PREFIXES,
): string {
  const prefix = prefixes[n.kind];
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) {
    throw new RangeError(`No valid case number prefix for "${String(n.kind)}"`);
  }
  if (!Number.isInteger(n.sequence) || n.sequence < 1 || n.sequence > MAX_SEQUENCE) {
    throw new RangeError(`Case sequence must be 1–${MAX_SEQUENCE}: ${n.sequence}`);
  }
  const { year, month, day } = ymd(n.receivedOn);
  const date = localDate(year, month, day).replaceAll('-', '');
  return `${prefix}.${date}.${String(n.sequence).padStart(4, '0')}`;
}

/** A parsed case number, or why the text is not one. */
export type ParsedCaseNumber = { ok: true; value: CaseNumber } | { ok: false; error: string };

/**
 * Reads a case number; never throws. Refuses anything but the exact form (no
 * spaces, capitals only), an unknown prefix, an impossible date and sequence
 * 0000.
 */
export function parseCaseNumber(
  text: unknown,
  prefixes: Readonly<Record<NumberingKind, string>> = DEFAULT_CASE_PREFIXES,
): ParsedCaseNumber {
  if (typeof text !== 'string') return { ok: false, error: 'A case number is text' };
  const m = CASE_NUMBER.exec(text);
  if (!m) {
    return {
      ok: false,
      error: `Not a case number (PREFIX.yyyymmdd.nnnn): ${JSON.stringify(text)}`,
    };
  }
  const [, prefix = '', y, mo, d, seq] = m;
  const kind = NUMBERING_KINDS.find((k) => prefixes[k] === prefix);
  if (kind === undefined) return { ok: false, error: `Unknown case number prefix: ${prefix}` };
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!isValidYmd(year, month, day)) {
    return { ok: false, error: `Not a calendar date in case number: ${y}${mo}${d}` };
  }
  const sequence = Number(seq);
  if (sequence < 1) return { ok: false, error: 'Case sequence starts at 0001' };
  return { ok: true, value: { kind, receivedOn: localDate(year, month, day), sequence } };
}
