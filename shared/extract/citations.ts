/**
 * Trích dẫn văn bản: the documents a text cites — state symbols (`11/NQ-CP`,
 * `06/2024/QĐ-UBND`, `12/UBND-VX`, ND 30/2020 Phụ lục I Phần I.II.3), Party symbols
 * (`17-CTr/TU`, HD 36-HD/VPTW) and laws or codes named without a number.
 * Pure: runs in the browser, the CLI and the server alike. Input is NFC text (the import
 * step normalises it, GUIDE §2.4); spans index that text.
 */

import { normaliseTypeCode, DOC_TYPES } from '../documents/doc-types';
import { formatSymbolCode, parseSymbol, symbolKey } from '../documents/symbol';
import { viFold } from '../vi/text';
import { readDateAt } from './dates';
import { isNameWord } from './units';

/** One cited document, with its span in the input (`start` inclusive, `end` exclusive). */
export interface Citation {
  /** The first mention as printed, e.g. `Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ`. */
  text: string;
  /** Document type in Vietnamese (`Nghị quyết`, `Luật`, `Công văn`), or null. */
  type: string | null;
  /** Số, ký hiệu in official spelling (`229/BC-UBND`, `31/CT-TTg`); null for a law named alone. */
  number_symbol: string | null;
  /** Signing date (`YYYY-MM-DD`) when any mention states it with its year. */
  date: string | null;
  /** Issuer as the text names it ("… của Chính phủ"); never guessed from the symbol. */
  issuer: string | null;
  start: number;
  end: number;
}

// Type words, longest first so `Chương trình hành động` wins over `Chương trình`.
const TYPE_WORDS = [
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Chương trình hành động',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Kết luận',
  'Thông báo kết luận',
  'Thông báo',
  'Thông tư',
  'Thông tri',
  'Công văn',
  'Công điện',
  'Kế hoạch',
  'Chương trình',
  'Báo cáo',
  'Tờ trình',
  'Hướng dẫn',
  'Quy định',
  'Quy chế',
  'Đề án',
  'Phương án',
  'Văn bản',
  'Pháp lệnh',
  'Bộ luật',
  'Luật',
  'Lệnh',
  'Điều lệ',
  'Giấy mời',
  'Biên bản',
].sort((a, b) => b.length - a.length);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// A space in a type word may be any run of whitespace (hard line breaks in titles).
const TYPE_ALT = TYPE_WORDS.map((w) => escape(w).replace(/ /gu, '\\s+')).join('|');

/**
 * Number then code: state `229 /BC-UBND`, `06/2024/QĐ-UBND`, Party `17-CTr/TU`.
 * Every quantifier is bounded or over disjoint classes, so matching stays linear.
 */
const SYMBOL_SRC =
  '\\d{1,6}[ \\t]?(?:\\/[ \\t]?(?:\\d{4}\\/)?[\\p{L}\\d&]{1,15}(?:-[\\p{L}\\d&]{1,15}){0,4}(?:\\/[\\p{L}\\d&]{1,15}(?:-[\\p{L}\\d&]{1,15}){0,2})?|-[\\p{L}]{1,6}\\/[\\p{L}\\d]{1,10}(?:-[\\p{L}\\d]{1,10}){0,2})';

const NUMBERED = new RegExp(
  `(${TYPE_ALT})(?:\\s+(?:số|SỐ|Số)\\s*:?)?\\s*(${SYMBOL_SRC})(?![\\p{L}\\d&/-])`,
  'giu',
);

// `Luật`, `Bộ luật`, `Pháp lệnh` with a name: a capital L (the common noun is lower-case).
const NAMED_LAW = /(?<![\p{L}\d])(Bộ luật|Luật|Pháp lệnh|Hiến pháp)(?=[ \t]+\p{L})/gu;
// `Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng`, `… Đại hội Đảng bộ tỉnh lần thứ XVII`.
const CONGRESS =
  /nghị\s+quyết\s+đại\s+hội(?:\s+đại\s+biểu)?(?:\s+toàn\s+quốc|\s+đảng\s+bộ\s+tỉnh(?:\s+[\p{Lu}][\p{L}]*){0,3})?\s+lần\s+thứ\s+[IVXLC]{1,6}(?![\p{L}])(?:\s+của\s+đảng(?![\p{L}]))?/giu;
