/**
 * The content of a report as it is laid out on paper (ND 30/2020 Phụ lục I):
 * the header blocks, the type name and subject, the body as a sequence of
 * headings and paragraphs, the signature block and the recipients. Renderers
 * (DOCX, preview in the browser, plain text) all work from this shape.
 */

/** ô 2, ô 3, ô 1, ô 4 of the header. */
export interface ReportHeader {
  /** Cơ quan chủ quản (upright caps), when the issuer has one; null for UBND tỉnh. */
  parentLine: string | null;
  /** Tên cơ quan ban hành, bold caps, possibly on two lines: ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC"]. */
  authorityLines: string[];
  /** "Số: 229/BC-UBND" (or "Số:      /BC-UBND" on a draft before the number is issued). */
  numberLine: string;
  /** "Bình Phước, ngày 10 tháng 7 năm 2023" (italic). */
  placeDateLine: string;
}

/** A heading of the body: A. → I. → 1. (bold), as in the seed. */
export interface HeadingBlock {
  kind: 'heading';
  key: string;
  /** 1 = phần (A., B.), 2 = mục (I., II.), 3 = khoản (1., 2.). */
  level: 1 | 2 | 3;
  label: string;
  text: string;
}

/** Where a paragraph's words come from. */
export type ParagraphOrigin = 'narrative' | 'generated' | 'fixed';

/** A body paragraph, possibly opening with its own label ("(1)", "1.", "-"). */
export interface ParagraphBlock {
  kind: 'paragraph';
  key: string;
  label?: string;
  text: string;
  origin: ParagraphOrigin;
  /** Bullet paragraphs ("- …") are indented like list items. */
  bullet?: boolean;
}

export type ReportBlock = HeadingBlock | ParagraphBlock;

/** ô 7a/7b: "TM. ỦY BAN NHÂN DÂN TỈNH" / "CHỦ TỊCH" / the signer's name. */
export interface SignatureBlock {
  authorityLine: string | null;
  titleLine: string;
  name: string;
}

/** Everything printed in a report. */
export interface ReportContent {
  header: ReportHeader;
  /** "BÁO CÁO TÓM TẮT" */
  typeName: string;
  /** Trích yếu, as lines. */
  summaryLines: string[];
  /** ô 9a: Kính gửi, when the report is sent up (one or several addressees). */
  addressees: string[] | null;
  blocks: ReportBlock[];
  signature: SignatureBlock;
  /** ô 9b items, each printed "- item;" with the last "- Lưu: VT, <unit>." */
  recipients: string[];
}

/** The text of every paragraph and heading in order, for checks and search. */
export function contentParagraphs(c: ReportContent): string[] {
  const out = [...c.header.authorityLines, c.header.numberLine, c.header.placeDateLine, c.typeName, ...c.summaryLines];
  if (c.addressees) out.push(...c.addressees);
  for (const b of c.blocks) out.push(b.kind === 'heading' ? `${b.label} ${b.text}` : b.label ? `${b.label} ${b.text}` : b.text);
  if (c.signature.authorityLine) out.push(c.signature.authorityLine);
  out.push(c.signature.titleLine, c.signature.name, 'Nơi nhận:', ...c.recipients);
  return out;
}
