/**
 * Thời hạn: the deadline an assignment states — a date ("trước ngày 23/5/2019"), a
 * clock time ("trước 16 giờ 00 ngày 25/5/2023"), a quarter ("trong quý III/2023"), a
 * month, a recurrence ("hằng tháng") or an event ("trước kỳ họp thứ 12 HĐND tỉnh").
 * Corpus rule T4: an ISO date when the text gives one, otherwise the phrase as written.
 */

import { isoDate } from './dates';

/** A deadline found in an assignment, with the exact words that state it. */
export interface Deadline {
  /** ISO date, or the phrase as written (`trong quý III/2023`, `hằng tháng`). */
  deadline: string;
  /** The exact substring stating it. */
  deadline_text: string;
  /** `HH:MM` when a clock time is given. */
  deadline_time?: string;
}

const LEAD =
  '(?:trước|chậm nhất(?: là)?|hạn chót|không quá|hoàn thành(?: trong)?|trong|đến|xong trước)';
const DATED = new RegExp(
  `${LEAD}\\s+(?:(\\d{1,2})\\s?(?:giờ|h|g)\\s?(\\d{2})?(?:\\s?phút)?,?\\s+)?(?:ngày\\s?)?(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})\\s?[/.-]\\s?(\\d{4})(?!\\d)`,
  'iu',
);
const DATED_WORDS = new RegExp(
  `${LEAD}\\s+(?:(\\d{1,2})\\s?(?:giờ|h)\\s?(\\d{2})?,?\\s+)?ngày\\s(\\d{1,2})\\stháng\\s(\\d{1,2})\\snăm\\s(\\d{4})`,
  'iu',
);
const PHRASES = [
  // Quý in Roman or Arabic numerals, with or without the year: "trong quý III/2023", "quý IV năm 2024".
  new RegExp(
    `${LEAD}\\s+quý\\s(?:I{1,3}|IV|[1-4])(?:\\s?(?:\\/|năm)\\s?\\d{4})?(?![\\p{L}\\d])`,
    'iu',
  ),
  new RegExp(`${LEAD}\\s+(?:6|sáu)\\stháng\\s(?:đầu|cuối)\\snăm(?:\\s\\d{4})?`, 'iu'),
  new RegExp(`${LEAD}\\s+tháng\\s\\d{1,2}(?:\\s?(?:\\/|năm)\\s?\\d{4})?(?!\\d)`, 'iu'),
  new RegExp(`${LEAD}\\s+(?:ngày\\s)?\\d{1,2}\\s?\\/\\s?\\d{1,2}(?![\\d/])`, 'iu'),
  /trước\s+(?:kỳ họp|phiên họp|hội nghị|Tết)[^.;,\n]{0,60}/iu,
  /định kỳ\s(?:\d{1,2}|sáu|ba)\stháng(?:\s(?:một lần|\/\s?lần))?/iu,
  /(?:định kỳ\s+)?(?:trước\s+ngày\s\d{1,2}\s)?(?:hằng|hàng)\s(?:tháng|quý|tuần|năm|ngày)/iu,
  /(?:hoàn thành\s+)?trong\s+năm\s\d{4}/iu,
];

/** The first deadline stated in `s`, or null. */
export function findDeadline(s: string): Deadline | null {
  const dated = DATED.exec(s) ?? DATED_WORDS.exec(s);
  if (dated) {
    const [, hour, minute, day, month, year] = dated;
    const iso = isoDate(Number(year), Number(month), Number(day));
    if (iso !== null) {
      const text = dated[0].trim();
      const out: Deadline = { deadline: iso, deadline_text: text };
      if (hour !== undefined) out.deadline_time = `${hour.padStart(2, '0')}:${minute ?? '00'}`;
      return out;
    }
  }
  let best: RegExpExecArray | null = null;
  for (const re of PHRASES) {
    const m = re.exec(s);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  if (best === null) return null;
  const text = best[0].trim();
  return { deadline: text.replace(/\s+/gu, ' '), deadline_text: text };
}
