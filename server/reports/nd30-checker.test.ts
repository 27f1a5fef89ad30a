/**
 * The ND 30 checker on hand-made fixtures (server/reports/testing/nd30-fixtures.ts):
 * the conforming ones pass every rule, each broken one fails exactly the rule
 * it names; a file that is not a DOCX is refused with a clear error.
 */
import { describe, expect, it } from 'vitest';
import { checkNd30 } from './check-nd30';
import { DocxReadError, readDocx } from './docx-model';
import { ND30_FIXTURES, fixtureDocx } from './testing/nd30-fixtures';
import { containsWords, missingParagraphs } from './export-report';
import { FIXTURE_CONTENT } from './testing/nd30-fixtures';
import { contentParagraphs } from '../../shared/reports/content';

describe('the ND 30 checker on hand-made fixtures', () => {
  it('has at least five broken fixtures, each naming a different rule', () => {
    const broken = ND30_FIXTURES.filter((f) => f.failingRule !== null);
    expect(broken.length).toBeGreaterThanOrEqual(5);
    expect(new Set(broken.map((f) => f.failingRule)).size).toBe(broken.length);
  });

  for (const f of ND30_FIXTURES) {
    it(`${f.name}: ${f.description} → ${f.failingRule ?? (f.warningRule ? `${f.warningRule} (warning)` : 'passes')}`, async () => {
      const results = checkNd30(await readDocx(await fixtureDocx(f)));
      const failed = results.filter((r) => !r.passed);
      const errors = failed.filter((r) => r.severity === 'error').map((r) => r.rule);
      const warnings = failed.filter((r) => r.severity === 'warning').map((r) => r.rule);
      expect(errors).toEqual(f.failingRule ? [f.failingRule] : []);
      expect(warnings).toEqual(f.warningRule ? [f.warningRule] : []);
      for (const r of failed) expect(r.message).not.toBe('đạt');
    });
  }

  it('refuses bytes that are not a DOCX, and a ZIP without a document', async () => {
    await expect(readDocx(Buffer.from('not a docx'))).rejects.toBeInstanceOf(DocxReadError);
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'x');
    await expect(readDocx(await zip.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow(
      /document\.xml/,
    );
    const broken = new JSZip();
    broken.file('word/document.xml', '<w:document><w:body>');
    await expect(
      readDocx(await broken.generateAsync({ type: 'nodebuffer' })),
    ).rejects.toBeInstanceOf(DocxReadError);
  });
});

describe('finding the report paragraphs in the PDF text', () => {
  const paragraphs = contentParagraphs(FIXTURE_CONTENT);

  it('finds paragraphs wrapped over lines and pages, and reports a missing one', () => {
    const pdf = paragraphs.map((p) => p.split(' ').join('\n')).join('\n\f2\n');
    expect(missingParagraphs(FIXTURE_CONTENT, pdf)).toEqual([]);
    const without = paragraphs.filter((p) => !p.startsWith('Đến ngày 30/6/2023')).join('\n');
    expect(missingParagraphs(FIXTURE_CONTENT, without)).toEqual([
      'Đến ngày 30/6/2023, toàn tỉnh giải ngân 1.234,5 tỷ đồng, đạt 27,86% kế hoạch vốn Thủ tướng Chính phủ giao.',
    ]);
  });

  it('lets a glyph pdftotext cannot map (U+FFFD) stand for the letters it hides, and nothing else', () => {
    const words = 'một số tr\uFFFD\uFFFD\uFFFDng hợp chưa chủ động'.split(' ');
    expect(containsWords(words, 'số trường hợp chưa'.split(' '))).toBe(true);
    expect(containsWords(words, 'số trừng hợp chưa'.split(' '))).toBe(true);
    expect(containsWords(words, 'số trường hợp đã'.split(' '))).toBe(false);
    expect(containsWords(words, 'số thường hợp chưa'.split(' '))).toBe(false);
    expect(containsWords(words, 'số trng hợp'.split(' '))).toBe(false);
  });
});
