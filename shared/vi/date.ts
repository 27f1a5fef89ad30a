/**
 * Vietnamese date notation for documents: the ND 30 date line
 * (`ngày 05 tháng 01 năm 2020`), the short body form (`30/01/2022`) and a
 * lenient parser for what people type.
 */
import { isValidYmd, localDate, ymd, type LocalDate } from '../dates/local-date';
import { viFold } from './text';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * ND 30/2020 Phụ lục I Phần I.II.4.b: a day below 10 and the months 1 and 2 get
 * a leading zero; months 3–12 do not (so `05/3` but `01/02`, `10/7`).
 */
function dayMonthYear(d: LocalDate): [day: string, month: string, year: string] {
  const { year, month, day } = ymd(d);
  return [pad2(day), month <= 2 ? pad2(month) : String(month), String(year).padStart(4, '0')];
}

/** The ND 30 date-line body: `ngày 05 tháng 01 năm 2020`, `ngày 10 tháng 7 năm 2023`. */
export function formatNd30Date(d: LocalDate): string {
  const [day, month, year] = dayMonthYear(d);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** The full date line (ô 4, place and date): `Bình Phước, ngày 10 tháng 7 năm 2023`. */
export function formatDateLine(place: string, d: LocalDate): string {
  return `${place}, ${formatNd30Date(d)}`;
}

/**
 * The short body form `30/01/2022`, `17/5/2023`, `05/3/2020`: ND 30 does not
 * regulate it, so we follow the seed report, which applies the date-line padding.
 */
export function formatShortDate(d: LocalDate): string {
  const [day, month, year] = dayMonthYear(d);
  return `${day}/${month}/${year}`;
}

/** Result of {@link parseViDate}: `format` when the text is no date, `impossible` for 31/02. */
export type ParseViDateResult =
  { ok: true; value: LocalDate } | { ok: false; reason: 'format' | 'impossible' };

// Patterns run on viFold output: lower case, no diacritics, single spaces.
/** d/m/yyyy with one separator used twice: `/`, `-` or `.`. */
const DAY_FIRST = /^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})$/;
/** ISO yyyy-mm-dd. */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** `ngày 5 tháng 3 năm 2020`, folded to `ngay 5 thang 3 nam 2020`. */
const IN_WORDS = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;

function matchParts(text: string): { year: number; month: number; day: number } | null {
  let m = DAY_FIRST.exec(text);
  if (m) return { day: Number(m[1]), month: Number(m[3]), year: Number(m[4]) };
  m = ISO.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = IN_WORDS.exec(text);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  return null;
}

/**
 * Parses a date as Vietnamese users write it: `dd/mm/yyyy`, `d/m/yyyy`,
 * `dd-mm-yyyy`, `dd.mm.yyyy`, ISO `yyyy-mm-dd`, or `ngày 5 tháng 3 năm 2020`
 * (any padding and case, extra spaces, NFC or NFD, with or without diacritics).
 */
export function parseViDate(s: string): ParseViDateResult {
  const parts = matchParts(viFold(s));
  if (!parts) return { ok: false, reason: 'format' };
  const { year, month, day } = parts;
  if (!isValidYmd(year, month, day)) return { ok: false, reason: 'impossible' };
  return { ok: true, value: localDate(year, month, day) };
}
