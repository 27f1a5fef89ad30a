/**
 * Logical paragraphs of a document as published: hard line breaks inside a sentence are
 * joined, while list items ("1.", "(2)", "a)", "-", "Điều 3.") and headings start blocks
 * of their own. Spans index the original text.
 */

/** One logical paragraph: its span, its list label, where its body starts, and whether it is a heading. */
export interface Block {
  start: number;
  end: number;
  /** The list label as printed (`1.`, `(2)`, `a)`, `-`, `Điều 2.`), or null. */
  marker: string | null;
  /** Start of the text after the label (and any bold/heading marks). */
  bodyStart: number;
  heading: boolean;
}

const MARKER =
  /^[ \t>#*|]*((?:Điều|ĐIỀU)\s{1,3}\d{1,3}\s?[.:]|\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){0,3}\s?[.)](?!\d)|[a-zđ][).](?=\s)|[-–•+](?=\s)|[IVX]{1,6}\s?[.)](?=\s)|[A-H]\.(?=\s))[ \t*]*/u;
const ROMAN_OR_LETTER = /^(?:[IVX]{1,6}|[A-H])\s?[.)]$/u;

function isUpperHeading(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  let upper = 0;
  for (const ch of letters) if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) upper++;
  return upper / letters.length >= 0.8;
}

/** Splits `text` into blocks; linear in its length, never throws. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let prevEndsSentence = true;
  let prevHeading = false;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const trimmed = line.trim();
    if (trimmed === '' || /^[|\-–_=*\s]+$/u.test(trimmed)) {
      if (current) blocks.push(current);
      current = null;
      prevEndsSentence = true;
    } else {
      const marker = MARKER.exec(line);
      const bold = /^\s*(?:\*\*|#)/u.test(line);
      const upper = isUpperHeading(trimmed);
      const startsNew =
        current === null || marker !== null || bold || prevEndsSentence || prevHeading !== upper;
      if (startsNew) {
        if (current) blocks.push(current);
        const label = marker?.[1]?.trim() ?? null;
        const bodyStart =
          pos + (marker ? marker[0].length : (/^[ \t>#*|]*/u.exec(line)?.[0].length ?? 0));
        current = {
          start: pos + (line.length - line.trimStart().length),
          end: pos + line.trimEnd().length,
          marker: label === null || label === '' ? null : label,
          bodyStart,
          heading: bold || upper || (label !== null && ROMAN_OR_LETTER.test(label)),
        };
      } else if (current) {
        current.end = pos + line.trimEnd().length;
      }
      prevEndsSentence = /[.:;!?]\**\s*$|\*\*\s*$/u.test(line);
      prevHeading = upper;
    }
    pos = nl + 1;
  }
  if (current) blocks.push(current);
  return blocks;
}
