/**
 * Detection of Vietnamese text typed in the pre-Unicode 8-bit encodings
 * TCVN3 (ABC, TCVN 5712:1993 VN3, fonts `.VnTime`, `.VnArial`…) and VNI
 * (fonts `VNI-Times`…), once read as Latin-1 / Windows-1252 or copied out of a
 * document in those fonts: "Uû ban nh©n d©n" (TCVN3), "UÛy ban nhaân daân" (VNI).
 *
 * Such text is refused rather than converted: TCVN3 has no code for the
 * capital letters with a tone mark (they are the lowercase codes shown in a
 * second font, `.VnTimeH`), so capitals cannot be restored from the bytes
 * alone, and VNI spells one letter with two bytes.
 */
export type LegacyEncoding = 'TCVN3' | 'VNI';

/** Counts behind a decision, exposed for tests and diagnostics. */
export interface LegacyEncodingScore {
  /** Letters that exist only in Unicode Vietnamese (ă đ ơ ư ạ…ỹ, combining tone marks). */
  unicodeVietnamese: number;
  /** TCVN3 signs: the symbols its lowercase letters decode to, capitals inside a lowercase word. */
  tcvn3: number;
  /** VNI signs: a vowel followed by a diacritic byte, "öô" (ươ), "ñ" (đ) opening a word. */
  vni: number;
  /** VNI signs no Western European language has: "aâ", "eâ", "oâ" (â ê ô), "aø" (à), "öô", "ñ" + vowel. */
  vniStrong: number;
  /** ASCII and Latin-1 letters, for the density of the signs. */
  letters: number;
}

// TCVN3 lowercase letters that decode to Latin-1 symbols: ¡–® (Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ),
// µ¶·¸¹ (à ả ã á ạ), »¼½¾ (ằ ẳ ẵ ắ) and × (ì).
function isTcvn3Symbol(c: number): boolean {
  return (
    (c >= 0xa1 && c <= 0xae) || (c >= 0xb5 && c <= 0xb9) || (c >= 0xbb && c <= 0xbe) || c === 0xd7
  );
}

// VNI's diacritic bytes as Latin-1 letters, which follow the base vowel:
// à á â ã ä å è é ê ë õ ø ù ú û ü ï and their capitals.
const VNI_MARKS = new Set(
  'àáâãäåèéêëõøùúûüïÀÁÂÃÄÅÈÉÊËÕØÙÚÛÜÏ'.split('').map((ch) => ch.charCodeAt(0)),
);
// â after a/e/o (VNI's circumflex), ø (grave) and õ (tilde) after a vowel.
const STRONG_VNI_MARKS = new Set('âÂøØõÕ'.split('').map((ch) => ch.charCodeAt(0)));
const ASCII_VOWELS = new Set('aeiouyAEIOUY'.split('').map((ch) => ch.charCodeAt(0)));

function isUnicodeVietnamese(c: number): boolean {
  return (
    c === 0x102 ||
    c === 0x103 ||
    c === 0x110 ||
    c === 0x111 ||
    c === 0x128 ||
    c === 0x129 ||
    c === 0x168 ||
    c === 0x169 ||
    c === 0x1a0 ||
    c === 0x1a1 ||
    c === 0x1af ||
    c === 0x1b0 ||
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    c === 0x300 ||
    c === 0x301 ||
    c === 0x303 ||
    c === 0x309 ||
    c === 0x323
  );
}

const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAsciiLetter = (c: number): boolean => isLowerAscii(c) || (c >= 0x41 && c <= 0x5a);

/**
 * Legacy fonts keep their text in the private use area when Word treats them
 * as symbol fonts (U+F0xx for byte xx); this reads them as the byte they are.
 */
function code(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xf000 && c <= 0xf0ff ? c - 0xf000 : c;
}

/** Counts the signs of each legacy encoding in `text` (one linear pass). */
export function scoreLegacyEncoding(text: string): LegacyEncodingScore {
  const score: LegacyEncodingScore = {
    unicodeVietnamese: 0,
    tcvn3: 0,
    vni: 0,
    vniStrong: 0,
    letters: 0,
  };
  let prev = 0x20;
  for (let i = 0; i < text.length; i++) {
    const c = code(text, i);
    if (isAsciiLetter(c) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)) score.letters++;
    if (c > 0xff) {
      if (isUnicodeVietnamese(c)) score.unicodeVietnamese++;
    } else if (isTcvn3Symbol(c)) {
      // Inside or next to a word ("nh©n", "®Þnh"), not a lone "©" or French quotes « ».
      const next = i + 1 < text.length ? code(text, i + 1) : 0;
      if (isAsciiLetter(prev) || isAsciiLetter(next)) score.tcvn3++;
    } else if (c >= 0xc0 && c <= 0xde && isLowerAscii(prev)) {
      // TCVN3's ặ…ỵ decode to Latin-1 letters, many of them capitals: "tØnh", "viÖc".
      score.tcvn3++;
    } else if (VNI_MARKS.has(c) && ASCII_VOWELS.has(prev)) {
      score.vni++;
      if (
        STRONG_VNI_MARKS.has(c) &&
        (c !== 0xe2 && c !== 0xc2 ? true : 'aeoAEO'.includes(String.fromCharCode(prev)))
      )
        score.vniStrong++;
    } else if ((c === 0xf4 || c === 0xd4) && (prev === 0xf6 || prev === 0xd6)) {
      score.vni++; // "öô" is VNI's ươ
      score.vniStrong++;
    } else if ((c === 0xf1 || c === 0xd1) && !isAsciiLetter(prev) && prev < 0xc0) {
      const next = i + 1 < text.length ? code(text, i + 1) : 0;
      if (ASCII_VOWELS.has(next) || next === 0xf6 || next === 0xd6) {
        score.vni++; // "ñaõ", "ñöôïc"
        score.vniStrong++;
      }
    }
    prev = c;
  }
  return score;
}

/**
 * The legacy encoding `text` is typed in, or null for Unicode (or text with
 * too few signs to tell). Unicode Vietnamese is full of letters that neither
 * legacy encoding can produce, while legacy text has none of them and a sign
 * in most words; the decision asks for both.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const s = scoreLegacyEncoding(text);
  const signs = s.tcvn3 + s.vni;
  if (signs < 3) return null;
  if (signs < 0.03 * s.letters) return null;
  if (s.unicodeVietnamese * 3 > signs) return null;
  if (s.tcvn3 * 2 >= s.vni) return s.tcvn3 >= 2 ? 'TCVN3' : null;
  return s.vniStrong >= 1 ? 'VNI' : null;
}

/** The legacy encoding a font name implies: `.VnTime`, `.VnTimeH` → TCVN3; `VNI-Times` → VNI. */
export function legacyEncodingOfFont(font: string): LegacyEncoding | null {
  const f = font.trim();
  if (/^vni[-\s]/i.test(f)) return 'VNI';
  if (/^\.?vn[a-z]/i.test(f) && !/^vni/i.test(f)) return 'TCVN3';
  return null;
}
