import { AppError } from '../platform/errors';
import { DocxTextError, readDocxText } from './docx-text';
import { detectLegacyEncoding, scoreLegacyEncoding, type LegacyEncoding } from './legacy-encoding';
import { normaliseInputText, type InputWarning } from './normalise-text';
import { PdfToolMissingError, pdfInfo, pdfToText } from './pdf-text';

/**
 * Reading an upload for extraction: pasted text, a `.txt`, a `.docx` or a PDF
 * with a text layer becomes normalised plain text (NFC, LF line ends, list
 * labels as printed, no page clutter), or is refused with an AppError on the
 * field `file` that tells the user what to do. The format is told from the
 * content, never from the file name alone.
 */

/** Where the text came from: pasted text, or the detected format of the file. */
export type InputKind = 'text' | 'txt' | 'docx' | 'pdf';

/** The normalised text and the codes of what was cleaned on the way (see `InputWarning`). */
export interface ReadInput {
  text: string;
  kind: InputKind;
  warnings: string[];
}

export type { InputWarning };

/** Default upload limit: 20 MB. */
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

const FIELD = 'file';

/** A page of a PDF counts as text when it has at least this many letters and digits. */
const MIN_PAGE_CHARS = 40;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('EXTRACT_FILE_TOO_LARGE', {
    field: FIELD,
    params: { limit: megabytes(maxBytes), maxBytes },
  });
}

function legacy(encoding: LegacyEncoding): AppError {
  return new AppError('EXTRACT_LEGACY_ENCODING', { field: FIELD, params: { encoding } });
}

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Whether `bytes` contain `ascii` written in UTF-16LE (OLE directory entry names). */
function containsUtf16(bytes: Uint8Array, ascii: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from(ascii, 'utf16le'),
  );
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = Buffer.from('%PDF-', 'latin1');

/**
 * Reads pasted text or an uploaded file into normalised text for the
 * extractor. Refusals (AppError, field `file`): EXTRACT_FILE_TOO_LARGE (over
 * `maxBytes`, default 20 MB, checked before anything is decoded),
 * EXTRACT_EMPTY, EXTRACT_FILE_UNREADABLE, EXTRACT_WORD97_UNSUPPORTED,
 * EXTRACT_TEXT_ENCODING_UNKNOWN, EXTRACT_LEGACY_ENCODING (TCVN3/VNI),
 * EXTRACT_ENCRYPTED, EXTRACT_PDF_NO_TEXT; PDF_TOOLS_MISSING when poppler is
 * not installed.
 */
export async function readExtractionInput(
  file: { name: string; bytes: Uint8Array } | { text: string },
  opts: { maxBytes?: number } = {},
): Promise<ReadInput> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if ('text' in file) {
    // A UTF-16 unit is at least one UTF-8 byte: the cheap test first.
    if (file.text.length > maxBytes || Buffer.byteLength(file.text, 'utf8') > maxBytes)
      throw tooLarge(maxBytes);
    return finish(file.text, 'text', []);
  }
  const { name, bytes } = file;
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  if (bytes.length === 0) throw new AppError('EXTRACT_EMPTY', { field: FIELD });
  const unreadable = () =>
    new AppError('EXTRACT_FILE_UNREADABLE', { field: FIELD, params: { name } });

  if (startsWith(bytes, ZIP)) return readDocx(name, bytes, maxBytes, unreadable);
  if (startsWith(bytes, OLE)) {
    // An encrypted Office Open XML file is an OLE compound file holding the encrypted package.
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo'))
      throw new AppError('EXTRACT_ENCRYPTED', { field: FIELD, params: { name } });
    if (containsUtf16(bytes, 'WordDocument'))
      throw new AppError('EXTRACT_WORD97_UNSUPPORTED', { field: FIELD, params: { name } });
    throw unreadable();
  }
  // Readers accept the PDF header anywhere in the first 1024 bytes.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (head.includes(PDF)) return readPdf(name, bytes, unreadable);
  // RTF is ASCII markup, not text: "{\rtf1\ansi…" would reach the extractor as noise.
  if (head.subarray(0, 5).toString('latin1') === '{\\rtf') throw unreadable();
  return readTextFile(name, bytes, unreadable);
}