// Words after `Luật` that make it the common noun or a pronoun use, not a name.
const NOT_A_LAW_NAME = /^(?:định|này|trên|đó|sư|pháp|hiện hành|các|số|\d)/iu;

const ISSUER_STOP =
  /\s(?:về|v\/v|ban hành|quy định|hướng dẫn|tại|gửi|đã|để|theo|trong|với|thì|nhằm|kèm|đến|sửa đổi|thực hiện|triển khai|phê duyệt)(?![\p{L}])|[,;.:()"“”\n]|$/iu;

/** Upper-case title text turned into sentence case, keeping a few proper names capitalised. */
function tidyCase(s: string): string {
  const flat = s.replace(/\s+/gu, ' ').trim();
  const letters = flat.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || letters !== letters.toUpperCase()) return flat;
  const lower = flat.toLowerCase();
  const proper = ['Chính phủ', 'Quốc hội', 'Tỉnh ủy', 'Bí thư', 'Trung ương', 'Chính trị'];
  let out = lower.charAt(0).toUpperCase() + lower.slice(1);
  for (const p of proper) out = out.replaceAll(p.toLowerCase(), p);
  return out.replace(
    /^(Bộ|Sở|Ủy ban nhân dân|Ban) (\p{L})/u,
    (_m, a: string, b: string) => `${a} ${b.toUpperCase()}`,
  );
}

/** The leading words of `s` that can form a body's name (capitalised, or name words). */
function issuerPhrase(s: string): string {
  const words = s.trim().split(/\s+/u);
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    const next = words[i + 1] ?? '';
    if (/^[\p{Lu}\d]/u.test(w) || isNameWord(w)) kept.push(w);
    else if ((w === 'và' || w === '-') && /^\p{Lu}/u.test(next)) kept.push(w);
    else break;
  }
  while (kept.length > 0 && ['và', '-'].includes(kept[kept.length - 1] ?? '')) kept.pop();
  // Keep the original spacing (line breaks in titles are tidied later).
  const joined = kept.join(' ');
  return joined === '' ? '' : s.trim().slice(0, lengthOfWords(s.trim(), kept.length));
}

/** Length of the prefix of `s` holding its first `n` whitespace-separated words. */
function lengthOfWords(s: string, n: number): number {
  const re = /\S+/gu;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const m = re.exec(s);
    if (!m) break;
    end = m.index + m[0].length;
  }
  return end;
}

/** Sentence-case type name: `QUYẾT ĐỊNH` → `Quyết định`, line breaks folded. */
function typeName(printed: string): string {
  const flat = printed.replace(/\s+/gu, ' ');
  const found = TYPE_WORDS.find((w) => w.toLowerCase() === flat.toLowerCase());
  return found ?? flat;
}

/** The type named by the ký hiệu, for citations introduced by the generic `văn bản`. */
function typeFromSymbol(symbol: string): string | null {
  const parsed = parseSymbol(symbol);
  if (!parsed.ok) return null;
  const code =
    parsed.value.style === 'party' || parsed.value.typeCode !== undefined
      ? parsed.value.typeCode
      : '';
  if (code === undefined || code === '') return 'Công văn';
  const official = normaliseTypeCode(code);
  return DOC_TYPES.find((t) => t.code === official)?.nameVi ?? null;
}

/** The symbol in official spelling, keeping the printed number (`229 /BC-UBND` → `229/BC-UBND`, `CT-TTG` → `CT-TTg`). */
export function normaliseCitedSymbol(printed: string): string {
  const squeezed = printed.replace(/\s+/gu, '');
  const parsed = parseSymbol(squeezed);
  if (!parsed.ok) return squeezed;
  const number = /^\d+/u.exec(squeezed)?.[0] ?? String(parsed.value.number);
  return `${number}${parsed.value.style === 'party' ? '-' : '/'}${formatSymbolCode(parsed.value)}`;
}

