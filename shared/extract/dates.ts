/**
 * Dates as running text writes them: `ngày 14/6/2023`, `ngày 14 tháng 6 năm 2023`,
 * upper-case titles (`NGÀY\n22/01/2024`) and glued words (`ngày26/11/2003`).
 */

import { isValidYmd, localDate } from '../dates/local-date';

const DATE_AT =
  /^(?:ngày|NGÀY|Ngày)\s{0,3}(\d{1,2})\s{0,2}(?:\/|-|\.)\s{0,2}(\d{1,2})(?:\s{0,2}(?:\/|-|\.)\s{0,2}(\d{4}))?(?!\d)|^(?:ngày|NGÀY|Ngày)\s{1,3}(\d{1,2})\s{1,3}(?:tháng|THÁNG)\s{1,3}(\d{1,2})(?:\s{1,3}(?:năm|NĂM)\s{1,3}(\d{4}))?(?!\d)/u;

/**
 * Reads a date that starts exactly at `pos` with the word `ngày`. A date without its
 * year (`ngày 21/5`) is consumed but yields `date: null` (corpus rule C5). Null when no
 * date starts there.
 */
export function readDateAt(text: string, pos: number): { date: string | null; end: number } | null {
  const m = DATE_AT.exec(text.slice(pos, pos + 48));
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const month = Number(m[2] ?? m[5]);
  const yearText = m[3] ?? m[6];
  const year = yearText === undefined ? null : Number(yearText);
  const date = year !== null && isValidYmd(year, month, day) ? localDate(year, month, day) : null;
  return { date, end: pos + m[0].length };
}

/** An ISO date from day, month and year numbers, or null when no such day exists. */
export function isoDate(year: number, month: number, day: number): string | null {
  return isValidYmd(year, month, day) ? localDate(year, month, day) : null;
}
