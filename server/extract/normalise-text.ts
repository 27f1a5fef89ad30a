/**
 * Normalisation of the text read from an upload before extraction: Unicode
 * NFC, LF line ends, no invisible characters, no page clutter. Hard line
 * breaks are kept: the extractor joins a sentence broken across lines itself.
 */

/** Warnings the reading may attach to a text (stable codes, shown to the user). */
export type InputWarning =
  /** Lines that were only page numbers ("- 3 -", "Trang 3/10") or page breaks were removed. */
  | 'PAGE_CLUTTER_REMOVED'
  /** Zero-width characters, soft hyphens or control characters were removed. */
  | 'INVISIBLE_CHARACTERS_REMOVED'
  /** Some pages of the PDF have no text layer (scanned pages); their content is missing. */
  | 'PDF_PAGES_WITHOUT_TEXT';

// Zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen, and C0/C1 controls
// other than tab, line feed and form feed (a page break, handled below).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

// A page number alone on its line: "- 3 -", "– 12 –", "Trang 3", "Trang 3/10".
const PAGE_LABEL =
  /^[ \t]*(?:[-–—][ \t]*\d{1,4}[ \t]*[-–—]|(?:Trang|trang|TRANG|Page|page)[ \t]+\d{1,4}(?:[ \t]*(?:\/|trên|of)[ \t]*\d{1,4})?)[ \t]*$/;
// A bare "3" or "3/10" alone on its line: a page number only at a page boundary or between
// blank lines (elsewhere it may be a table cell, or a date such as "9/12" wrapped to its line).
const BARE_NUMBER = /^[ \t]*\d{1,3}(?:[ \t]*\/[ \t]*\d{1,3})?[ \t]*$/;

// A list label alone on its line, as pdftotext prints a label set apart from its text by a tab
// stop: "I.", "2.", "2.1.", "(3)", "a)", "b.", "-", "•". A bare number is not a label.
const LONE_LABEL =
  /^[ \t]*((?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})[.)]|\(\d{1,2}\)|[a-zđ][).]|[-–•◦▪+*])[ \t]*$/u;
const BULLETS = /^[–•◦▪*]$/u;

/**
 * Normalises `raw`: NFC, CRLF/CR → LF, U+2028/2029 → LF, invisible characters
 * removed, page-number lines and form feeds removed, a list label alone on its
 * line joined to the text that follows it. A bare number ("3") is taken for a
 * page number only as the first or last line of a page (form feeds mark pages)
 * or alone between blank lines, so table cells survive. Linear in the length
 * of the text.
 */
export function normaliseInputText(raw: string): { text: string; warnings: InputWarning[] } {
  const warnings: InputWarning[] = [];
  let text = raw.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  const visible = text.replace(INVISIBLE, '');
  if (visible.length !== text.length) warnings.push('INVISIBLE_CHARACTERS_REMOVED');
  text = visible.normalize('NFC');

  const pages = text.split('\f');
  let clutter = false;
  const paged = pages.length > 1;
  const out: string[] = [];
  for (const page of pages) {
    const lines = page.split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    let last = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      if ((lines[i] ?? '').trim() !== '') {
        last = i;
        break;
      }
    }
    const kept: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const label = LONE_LABEL.exec(line);
      const next = lines[i + 1];
      if (
        label?.[1] &&
        next !== undefined &&
        next.trim() !== '' &&
        !LONE_LABEL.test(next) &&
        !PAGE_LABEL.test(next)
      ) {
        // The label joins its text, as printed: "a)" + "Giao Sở…" → "a) Giao Sở…".
        lines[i + 1] = `${BULLETS.test(label[1]) ? '-' : label[1]} ${next.replace(/^[ \t]+/, '')}`;
        continue;
      }
      if (PAGE_LABEL.test(line)) {
        clutter = true;
        continue;
      }
      if (BARE_NUMBER.test(line)) {
        const atBoundary = paged && (i === first || i === last);
        // Blank before (counting lines already dropped as clutter) and blank or clutter after.
        const before = kept[kept.length - 1];
        const after = lines[i + 1];
        const blankAround =
          before !== undefined &&
          before.trim() === '' &&
          after !== undefined &&
          (after.trim() === '' || PAGE_LABEL.test(after));
        if (atBoundary || blankAround) {
          clutter = true;
          continue;
        }
      }
      kept.push(line);
    }
    out.push(kept.join('\n'));
  }
  if (clutter) warnings.push('PAGE_CLUTTER_REMOVED');
  // Pages are joined by a line break so the last line of a page and the first of the next
  // stay apart; the extractor joins them again when the sentence runs on.
  text = paged
    ? out
        .map((p) => p.replace(/\n+$/, ''))
        .filter((p) => p.trim() !== '')
        .join('\n')
    : (out[0] ?? '');
  return { text, warnings };
}
