/**
 * What files a register entry accepts, judged by their first bytes (the name
 * and the browser's claimed type are not trusted): the signed PDF, the DOCX,
 * older DOC, spreadsheets and scans.
 */
export interface DetectedType {
  mediaType: string;
  extension: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  return sig.every((b, i) => bytes[offset + i] === b);
}

/** Detects an accepted type from the content; null when the type is refused. */
export function detectFileType(bytes: Uint8Array, fileName: string): DetectedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { mediaType: 'application/pdf', extension: 'pdf' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { mediaType: 'image/tiff', extension: 'tif' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { mediaType: 'application/msword', extension: 'doc' };
  }
  if (startsWith(bytes, ZIP)) {
    // OOXML packages are zips; the part names tell Word from Excel.
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString(
      'latin1',
    );
    if (head.includes('word/')) {
      return {
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    }
    if (head.includes('xl/')) {
      return {
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    }
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.docx')) {
      return {
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    }
    if (lower.endsWith('.xlsx')) {
      return {
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    }
  }
  return null;
}

/** A short description of unrecognised content for error messages. */
export function describeContent(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'rỗng';
  const printable = Array.from(bytes.subarray(0, 8)).every(
    (b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127),
  );
  return printable
    ? 'văn bản thuần'
    : `mã đầu tệp ${Buffer.from(bytes.subarray(0, 4)).toString('hex')}`;
}

/** Human-readable size: `12,5 MB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace('.', ',')} KB`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