/** What follows a symbol or law name in the same clause: `ngày …` then `của X`. */
function readTail(
  text: string,
  from: number,
): { date: string | null; issuer: string | null; end: number } {
  let pos = from;
  let date: string | null = null;
  let issuer: string | null = null;
  const dateLead = /^[ \t]*,?\s{0,3}(?:ban hành\s+)?(?=ngày|NGÀY|Ngày)/u.exec(
    text.slice(pos, pos + 40),
  );
  if (dateLead) {
    const read = readDateAt(text, pos + dateLead[0].length);
    if (read) {
      date = read.date;
      pos = read.end;
    }
  }
  const of = /^,?\s{1,3}(?:của|CỦA|do|DO)\s+/u.exec(text.slice(pos, pos + 20));
  if (of) {
    const rest = text.slice(pos + of[0].length, pos + of[0].length + 120);
    const stop = ISSUER_STOP.exec(rest);
    const raw = issuerPhrase(rest.slice(0, stop ? stop.index : rest.length));
    if (raw.length > 1 && /^\p{Lu}/u.test(raw)) {
      issuer = tidyCase(raw);
      pos = pos + of[0].length + raw.length;
    }
  }
  return { date, issuer, end: pos };
}

/** An issuer and date stated before the mention: "Ngày 14/6/2024, X đã ban hành …", "đề nghị của X tại …". */
function readHead(text: string, at: number): { date: string | null; issuer: string | null } {
  const before = text.slice(Math.max(0, at - 160), at);
  const clauseStart = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf(';'),
    before.lastIndexOf('\n'),
  );
  const clause = before.slice(clauseStart + 1);
  const tai = /(?:đề nghị|đề xuất|ĐỀ NGHỊ)\s+(?:của|CỦA)\s+(\p{Lu}[^,;:()]{1,80}?)\s*tại\s*$/u.exec(
    clause,
  );
  if (tai?.[1] !== undefined) return { date: null, issuer: tidyCase(issuerPhrase(tai[1])) };
  const issued =
    /^\s*(?:(?:Ngày|ngày)\s+([\d/ ]{6,12}),\s*)?(\p{Lu}[^,;:()]{1,80}?)\s+(?:đã\s+)?ban\s*hành\s*$/u.exec(
      clause,
    );
  if (issued?.[2] !== undefined) {
    const read = issued[1] === undefined ? null : readDateAt(`ngày ${issued[1]}`, 0);
    const issuer = issuerPhrase(issued[2]);
    return { date: read?.date ?? null, issuer: issuer === '' ? null : tidyCase(issuer) };
  }
  return { date: null, issuer: null };
}

/** The number of the document itself, printed `Số: 229 /BC-UBND` in its header (ND 30 Phụ lục I). */
function ownSymbolKey(text: string): string | null {
  const m = /(?:^|\n)[ \t*|]*Số\s*:\s*(\d{1,6}[^\n]{0,40})/u.exec(text.slice(0, 4000));
  const sym = m?.[1] === undefined ? null : new RegExp(`^${SYMBOL_SRC}`, 'u').exec(m[1]);
  return sym ? symbolKey(sym[0]) : null;
}

/** The document's own identity as its header prints it (ND 30 Phụ lục I): số, ký hiệu and date. */
export interface DocumentIdentity {
  /** `229/BC-UBND`, in official spelling; null when the header has no `Số:` line. */
  number_symbol: string | null;
  /** The date of the place-and-date line (`Bình Phước, ngày 10 tháng 7 năm 2023`). */
  date: string | null;
}

/** Reads the header's `Số:` line and the first dated line of the first 4 000 characters. Never throws. */
export function documentIdentity(text: string): DocumentIdentity {
  const head = text.slice(0, 4000);
  const m = /(?:^|\n)[ \t*|]*Số\s*:\s*(\d{1,6}[^\n]{0,40})/u.exec(head);
  const sym = m?.[1] === undefined ? null : new RegExp(`^${SYMBOL_SRC}`, 'u').exec(m[1]);
  const placeDate = /,\s{0,3}(?=(?:ngày|Ngày|NGÀY)\s{0,3}\d)/u.exec(head);
  const read = placeDate ? readDateAt(head, placeDate.index + placeDate[0].length) : null;
  return {
    number_symbol: sym ? normaliseCitedSymbol(sym[0]) : null,
    date: read?.date ?? null,
  };
}

/** Name of a law for matching: its folded text without the date and spaces. */
export function lawNameKey(text: string): string {
  return viFold(text.replace(/\s*(?:,\s*)?ngày\s*\d[\s\S]*$/iu, '')).replace(/\s+/gu, '');
}

