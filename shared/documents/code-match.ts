/**
 * Matching of printed abbreviations (type and issuer codes) against their
 * official spelling: case-insensitive, Đ read as D when nothing closer matches.
 */

/**
 * Upper-cases and, when `foldD`, also turns Đ into D: the two comparison forms
 * used to match printed abbreviations against official spellings.
 */
export function codeMatchForm(code: string, foldD: boolean): string {
  const upper = cleanCode(code).toUpperCase();
  return foldD ? upper.replaceAll('Đ', 'D') : upper;
}

/** NFC, trimmed, with the look-alike Icelandic `Ð`/`ð` (U+00D0/U+00F0) read as `Đ`/`đ`. */
export function cleanCode(code: string): string {
  return code.normalize('NFC').trim().replaceAll('\u00D0', 'Đ').replaceAll('\u00F0', 'đ');
}

/**
 * Builds a lookup from printed spelling to official spelling: an upper-case match
 * first, then one with Đ read as D (`QD` → `QĐ`). Pairs that differ only by Đ/D
 * (`DA` Dự án / `ĐA` Đề án, `HD` / `HĐ`) are always settled by the first step.
 */
export function buildCodeLookup(codes: readonly string[]): (printed: string) => string | null {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const code of codes) {
    const upper = codeMatchForm(code, false);
    if (!exact.has(upper)) exact.set(upper, code);
    const fold = codeMatchForm(code, true);
    if (!folded.has(fold)) folded.set(fold, code);
  }
  return (printed) =>
    exact.get(codeMatchForm(printed, false)) ?? folded.get(codeMatchForm(printed, true)) ?? null;
}
