import type { RuleResult } from './check-nd30';
import { pdfFonts, pdfText } from './office-tools';

/** The checker's rules on the rendered PDF: P1 fonts embedded, P2 the Quốc hiệu on one line. */
export async function checkNd30Pdf(pdf: Uint8Array): Promise<RuleResult[]> {
  const fonts = await pdfFonts(pdf);
  const notEmbedded = fonts.filter((f) => !f.embedded).map((f) => f.name);
  const layout = await pdfText(pdf, { layout: true });
  const oneLine = layout.split('\n').some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
  return [
    {
      rule: 'P1',
      title: 'Phông chữ được nhúng vào tệp PDF',
      severity: 'error',
      passed: fonts.length > 0 && notEmbedded.length === 0,
      message:
        fonts.length === 0
          ? 'tệp PDF không có phông chữ'
          : notEmbedded.length
            ? `phông chưa nhúng: ${notEmbedded.join(', ')}`
            : 'đạt',
    },
    {
      rule: 'P2',
      title: 'Quốc hiệu nằm trên một dòng',
      severity: 'error',
      passed: oneLine,
      message: oneLine ? 'đạt' : 'Quốc hiệu bị ngắt dòng (hoặc không có) trong bản PDF',
    },
  ];
}