async function readDocx(
  name: string,
  bytes: Uint8Array,
  maxBytes: number,
  unreadable: () => AppError,
): Promise<ReadInput> {
  let docx;
  try {
    docx = await readDocxText(bytes, Math.max(5 * maxBytes, 1024 * 1024));
  } catch (e) {
    if (e instanceof DocxTextError) {
      if (e.reason === 'too-large') throw tooLarge(maxBytes);
      throw unreadable();
    }
    throw e;
  }
  // Runs in a legacy font (.VnTime, VNI-Times) with Latin-1 letters are legacy-encoded text.
  for (const [encoding, text] of Object.entries(docx.legacyFontText) as Array<
    [LegacyEncoding, string]
  >) {
    const s = scoreLegacyEncoding(text);
    const signs = s.tcvn3 + s.vni;
    if (signs >= 3 && s.unicodeVietnamese * 3 <= signs) throw legacy(encoding);
  }
  return finish(docx.text, 'docx', []);
}

async function readPdf(
  name: string,
  bytes: Uint8Array,
  unreadable: () => AppError,
): Promise<ReadInput> {
  const encrypted = () => new AppError('EXTRACT_ENCRYPTED', { field: FIELD, params: { name } });
  try {
    const info = await pdfInfo(bytes);
    if (!info.ok) throw info.reason === 'encrypted' ? encrypted() : unreadable();
    const out = await pdfToText(bytes);
    if (!out.ok) throw out.reason === 'encrypted' ? encrypted() : unreadable();
    const pageTexts = out.text.replace(/\f$/, '').split('\f');
    const pages = Math.max(info.pages, pageTexts.length);
    let textPages = 0;
    for (const page of pageTexts)
      if (countLettersAndDigits(page, MIN_PAGE_CHARS) >= MIN_PAGE_CHARS) textPages++;
    // A scan may carry a stamp or a page number as text; most pages must have a text layer.
    if (textPages === 0 || textPages * 4 < pages)
      throw new AppError('EXTRACT_PDF_NO_TEXT', { field: FIELD, params: { name, pages } });
    return finish(out.text, 'pdf', textPages < pages ? ['PDF_PAGES_WITHOUT_TEXT'] : []);
  } catch (e) {
    if (e instanceof PdfToolMissingError) throw new AppError('PDF_TOOLS_MISSING', { field: FIELD });
    throw e;
  }
}

/** Letters and digits in `s`, counting stops at `enough`. */
function countLettersAndDigits(s: string, enough: number): number {
  let n = 0;
  for (const m of s.matchAll(/[\p{L}\p{N}]/gu)) {
    void m;
    if (++n >= enough) break;
  }
  return n;
}

/** Share of C0/C1 control characters other than tab, line feed, carriage return and form feed. */
function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0x7f && c < 0xa0)
    )
      controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

/** UTF-16 without a byte order mark: NUL in most high bytes of the first kilobytes. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.4 * pairs && evenZero < 0.05 * pairs) return 'utf-16le';
  if (evenZero > 0.4 * pairs && oddZero < 0.05 * pairs) return 'utf-16be';
  return null;
}

function readTextFile(name: string, bytes: Uint8Array, unreadable: () => AppError): ReadInput {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | null = null;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    encoding = utf16WithoutBom(bytes);
  }
  let raw: string;
  try {
    raw = new TextDecoder(encoding ?? 'utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Not Unicode: a binary file, legacy Vietnamese (TCVN3/VNI), or another code page.
    const latin1 = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
    if (latin1.includes('\u0000') || controlShare(latin1) > 0.01) throw unreadable();
    const legacyEncoding = detectLegacyEncoding(latin1);
    if (legacyEncoding) throw legacy(legacyEncoding);
    throw new AppError('EXTRACT_TEXT_ENCODING_UNKNOWN', { field: FIELD, params: { name } });
  }
  if (raw.includes('\u0000') || controlShare(raw) > 0.01) throw unreadable();
  return finish(raw, 'txt', []);
}

/** Refuses legacy-encoded or empty text, else normalises it. */
function finish(raw: string, kind: InputKind, warnings: InputWarning[]): ReadInput {
  // Before normalising: TCVN3's ư is the soft hyphen, which normalising removes.
  const legacyEncoding = detectLegacyEncoding(raw);
  if (legacyEncoding) throw legacy(legacyEncoding);
  const normalised = normaliseInputText(raw);
  if (normalised.text.trim() === '') throw new AppError('EXTRACT_EMPTY', { field: FIELD });
  return { text: normalised.text, kind, warnings: [...warnings, ...normalised.warnings] };
}
