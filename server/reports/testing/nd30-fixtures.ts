/**
 * Hand-made fixtures for the ND 30 checker: a small conforming report
 * rendered by our DOCX renderer, and copies of it each broken in one way a
 * drafter breaks a document in Word (Letter paper, narrow margins, Arial,
 * the Quốc hiệu not bold, "Số: 229 /BC-UBND", an unpadded date, a Nơi nhận
 * without "Lưu", the first page numbered…). Each broken fixture names the
 * rule that must catch it.
 */
import JSZip from 'jszip';
import type { ReportContent } from '../../../shared/reports/content';
import { renderReportDocx } from '../render-docx';

/** A short conforming report: every zone of the ND 30 layout, nothing more. */
export const FIXTURE_CONTENT: ReportContent = {
  header: {
    parentLine: null,
    authorityLines: ['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH PHƯỚC'],
    numberLine: 'Số: 12/BC-UBND',
    placeDateLine: 'Bình Phước, ngày 10 tháng 7 năm 2023',
  },
  typeName: 'BÁO CÁO',
  summaryLines: ['Kết quả giải ngân vốn đầu tư công 6 tháng đầu năm 2023'],
  addressees: null,
  blocks: [
    { kind: 'heading', key: 'I', level: 2, label: 'I.', text: 'Kết quả giải ngân' },
    {
      kind: 'paragraph',
      key: 'p1',
      origin: 'fixed',
      text: 'Đến ngày 30/6/2023, toàn tỉnh giải ngân 1.234,5 tỷ đồng, đạt 27,86% kế hoạch vốn Thủ tướng Chính phủ giao.',
    },
    {
      kind: 'paragraph',
      key: 'p2',
      origin: 'fixed',
      bullet: true,
      text: 'Các chương trình mục tiêu quốc gia giải ngân thấp.',
    },
    { kind: 'paragraph', key: 'p3', origin: 'fixed', text: 'UBND tỉnh báo cáo./.' },
  ],
  signature: {
    authorityLine: 'TM. ỦY BAN NHÂN DÂN TỈNH',
    titleLine: 'CHỦ TỊCH',
    name: 'Trần Tuệ Hiền',
  },
  recipients: ['HĐND tỉnh', 'CT, các PCT UBND tỉnh', 'Lưu: VT, TH'],
};

/** One fixture: its name, what was done to it, and the rule that must fail (null: it conforms). */
export interface Nd30Fixture {
  name: string;
  description: string;
  failingRule: string | null;
  /** Rule expected to fail only as a warning, errors all passing. */
  warningRule?: string;
  mutate?: (parts: { document: string; styles: string }) => { document: string; styles: string };
}

/** Replaces exactly one occurrence, so a fixture never silently stops breaking anything. */
function once(xml: string, from: string | RegExp, to: string): string {
  const matches =
    typeof from === 'string'
      ? xml.split(from).length - 1
      : (xml.match(new RegExp(from, 'g')) ?? []).length;
  if (matches !== 1)
    throw new Error(`fixture: expected one match of ${String(from)}, found ${matches}`);
  return xml.replace(from, to);
}

/** The run (<w:r>…</w:r>) whose text is exactly `text`, with a change applied to its XML. */
function editRun(xml: string, text: string, change: (run: string) => string): string {
  const at = xml.indexOf(`>${text}</w:t>`);
  if (at < 0) throw new Error(`fixture: no run with text "${text}"`);
  const start = xml.lastIndexOf('<w:r>', at);
  const end = xml.indexOf('</w:r>', at) + '</w:r>'.length;
  return xml.slice(0, start) + change(xml.slice(start, end)) + xml.slice(end);
}

/** The paragraph (<w:p>…</w:p>) containing `text`, with a change applied to its XML. */
function editParagraph(xml: string, text: string, change: (p: string) => string): string {
  const at = xml.indexOf(text);
  if (at < 0) throw new Error(`fixture: no paragraph with "${text}"`);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return xml.slice(0, start) + change(xml.slice(start, end)) + xml.slice(end);
}

const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const unbold = (run: string) =>
  run.replace('<w:b/><w:bCs/>', '<w:b w:val="false"/><w:bCs w:val="false"/>');

