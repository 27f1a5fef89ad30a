import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { contentParagraphs, type ReportContent } from '../../shared/reports/content';
import { buildReportContent } from './build-content';
import { loadReportFor } from './manage-reports';
import { renderReportDocx } from './render-docx';
import { convertDocxToPdf, pdfText } from './office-tools';
import { renderReportXlsx } from './render-xlsx';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const MEDIA: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

/** A rendered report file. */
export interface RenderedReport {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
  content: ReportContent;
}

/**
 * Renders a report in a format: DOCX (ND 30), PDF (the DOCX converted by
 * LibreOffice; every paragraph of the DOCX must be found in the PDF's text,
 * otherwise the conversion is refused), XLSX (annexes), or the content as JSON.
 */
export async function exportReport(
  ctx: AppContext,
  { actor, reportId, format }: { actor: Actor; reportId: number; format: ReportFormat },
): Promise<RenderedReport> {
  const report = await loadReportFor(ctx.db.q, actor, reportId, 'report.read');
  const content = await buildReportContent(ctx, report);
  const base = fileBase(content, report.id);
  if (format === 'json')
    return {
      fileName: `${base}.json`,
      mediaType: MEDIA.json,
      bytes: Buffer.from(JSON.stringify(content, null, 2)),
      content,
    };
  if (format === 'xlsx')
    return {
      fileName: `${base}.xlsx`,
      mediaType: MEDIA.xlsx,
      bytes: await renderReportXlsx(ctx, report, content),
      content,
    };
  const docx = await renderReportDocx(content);
  if (format === 'docx')
    return { fileName: `${base}.docx`, mediaType: MEDIA.docx, bytes: docx, content };
  const pdf = await convertDocxToPdf(docx);
  const missing = missingParagraphs(content, await pdfText(pdf));
  if (missing.length > 0) {
    throw new AppError('PDF_CONVERSION_FAILED', {
      params: {
        reason: `bản PDF thiếu ${missing.length} đoạn, ví dụ "${(missing[0] ?? '').slice(0, 80)}"`,
      },
    });
  }
  return { fileName: `${base}.pdf`, mediaType: MEDIA.pdf, bytes: pdf, content };
}

/** NFC, whitespace collapsed: how paragraphs are compared across DOCX and PDF text. */
export function normaliseForCompare(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Paragraphs of the content whose text does not occur in the PDF's extracted text. */
export function missingParagraphs(content: ReportContent, pdfTextOut: string): string[] {
  // Lines of the PDF are joined: a paragraph wraps over several lines, and pages break it.
  // From page 2 each page opens with its number (pdftotext: form feed, the number, a newline).
  const text = normaliseForCompare(
    pdfTextOut.replace(/\f[ \t]*\d{1,4}[ \t]*\n/g, ' ').replace(/\f/g, ' '),
  );
  let words: string[] | undefined;
  return contentParagraphs(content)
    .map(normaliseForCompare)
    .filter((p) => {
      if (p === '' || text.includes(p)) return false;
      if (!text.includes(UNKNOWN)) return true;
      words ??= text.split(' ');
      return !containsWords(words, p.split(' '));
    });
}

/** What pdftotext writes for a glyph whose Unicode it cannot recover (U+FFFD). */
const UNKNOWN = '\uFFFD';

/**
 * Whether the paragraph's words occur in a row among the PDF's words, where a
 * PDF word may carry unrecoverable glyphs: LibreOffice sometimes shapes a
 * stacked Vietnamese vowel (ườ) into glyphs with no Unicode mapping, and
 * pdftotext then writes U+FFFD for each. Such a run stands for one to four
 * characters of the paragraph's word; every other character must match.
 */
export function containsWords(pdfWords: readonly string[], paragraph: readonly string[]): boolean {
  const first = paragraph[0];
  if (first === undefined) return true;
  for (let i = 0; i + paragraph.length <= pdfWords.length; i++) {
    let all = true;
    for (let j = 0; j < paragraph.length && all; j++) {
      all = wordMatches(pdfWords[i + j] ?? '', paragraph[j] ?? '');
    }
    if (all) return true;
  }
  return false;
}

const patterns = new Map<string, RegExp>();
function wordMatches(pdfWord: string, word: string): boolean {
  if (pdfWord === word) return true;
  if (!pdfWord.includes(UNKNOWN)) return false;
  let re = patterns.get(pdfWord);
  if (!re) {
    const source = pdfWord
      .split(/\uFFFD+/u)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.{1,4}');
    re = new RegExp(`^${source}$`, 'u');
    patterns.set(pdfWord, re);
  }
  return re.test(word);
}

function fileBase(content: ReportContent, id: number): string {
  const m = /Số:\s*(\d+)\/(\S+)/.exec(content.header.numberLine);
  return m ? `${m[1]}-${(m[2] ?? '').replace(/[^\p{L}\p{N}-]/gu, '')}` : `bao-cao-du-thao-${id}`;
}
