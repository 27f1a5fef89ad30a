/**
 * Số liệu: figures stated in a report or set as goals — money, percentages, areas and
 * counts of outputs or cases — read from Vietnamese notation ("." groups thousands, ","
 * marks decimals: `26.677` → 26677, `9,30` → 9.3, GUIDE §3.1). Dates, years, periods,
 * document and article numbers, ordinals and durations are not figures.
 */

import { parseViNumber } from '../vi/number';

/** One figure with its span in the input (`start` inclusive, `end` exclusive). */
export interface Figure {
  /** The number with the words that make it unique, e.g. `tăng 9,30%`. */
  text: string;
  value: number;
  /** `%`, `điểm phần trăm`, `tỷ đồng`, `ha`, or the counted noun (`kiến nghị`). */
  unit: string;
  /** Mục tiêu (`target`: phấn đấu, chỉ tiêu, tối thiểu…) or kết quả (`actual`). */
  kind: 'target' | 'actual';
  qualifier?: 'hơn' | 'trên' | 'gần' | 'tối thiểu' | 'tối đa' | 'dưới' | 'khoảng';
  change?: 'tăng' | 'giảm';
  /** Denominator of `22/27 ý kiến`. */
  of?: number;
  /** Ước tính: the sentence gives the figure as an estimate (`ước`). */
  estimated?: boolean;
  start: number;
  end: number;
}

// Measure units, longest first; matched right after the number.
const MEASURES = [
  'điểm phần trăm',
  'nghìn tỷ đồng',
  'ngàn tỷ đồng',
  'tỷ đồng',
  'triệu đồng',
  'nghìn đồng',
  'ngàn đồng',
  'tỷ USD',
  'triệu USD',
  'nghìn USD',
  'USD',
  'đồng',
  'héc-ta',
  'hecta',
  'ha',
  'km2',
  'km²',
  'm2',
  'm²',
  'm3',
  'm³',
  'km',
  'nghìn tấn',
  'triệu tấn',
  'tấn',
  'tạ/ha',
  'MW',
  'kWh',
  'triệu kWh',
  'lượt khách',
  'lượt người',
  'lượt',
].sort((a, b) => b.length - a.length);

/**
 * Nouns counting outputs or cases (F1): documents issued, petitions, projects, units.
 * Multi-word entries first; a count of anything else is left out rather than guessed.
 */
const COUNT_NOUNS = [
  'quyết định quy phạm pháp luật',
  'văn bản quy phạm pháp luật',
  'quyết định cá biệt',
  'ý kiến, kiến nghị',
  'đề án, kế hoạch',
  'cơ quan, đơn vị',
  'thủ tục hành chính',
  'hồ sơ',
  'văn bản',
  'quyết định',
  'chỉ thị',
  'kế hoạch',
  'tờ trình',
  'công văn',
  'báo cáo',
  'đề án',
  'nhiệm vụ',
  'cơ quan',
  'đơn vị',
  'kiến nghị',
  'ý kiến',
  'đơn thư',
  'đơn',
  'vụ',
  'vụ việc',
  'trường hợp',
  'dự án',
  'công trình',
  'doanh nghiệp',
  'hợp tác xã',
  'hộ',
  'người',
  'lao động',
  'học sinh',
  'xã',
  'cuộc',
  'lớp',
  'cơ sở',
  'thủ tục',
  'phương tiện',
  'sản phẩm',
].sort((a, b) => b.length - a.length);

// Words after a counted noun that make it a named set (F1: "5 nhiệm vụ trọng tâm").
const STRUCTURAL = /^\s+(?:trọng tâm|chủ yếu|trọng điểm|đột phá|cơ bản|chính|lớn)(?![\p{L}])/u;
// Words right before a number that make it a date, ordinal, period or reference (F1).
const NOT_A_FIGURE_BEFORE =
  /(?:thứ|khóa|khoá|lần|(?<!cùng\s)kỳ|(?<!tổng\s)số|điều|khoản|điểm|mục|năm|tháng|quý|ngày|tuần|giai đoạn|lượt xem|phụ lục|chương|phần|tuổi|đợt|giờ|tập|trang|đến|từ)\s*:?\s*$/iu;
const TARGET_WORDS =
  /(?:phấn đấu|mục tiêu|chỉ tiêu|tối thiểu|ít nhất|tối đa|phải đạt|cần đạt|bảo đảm đạt|đảm bảo đạt|dự kiến|kế hoạch đề ra)/iu;
const QUALIFIER = /(?:^|\s)(tối thiểu|tối đa|hơn|trên|gần|dưới|khoảng)\s*$/iu;
const CHANGE = /(?:^|\s)(tăng|giảm)(?:\s+(?:thêm|được))?\s*$/iu;

