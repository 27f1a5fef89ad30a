import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ITableCellBorders,
} from 'docx';
import type { ReportContent } from '../../shared/reports/content';

/**
 * Page and typography of an administrative document, ND 30/2020 Phụ lục I
 * (GUIDE §2.4–§2.5, §9). Lengths in twips (1/1440 inch; 1 mm ≈ 56,7),
 * font sizes in half-points.
 */
export const ND30_LAYOUT = {
  pageWidth: 11_906, // A4 210 mm
  pageHeight: 16_838, // A4 297 mm
  marginTop: 1_134, // 20 mm (20–25)
  marginBottom: 1_134, // 20 mm (20–25)
  marginLeft: 1_701, // 30 mm (30–35)
  marginRight: 851, // 15 mm (15–20)
  font: 'Times New Roman',
  headerSize: 26, // 13 pt: issuer lines, Số, date line, Tiêu ngữ
  nationalTitleSize: 24, // 12 pt: Quốc hiệu on one line
  bodySize: 28, // 14 pt
  recipientsTitleSize: 24, // 12 pt "Nơi nhận:"
  recipientsSize: 22, // 11 pt items
  firstLineIndent: 720, // 1,27 cm
  spacingAfter: 120, // 6 pt between paragraphs
  lineSpacing: 276, // 1,15 lines
} as const;

const NO_BORDERS: ITableCellBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

const textWidth = ND30_LAYOUT.pageWidth - ND30_LAYOUT.marginLeft - ND30_LAYOUT.marginRight;

function run(text: string, o: { size: number; bold?: boolean; italics?: boolean }): TextRun {
  return new TextRun({
    text,
    font: ND30_LAYOUT.font,
    size: o.size,
    bold: o.bold ?? false,
    italics: o.italics ?? false,
  });
}

function centred(
  text: string,
  o: { size: number; bold?: boolean; italics?: boolean; after?: number },
): Paragraph {
  const opts: IParagraphOptions = {
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: o.after ?? 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [run(text, o)],
  };
  return new Paragraph(opts);
}

/**
 * A short solid rule under a block (under the issuer's name, the Tiêu ngữ and
 * the subject): an empty 2 pt paragraph whose top border spans the width left
 * between the indents.
 */
function rule(indent: number, after = 120): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: indent, right: indent },
    spacing: { before: 60, after, line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

/** A cell of a borderless layout table. */
function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_BORDERS,
    children,
  });
}

function layoutTable(
  left: number,
  right: number,
  leftChildren: Paragraph[],
  rightChildren: Paragraph[],
): Table {
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, insideHorizontal: NO_BORDERS.top, insideVertical: NO_BORDERS.top },
    rows: [new TableRow({ children: [cell(left, leftChildren), cell(right, rightChildren)] })],
  });
}

/** Body paragraph: 14 pt, justified, first-line indent 1,27 cm, 6 pt after. */
function body(text: string, o: { bold?: boolean; label?: string } = {}): Paragraph {
  const children = o.label
    ? [
        run(`${o.label} `, { size: ND30_LAYOUT.bodySize, bold: o.bold ?? false }),
        run(text, { size: ND30_LAYOUT.bodySize, bold: o.bold ?? false }),
      ]
    : [run(text, { size: ND30_LAYOUT.bodySize, bold: o.bold ?? false })];
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: ND30_LAYOUT.firstLineIndent },
    spacing: {
      before: 0,
      after: ND30_LAYOUT.spacingAfter,
      line: ND30_LAYOUT.lineSpacing,
      lineRule: LineRuleType.AUTO,
    },
    children,
  });
}

/**
 * Renders a report as a DOCX following ND 30/2020: A4, legal margins, Times
 * New Roman; the header as a borderless two-column table; type name and
 * subject bold and centred; body 14 pt justified with a 1,27 cm first-line
 * indent; page numbers centred at the top from page 2; the footer table with
 * "Nơi nhận:" and the signature block.
 */
export async function renderReportDocx(c: ReportContent): Promise<Buffer> {
  const L = ND30_LAYOUT;
  const leftWidth = Math.round(textWidth * 0.4);
  const rightWidth = textWidth - leftWidth;
  const headerLeft: Paragraph[] = [
    ...(c.header.parentLine ? [centred(c.header.parentLine, { size: L.headerSize })] : []),
    ...c.header.authorityLines.map((line) => centred(line, { size: L.headerSize, bold: true })),
    rule(Math.round(leftWidth * 0.32)),
    centred(c.header.numberLine, { size: L.headerSize }),
  ];
  const headerRight: Paragraph[] = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: L.nationalTitleSize, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: L.headerSize, bold: true }),
    rule(Math.round(rightWidth * 0.2)),
    centred(c.header.placeDateLine, { size: L.headerSize, italics: true }),
  ];
  const title: Paragraph[] = [
    centred('', { size: L.bodySize, after: 240 }),
    centred(c.typeName, { size: L.bodySize, bold: true }),
    ...c.summaryLines.map((line) => centred(line, { size: L.bodySize, bold: true })),
    rule(Math.round(textWidth * 0.36), 240),
  ];
  const addressees: Paragraph[] = [];
  if (c.addressees && c.addressees.length > 0) {
    if (c.addressees.length === 1)
      addressees.push(
        centred(`Kính gửi: ${c.addressees[0] ?? ''}.`, { size: L.bodySize, after: 120 }),
      );
    else {
      addressees.push(centred('Kính gửi:', { size: L.bodySize }));
      c.addressees.forEach((a, i, all) =>
        addressees.push(centred(`- ${a}${i === all.length - 1 ? '.' : ';'}`, { size: L.bodySize })),
      );
    }
  }
  const bodyParagraphs = c.blocks.map((b) =>
    b.kind === 'heading'
      ? body(b.text, { bold: true, label: b.label })
      : body(b.text, b.label ? { label: b.label } : {}),
  );
  const recipients = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run('Nơi nhận:', { size: L.recipientsTitleSize, bold: true, italics: true })],
    }),
    ...c.recipients.map(
      (r, i, all) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: [run(`- ${r}${i === all.length - 1 ? '.' : ';'}`, { size: L.recipientsSize })],
        }),
    ),
  ];
  const signature = [
    ...(c.signature.authorityLine
      ? [centred(c.signature.authorityLine, { size: L.bodySize, bold: true })]
      : []),
    centred(c.signature.titleLine, { size: L.bodySize, bold: true }),
    centred('', { size: L.bodySize }),
    centred('', { size: L.bodySize }),
    centred('', { size: L.bodySize }),
    centred(c.signature.name, { size: L.bodySize, bold: true }),
  ];
  const footerLeft = Math.round(textWidth * 0.5);
  const doc = new Document({
    creator: 'dieuhanh',
    title: `${c.typeName} ${c.summaryLines.join(' ')}`,
    styles: {
      default: {
        document: { run: { font: L.font, size: L.bodySize, language: { value: 'vi-VN' } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: L.pageWidth, height: L.pageHeight },
            margin: {
              top: L.marginTop,
              bottom: L.marginBottom,
              left: L.marginLeft,
              right: L.marginRight,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: {
          // No number on page 1; from page 2 centred at the top (ND 30 Phụ lục I Phần I.I).
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT], font: L.font, size: L.bodySize }),
                ],
              }),
            ],
          }),
        },
        children: [
          layoutTable(leftWidth, rightWidth, headerLeft, headerRight),
          ...title,
          ...addressees,
          ...bodyParagraphs,
          layoutTable(footerLeft, textWidth - footerLeft, recipients, signature),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