/** End of a law's name: through `ngày d/m/yyyy` when the clause has one, else the first clause mark. */
function lawNameEnd(text: string, start: number): number {
  const window = text.slice(start, start + 200);
  const clause = /[;:\n]|\.(?!\d)|\*\*/u.exec(window);
  const scope = window.slice(0, clause ? clause.index : window.length);
  const dated =
    /\s?(?:ngày|NGÀY)\s?\d{1,2}\s?\/\s?\d{1,2}\s?\/\s?\d{4}|\s(?:ngày)\s\d{1,2} tháng \d{1,2} năm \d{4}/u.exec(
      scope,
    );
  if (dated) return start + dated.index;
  const cut =
    /,(?!\s(?:chống|bổ sung))|[(“"]|\svà(?!\s(?!Luật|Bộ luật|Pháp lệnh|Nghị|Quyết|Chỉ|Thông)\p{Lu})|\s(?:về|để|theo|đã|được|thì|nhằm|của|quy định|có hiệu lực|hướng dẫn|trên|trong|với|tại|nhưng|cho|vào)(?![\p{L}])/u.exec(
      scope,
    );
  const end = cut ? cut.index : scope.length;
  // `Luật Đất đai năm 2013`: the year belongs to the name.
  return start + scope.slice(0, end).trimEnd().length;
}

/**
 * Every distinct document the text cites, once, at its first mention; date and issuer
 * are filled from any mention that states them. The document's own number (`Số:` in its
 * header) is not a citation. Never throws.
 */
export function extractCitations(text: string): Citation[] {
  const found = new Map<string, Citation>();
  const own = ownSymbolKey(text);
  const add = (key: string, c: Citation): void => {
    const prior = found.get(key);
    if (prior === undefined) {
      found.set(key, c);
      return;
    }
    prior.date ??= c.date;
    prior.issuer ??= c.issuer;
  };

  for (const m of text.matchAll(NUMBERED)) {
    const prev = text.charAt(m.index - 1);
    // Glued words (`tạiTờ trình`) are tolerated; `bộ luật` inside a word is not a citation.
    if (/[\p{L}\d]/u.test(prev) && !(/\p{Ll}/u.test(prev) && /^\p{Lu}/u.test(m[1] ?? ''))) continue;
    const printed = m[2] ?? '';
    const parsed = parseSymbol(printed.replace(/\s+/gu, ''));
    if (!parsed.ok) continue;
    const key = symbolKey(printed);
    if (key === own) continue;
    const symbol = normaliseCitedSymbol(printed);
    const start = m.index;
    const tail = readTail(text, start + m[0].length);
    const head =
      tail.issuer === null || tail.date === null
        ? readHead(text, start)
        : { date: null, issuer: null };
    let type = typeName(m[1] ?? '');
    if (type === 'Văn bản') type = typeFromSymbol(symbol) ?? type;
    add(key, {
      text: text.slice(start, tail.end),
      type,
      number_symbol: symbol,
      date: tail.date ?? head.date,
      issuer: tail.issuer ?? head.issuer,
      start,
      end: tail.end,
    });
  }

  let lawEnd = 0;
  for (const m of text.matchAll(NAMED_LAW)) {
    const start = m.index;
    // A mention inside the previous law's name (`… của các Luật …`) is part of it.
    if (start < lawEnd) continue;
    const nameStart = start + (m[1] ?? '').length;
    const after = text.slice(nameStart, nameStart + 30).trimStart();
    if (NOT_A_LAW_NAME.test(after) || /^\p{Lu}*\s*số/u.test(after)) continue;
    // `của các Luật …`: a generic plural, not one law.
    if (/các\s+$/u.test(text.slice(Math.max(0, start - 6), start))) continue;
    const end = lawNameEnd(text, nameStart);
    if (end - nameStart < 3) continue;
    const tail = readTail(text, end);
    lawEnd = tail.end;
    const key = `law:${lawNameKey(text.slice(start, end))}`;
    add(key, {
      text: text.slice(start, tail.end),
      type: m[1] ?? 'Luật',
      number_symbol: null,
      date: tail.date,
      issuer: tail.issuer,
      start,
      end: tail.end,
    });
  }
  // Party-congress resolutions are cited by name alone (corpus rule C1).
  for (const m of text.matchAll(CONGRESS)) {
    const key = `law:${lawNameKey(m[0])}`;
    add(key, {
      text: m[0],
      type: 'Nghị quyết',
      number_symbol: null,
      date: null,
      issuer: null,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
