import { spawn } from 'node:child_process';

/** Result of running a poppler tool on PDF bytes given on its standard input. */
export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Thrown when a poppler tool is not installed. */
export class PdfToolMissingError extends Error {
  override name = 'PdfToolMissingError';
}

/**
 * Runs `command` (no shell) with the PDF on its standard input, killed after
 * `timeoutMs`; output is decoded as UTF-8.
 */
export function runPdfTool(
  command: string,
  args: string[],
  pdf: Uint8Array,
  timeoutMs = 60_000,
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    // The tool may exit before reading all its input (a damaged file): that is not our error.
    child.stdin.on('error', () => undefined);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' ? new PdfToolMissingError(command) : e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.end(pdf);
  });
}

/** What poppler says of a PDF: its page count, or that it needs a password, or that it is damaged. */
export type PdfInfo = { ok: true; pages: number } | { ok: false; reason: 'encrypted' | 'damaged' };

const PASSWORD = /password/i;

/** Page count of a PDF (poppler's `pdfinfo`). */
export async function pdfInfo(pdf: Uint8Array): Promise<PdfInfo> {
  const r = await runPdfTool('pdfinfo', ['-'], pdf);
  if (r.code !== 0) return { ok: false, reason: PASSWORD.test(r.stderr) ? 'encrypted' : 'damaged' };
  const pages = /^Pages:\s+(\d+)/m.exec(r.stdout);
  return { ok: true, pages: pages ? Number(pages[1]) : 0 };
}

/** Text layer of a PDF in reading order, pages ended by form feeds (`pdftotext -enc UTF-8 - -`). */
export async function pdfToText(
  pdf: Uint8Array,
): Promise<{ ok: true; text: string } | { ok: false; reason: 'encrypted' | 'damaged' }> {
  const r = await runPdfTool('pdftotext', ['-enc', 'UTF-8', '-', '-'], pdf);
  if (r.code !== 0) return { ok: false, reason: PASSWORD.test(r.stderr) ? 'encrypted' : 'damaged' };
  return { ok: true, text: r.stdout };
}
