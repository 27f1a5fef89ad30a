import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../platform/errors';

function run(
  command: string,
  args: string[],
  timeoutMs = 120_000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/**
 * Converts a DOCX to PDF with LibreOffice headless, in a profile folder of its
 * own (so conversions can run side by side) and a temporary folder that is
 * always removed: no half-written file is left behind. A missing or failing
 * LibreOffice is a clear error.
 */
export async function convertDocxToPdf(docx: Uint8Array): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'dieuhanh-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    let result;
    try {
      result = await run('soffice', [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ]);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new AppError('PDF_CONVERTER_MISSING');
      throw e;
    }
    const pdf = await readFile(join(dir, 'report.pdf')).catch(() => null);
    if (result.code !== 0 || !pdf || pdf.length === 0) {
      throw new AppError('PDF_CONVERSION_FAILED', {
        params: {
          reason: (result.stderr || result.stdout).trim().slice(0, 300) || `exit ${result.code}`,
        },
      });
    }
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text of a PDF (poppler's pdftotext), optionally keeping the layout. */
export async function pdfText(pdf: Uint8Array, opts: { layout?: boolean } = {}): Promise<string> {
  return withPdfFile(pdf, async (file) => {
    const r = await run('pdftotext', [
      ...(opts.layout ? ['-layout'] : []),
      '-enc',
      'UTF-8',
      file,
      '-',
    ]).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') throw new AppError('PDF_TOOLS_MISSING');
      throw e;
    });
    if (r.code !== 0)
      throw new AppError('PDF_CONVERSION_FAILED', {
        params: { reason: r.stderr.trim().slice(0, 300) },
      });
    return r.stdout;
  });
}

/** Fonts of a PDF as pdffonts lists them, with whether each is embedded. */
export async function pdfFonts(
  pdf: Uint8Array,
): Promise<Array<{ name: string; embedded: boolean }>> {
  return withPdfFile(pdf, async (file) => {
    const r = await run('pdffonts', [file]).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') throw new AppError('PDF_TOOLS_MISSING');
      throw e;
    });
    if (r.code !== 0)
      throw new AppError('PDF_CONVERSION_FAILED', {
        params: { reason: r.stderr.trim().slice(0, 300) },
      });
    // Columns are fixed width: name, type, encoding, emb, sub, uni, object ID.
    return r.stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const parts = l.trim().split(/\s+/);
        const emb = parts[parts.length - 5];
        return { name: parts[0] ?? '', embedded: emb === 'yes' };
      });
  });
}

async function withPdfFile<T>(pdf: Uint8Array, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'dieuhanh-pdfq-'));
  try {
    const file = join(dir, 'x.pdf');
    await writeFile(file, pdf);
    return await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