// A number in Vietnamese notation, optionally `a/b`; the sign only after a space or "(".
const NUMBER =
  /(?<![\p{L}\d.,/])(?:(?<=[\s(]|^)-\s?)?\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)|(?<![\p{L}\d.,/])(?:(?<=[\s(]|^)-\s?)?\d{1,15}(?:,\d{1,6})?(?!\d|[.,]\d)/gu;

/** True when lower-cased `s` begins with `word` as a whole word. */
function startsWithWord(s: string, word: string): boolean {
  if (!s.startsWith(word.toLowerCase())) return false;
  return !/[\p{L}\d]/u.test(s.charAt(word.length));
}

/** The start of the sentence holding `pos`: after the last full stop, newline or bullet. */
function sentenceStart(text: string, pos: number): number {
  const window = text.slice(Math.max(0, pos - 400), pos);
  let cut = -1;
  for (const m of window.matchAll(/\.(?!\d)|\n\s*\n|\n(?=\s*[-+•(\d])|[!?]/gu))
    cut = m.index + m[0].length;
  return cut < 0 ? Math.max(0, pos - 400) : pos - window.length + cut;
}

/**
 * Every figure in the text, once per (value, unit, change) at its first occurrence (F5).
 * Never throws; linear in the input.
 */
export function extractFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const printed = m[0].replace(/\s/gu, '');
    let value = parseViNumber(printed);
    if (value === null) continue;
    const numStart = m.index;
    let numEnd = numStart + m[0].length;

    let of: number | undefined;
    const fraction = /^\/(\d{1,6})(?![\d/])/u.exec(text.slice(numEnd, numEnd + 8));
    if (fraction) {
      of = Number(fraction[1]);
      numEnd += fraction[0].length;
    } else if (text.charAt(numEnd) === '/') {
      continue;
    }
    const after = text.slice(numEnd, numEnd + 60);
    let unit: string | null = null;
    let unitEnd = numEnd;
    const pct = /^\s?%/u.exec(after);
    if (pct) {
      unit = '%';
      unitEnd = numEnd + pct[0].length;
    } else {
      const gap = /^[ \t]{1,2}/u.exec(after)?.[0] ?? '';
      // A multiplier word before a counted noun belongs to the unit: "1,5 triệu lượt khách".
      const multiplier = /^(?:nghìn|ngàn|triệu|tỷ)\s/u.exec(after.slice(gap.length))?.[0] ?? '';
      const rest = after.slice(gap.length + multiplier.length);
      const lower = rest.toLowerCase();
      const measure = gap === '' ? undefined : MEASURES.find((u) => startsWithWord(lower, u));
      if (measure !== undefined) {
        unit = multiplier + measure;
        unitEnd = numEnd + gap.length + multiplier.length + measure.length;
      } else if (gap !== '') {
        const noun = COUNT_NOUNS.find(
          (u) => rest.startsWith(u) && !/[\p{L}\d]/u.test(rest.charAt(u.length)),
        );
        if (noun !== undefined && !STRUCTURAL.test(rest.slice(noun.length))) {
          unit = multiplier + noun;
          unitEnd = numEnd + gap.length + multiplier.length + noun.length;
        }
      }
    }
    if (unit === null) continue;
    // Checked only once a unit is found: most numbers in a text have none.
    if (NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(0, numStart - 25), numStart))) continue;
    // `(mười)` after a number spells it out: a duration or reference, not a figure.
    if (/^\s*\(/u.test(after) && unit !== '%') continue;

    const lead = text.slice(Math.max(0, numStart - 30), numStart);
    const qualifier = QUALIFIER.exec(lead)?.[1]?.toLowerCase() as Figure['qualifier'] | undefined;
    const changeMatch = CHANGE.exec(lead);
    const change = changeMatch?.[1]?.toLowerCase() as Figure['change'] | undefined;
    let start = numStart;
    if (changeMatch)
      start =
        numStart - (lead.length - changeMatch.index) + (changeMatch[0].startsWith(' ') ? 1 : 0);
    else if (qualifier !== undefined) {
      const q = QUALIFIER.exec(lead);
      if (q) start = numStart - (lead.length - q.index) + (q[0].startsWith(' ') ? 1 : 0);
    }
    if (text.charAt(numStart - 1) === '(' && text.charAt(unitEnd) === ')') {
      start = numStart - 1;
      unitEnd += 1;
    }
    const sentence = text.slice(sentenceStart(text, numStart), numStart);
    const estimated = /(?:^|[^\p{L}])ước(?![\p{L}])/iu.test(sentence);
    const kind = TARGET_WORDS.test(sentence) ? 'target' : 'actual';
    if (value === 0 && Object.is(value, -0)) value = 0;

    const key = `${value}|${unit}|${change ?? ''}|${of ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const figure: Figure = {
      text: text.slice(start, unitEnd),
      value,
      unit,
      kind,
      start,
      end: unitEnd,
    };
    if (qualifier !== undefined) figure.qualifier = qualifier;
    if (change !== undefined) figure.change = change;
    if (of !== undefined) figure.of = of;
    if (estimated) figure.estimated = true;
    out.push(figure);
  }
  return out;
}
