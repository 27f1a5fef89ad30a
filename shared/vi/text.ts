/**
 * Vietnamese text: Unicode normalisation, accent-insensitive search folding and
 * a byte-orderable sort key that reproduces Vietnamese collation.
 *
 * TCVN 6909:2001 allows both precomposed and combining forms, so the same word
 * can arrive as NFC (`hòa`, `Đức`) or NFD; everything here accepts either.
 */

/** Unicode NFC: the form we store (GUIDE §2.4 implementation note: NFD text breaks search). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Folds text for accent- and case-insensitive search: `Hòa Bình`, `hoà bình`
 * and `HOA BINH` all become `hoa binh`.
 */
export function viFold(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // đ has no decomposition (it is its own letter), so it survives NFD.
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The value of a folded `search_text` column: each non-empty part folded, joined by one space. */
export function searchText(...parts: Array<string | null | undefined>): string {
  return parts
    .map((part) => (part == null ? '' : viFold(part)))
    .filter((folded) => folded !== '')
    .join(' ');
}

/** True when `needle` occurs in `haystack` ignoring accents, case and whitespace runs. */
export function foldedIncludes(haystack: string, needle: string): boolean {
  return viFold(haystack).includes(viFold(needle));
}

// ---------------------------------------------------------------------------
// Sort key
//
// The key reproduces `new Intl.Collator('vi', { sensitivity: 'accent' })`
// (ICU/CLDR: root collation plus the Vietnamese tailoring, which makes
// ă â đ ê ô ơ ư letters and reorders the tone marks
// `&\u0300<<\u0309<<\u0303<<\u0301<<\u0323`). Collation is two-level:
//   1. primary: base letters (ă â đ ê ô ơ ư are letters of their own), compared
//      left to right; the shorter string first when one is a prefix;
//   2. secondary, only when all primaries tie: the diacritic weights in text
//      order, where an unmarked letter carries the lowest ("common") weight and
//      the tones rank ngang < huyền < hỏi < ngã < sắc < nặng.
// Case is a tertiary difference and is ignored, as `sensitivity: 'accent'` does.
//
// Key = primary codes + "0" + secondary codes, over [0-9a-z] only. Every code
// starts with a character above "0", and its first character fixes its length,
// so the code set is prefix-free: plain byte comparison of two keys compares the
// primary sequences first and the secondary sequences only on a tie, exactly
// like the collator. Codes are grouped by their first character, in ICU's order:
//   1–2  whitespace, punctuation and symbols (table below, 2 chars)
//   3    other punctuation, symbols, separators (3 + 4 base-36 digits of the code point)
//   4    currency signs (2 chars)
//   5    digits (2 chars)
//   6    Latin letters in Vietnamese alphabetical order (2 chars)
//   7    everything else: other scripts, by code point (7 + 4 digits)
// Secondary codes: "0" common (unmarked), then 2-char diacritic codes (1–2),
// quote/ligature extras (y), other marks by code point (z + 4 digits).
// The tables were read off Node 20's ICU 78 and the tests compare against the
// live collator, so an ICU change that moves anything fails the suite. Keys
// stored in a column must be recomputed if these tables change.
// Other letters (ł, ð, Greek, Cyrillic, …) sort after z by code point; ICU
// orders them more finely, which this system does not need.
// ---------------------------------------------------------------------------

/** Whitespace, punctuation and symbols in ICU root order (read off Node 20's Intl.Collator('vi')); at most 72 (groups 1–2). */
// prettier-ignore
const PUNCTUATION = [
  '\t', '\n', '\v', '\f', '\r', '\u0085', '\u2028', '\u2029', ' ',
  '_', '-', '\u2010', '–', '—', ',', ';', ':', '!', '¡', '?', '¿', '.', '·',
  "'", '‹', '›', '"', '«', '»', '(', ')', '[', ']', '{', '}', '§', '¶', '@', '*', '/', '\\',
  '&', '#', '%', '‰', '†', '‡', '•', '′', '`', '^', '°', '©', '®', '+', '±', '÷', '×',
  '<', '=', '>', '¬', '|', '¦', '~', '−',
];

const CURRENCY = ['¤', '¢', '$', '£', '¥', '₫', '€'];

/** The alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, plus f j w z. */
const LETTERS = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';

/**
 * Characters ICU weighs as base letters or punctuation followed by a
 * secondary-only weight above every diacritic: curly quotes tie with ' and " at
 * the primary level; ß, æ, œ expand to two letters (ß ≈ s·s). Checked against ICU.
 */
const SECONDARY_VARIANTS: Record<string, { base: string; secondary: string }> = {
  '‘': { base: "'", secondary: '0y1' },
  '’': { base: "'", secondary: '0y2' },
  '‚': { base: "'", secondary: '0y3' },
  '“': { base: '"', secondary: '0y1' },
  '”': { base: '"', secondary: '0y2' },
  '„': { base: '"', secondary: '0y3' },
  ß: { base: 'ss', secondary: '0yx0' },
  æ: { base: 'ae', secondary: '0yx0' },
  œ: { base: 'oe', secondary: '0yx0' },
};

/**
 * Combining marks U+0300–U+036F by ascending secondary weight in ICU's `vi`
 * collation; `=` joins marks of equal weight. The Vietnamese tones are 300
 * (huyền) < 309 (hỏi) < 303 (ngã) < 301 (sắc) < 323 (nặng).
 */
const MARK_ORDER =
  '332 313 314 300 309 303 301 323 306 302 30c 30a 342 308 30b 307 338 327 328 304 ' +
  '30d=30e=312=315=31a=33d=33e=33f=346=34a=34b=34c=350=351=352=357=35b=35d=35e ' +
  '316=317=318=319=31c=31d=31e=31f=320=329=32a=32b=32c=32f=333=33a=33b=33c=347=348=349=' +
  '34d=34e=353=354=355=356=359=35a=35c=35f=362 ' +
  '336=337 335 305 30f 310 311 31b 321 322 324 325 326 32d 32e 330 331 334 339 345 358 360 361';

/**
 * Marks that, after these letters, make a letter of the Vietnamese alphabet
 * (a contraction in ICU terms): breve, circumflex, horn.
 */
const CONTRACTIONS: Record<string, Record<string, string>> = {
  a: { '\u0306': 'ă', '\u0302': 'â' },
  e: { '\u0302': 'ê' },
  o: { '\u0302': 'ô', '\u031b': 'ơ' },
  u: { '\u031b': 'ư' },
};

const DOT_BELOW = '\u0323';
const COMMON_SECONDARY = '0';
const LEVEL_SEPARATOR = '0';

/** Two-character code for rank `rank` (0 ≤ rank < 36) within group `group`. */
function groupCode(group: string, rank: number): string {
  return group + rank.toString(36);
}

/** Two-character code for ranks spanning groups 1–2 (0 ≤ rank < 72). */
function spanCode(rank: number): string {
  return (36 + rank).toString(36);
}

function codePointCode(group: string, ch: string): string {
  return group + (ch.codePointAt(0) ?? 0).toString(36).padStart(4, '0');
}

const PRIMARY = new Map<string, string>();
PUNCTUATION.forEach((ch, i) => PRIMARY.set(ch, spanCode(i)));
CURRENCY.forEach((ch, i) => PRIMARY.set(ch, groupCode('4', i)));
for (let d = 0; d <= 9; d++) PRIMARY.set(String(d), groupCode('5', d));
Array.from(LETTERS).forEach((ch, i) => PRIMARY.set(ch, groupCode('6', i)));

const MARK_WEIGHT = new Map<string, string>();
MARK_ORDER.split(' ').forEach((group, rank) => {
  for (const hex of group.split('=')) {
    MARK_WEIGHT.set(String.fromCodePoint(parseInt(hex, 16)), spanCode(rank));
  }
});

// Default-ignorable in ICU: controls other than the whitespace ones, format
// characters (soft hyphen, zero-width space, BOM), CGJ and variation selectors.
const IGNORABLE = /^(?![\t\n\v\f\r\u0085])[\p{Cc}\p{Cf}\u034f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;
const MARK = /^\p{M}$/u;
const NON_LETTER = /^[\p{P}\p{S}\p{Z}\p{C}]$/u;

function primaryCode(ch: string): string {
  return PRIMARY.get(ch) ?? codePointCode(NON_LETTER.test(ch) ? '3' : '7', ch);
}

function markCode(ch: string): string {
  // Marks outside U+0300–U+036F sort after the known ones, by code point.
  return MARK_WEIGHT.get(ch) ?? codePointCode('z', ch);
}

/**
 * A sort key over [0-9a-z] whose plain byte order (JS `<`, SQL `COLLATE "C"`)
 * equals `new Intl.Collator('vi', { sensitivity: 'accent' })` order: Vietnamese
 * alphabet first, then tones left to right, case ignored.
 */
export function viSortKey(s: string): string {
  // NFKD also folds compatibility variants (NBSP, full-width, ligatures, …) that
  // ICU treats as tertiary differences, i.e. equal here.
  // ø is o with a stroke overlay at the secondary level in ICU, though Unicode
  // gives it no decomposition.
  const chars = Array.from(s.normalize('NFKD').toLowerCase().replace(/ø/g, 'o\u0338'));
  const consumed = new Set<number>();
  let primary = '';
  let secondary = '';
  for (let i = 0; i < chars.length; i++) {
    if (consumed.has(i)) continue;
    const ch = chars[i] ?? '';
    if (IGNORABLE.test(ch)) continue;
    if (MARK.test(ch)) {
      secondary += markCode(ch);
      continue;
    }
    let letter = ch;
    const contractions = CONTRACTIONS[ch];
    if (contractions) {
      // NFD puts the dot below (ccc 220) before breve/circumflex (ccc 230), as in
      // ặ = a + ̣ + ̆; ICU still forms ă there (an unblocked discontiguous contraction).
      let j = i + 1;
      while (chars[j] === DOT_BELOW) j++;
      const next = chars[j];
      const merged = next === undefined ? undefined : contractions[next];
      if (merged !== undefined) {
        letter = merged;
        consumed.add(j);
      }
    }
    const variant = SECONDARY_VARIANTS[letter];
    if (variant) {
      for (const base of variant.base) primary += primaryCode(base);
      secondary += variant.secondary;
    } else {
      primary += primaryCode(letter);
      secondary += COMMON_SECONDARY;
    }
  }
  return primary + LEVEL_SEPARATOR + secondary;
}