export const ND30_FIXTURES: Nd30Fixture[] = [
  { name: 'conforming', description: 'the report as rendered', failingRule: null },
  {
    name: 'quoc-hieu-bold-from-style',
    description: 'the Quốc hiệu bold through a paragraph style instead of direct formatting',
    failingRule: null,
    mutate: ({ document, styles }) => ({
      document: editParagraph(document, QUOC_HIEU, (p) =>
        p.replace('<w:pPr>', '<w:pPr><w:pStyle w:val="QuocHieu"/>').replace('<w:b/><w:bCs/>', ''),
      ),
      styles: once(
        styles,
        '</w:styles>',
        '<w:style w:type="paragraph" w:styleId="QuocHieu"><w:name w:val="Quoc hieu"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style></w:styles>',
      ),
    }),
  },
  {
    name: 'letter-paper',
    description: 'US Letter paper instead of A4',
    failingRule: 'R1',
    mutate: ({ document, styles }) => ({
      document: once(document, 'w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"'),
      styles,
    }),
  },
  {
    name: 'narrow-left-margin',
    description: 'left margin 20 mm (ND 30: 30–35 mm)',
    failingRule: 'R2',
    mutate: ({ document, styles }) => ({
      document: once(document, 'w:left="1701"', 'w:left="1134"'),
      styles,
    }),
  },
  {
    name: 'arial-paragraph',
    description: 'one body paragraph in Arial',
    failingRule: 'R3',
    mutate: ({ document, styles }) => ({
      document: editParagraph(document, 'Các chương trình mục tiêu quốc gia', (p) =>
        p.replaceAll('"Times New Roman"', '"Arial"'),
      ),
      styles,
    }),
  },
  {
    name: 'issuer-not-bold',
    description: 'the issuer name without bold, neither direct nor from its style',
    failingRule: 'R4',
    mutate: ({ document, styles }) => ({
      document: editRun(document, 'ỦY BAN NHÂN DÂN', (r) => r.replace('<w:b/><w:bCs/>', '')),
      styles,
    }),
  },
  {
    name: 'quoc-hieu-not-bold',
    description: 'the Quốc hiệu in regular weight',
    failingRule: 'R5',
    mutate: ({ document, styles }) => ({ document: editRun(document, QUOC_HIEU, unbold), styles }),
  },
  {
    name: 'number-with-space',
    description:
      '"Số: 12 /BC-UBND" — a space before the slash, as when the number is filled in by hand',
    failingRule: 'R7',
    mutate: ({ document, styles }) => ({
      document: once(document, 'Số: 12/BC-UBND', 'Số: 12 /BC-UBND'),
      styles,
    }),
  },
  {
    name: 'date-not-padded',
    description: '"ngày 3 tháng 7" instead of "ngày 03 tháng 7"',
    failingRule: 'R8',
    mutate: ({ document, styles }) => ({
      document: once(document, 'ngày 10 tháng 7 năm 2023', 'ngày 3 tháng 7 năm 2023'),
      styles,
    }),
  },
  {
    name: 'body-left-aligned',
    description: 'a body paragraph aligned left instead of justified',
    failingRule: 'R10',
    mutate: ({ document, styles }) => ({
      document: editParagraph(document, 'toàn tỉnh giải ngân', (p) =>
        p.replace('<w:jc w:val="both"/>', '<w:jc w:val="left"/>'),
      ),
      styles,
    }),
  },
  {
    name: 'recipients-without-luu',
    description: 'the Nơi nhận ends without "- Lưu: VT…"',
    failingRule: 'R11',
    warningRule: 'R11b',
    mutate: ({ document, styles }) => ({
      document: once(document, '- Lưu: VT, TH.', '- Các sở, ngành tỉnh.'),
      styles,
    }),
  },
  {
    name: 'luu-without-drafting-unit',
    description: '"- Lưu: VT." without the drafting unit, as the seed report itself',
    failingRule: null,
    warningRule: 'R11b',
    mutate: ({ document, styles }) => ({
      document: once(document, '- Lưu: VT, TH.', '- Lưu: VT.'),
      styles,
    }),
  },
  {
    name: 'signer-name-not-bold',
    description: "the signer's name in regular weight",
    failingRule: 'R12',
    mutate: ({ document, styles }) => ({
      document: editRun(document, 'Trần Tuệ Hiền', unbold),
      styles,
    }),
  },
  {
    name: 'first-page-numbered',
    description: 'no "different first page": page 1 numbered too',
    failingRule: 'R13',
    mutate: ({ document, styles }) => ({ document: once(document, '<w:titlePg/>', ''), styles }),
  },
];

/** The DOCX bytes of a fixture. */
export async function fixtureDocx(f: Nd30Fixture): Promise<Buffer> {
  const base = await renderReportDocx(FIXTURE_CONTENT);
  if (!f.mutate) return base;
  const zip = await JSZip.loadAsync(base);
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const out = f.mutate({ document, styles });
  zip.file('word/document.xml', out.document);
  zip.file('word/styles.xml', out.styles);
  return zip.generateAsync({ type: 'nodebuffer' });
}
