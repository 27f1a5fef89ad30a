/**
 * Reading uploads for extraction: each format read into normalised text with
 * its printed list labels, and each refusal (empty, too large, binary,
 * password-protected, scanned, legacy TCVN3/VNI encodings) with its code on
 * the field `file`. Fixtures are built here: DOCX with the docx package and
 * jszip, PDFs with LibreOffice or written by hand.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Tab,
} from 'docx';
import JSZip from 'jszip';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors';
import type { ErrorCode } from '../platform/error-catalog';
import { errorMessage, errorStatus } from '../platform/render-error';
import { convertDocxToPdf } from '../reports/office-tools';
import { readExtractionInput } from './read-input';
import { detectLegacyEncoding } from './legacy-encoding';
import { ListLabeler } from './docx-numbering';
import { normaliseInputText } from './normalise-text';

const REFERENCE = new URL('../../../shared/reference/229-BC-UBND-2023.md', import.meta.url);
const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

async function expectRefused(
  promise: Promise<unknown>,
  code: ErrorCode,
  params: Record<string, string | number> = {},
): Promise<AppError> {
  const e = await refusal(promise);
  expect(e.code).toBe(code);
  expect(e.field).toBe('file');
  expect(e.params).toMatchObject(params);
  return e;
}

// "Ủy ban nhân dân tỉnh Bình Phước báo cáo kết quả thực hiện nhiệm vụ" in each legacy
// encoding, built from the byte of each letter (TCVN3: ủ→û 0xFB… as bytes; VNI: base letter
// followed by its diacritic byte).
const SENTENCE = 'Ủy ban nhân dân tỉnh Bình Phước báo cáo kết quả thực hiện nhiệm vụ';
// TCVN3 has no capital Ủ: documents typed it the old way, "Uỷ" (U + ỷ → "Uû ban").
const SENTENCE_OLD = SENTENCE.replace('Ủy', 'Uỷ');
const TCVN3: Record<string, number[]> = {
  ỷ: [0xfb],
  â: [0xa9],
  ỉ: [0xd8],
  ì: [0xd7],
  ư: [0xad],
  ớ: [0xed],
  á: [0xb8],
  ế: [0xd5],
  ả: [0xb6],
  ự: [0xf9],
  ệ: [0xd6],
  ụ: [0xf4],
};
const VNI: Record<string, number[]> = {
  Ủ: [0x55, 0xdb],
  â: [0x61, 0xe2],
  ỉ: [0xe6],
  ì: [0xec],
  ư: [0xf6],
  ớ: [0xf4, 0xf9],
  á: [0x61, 0xf9],
  ế: [0x65, 0xe1],
  ả: [0x61, 0xfb],
  ự: [0xf6, 0xef],
  ệ: [0x65, 0xe4],
  ụ: [0x75, 0xef],
};
function legacyBytes(text: string, table: Record<string, number[]>): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const mapped = table[ch];
    if (mapped) out.push(...mapped);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`no legacy byte for ${ch}`);
  }
  return new Uint8Array(out);
}
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('text', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE with BOM, as NFC with LF line ends', async () => {
    const text = 'Giao Sở Tài chính chủ trì,\r\nphối hợp với Sở Kế hoạch và Đầu tư.\r\n';
    const expected = 'Giao Sở Tài chính chủ trì,\nphối hợp với Sở Kế hoạch và Đầu tư.\n';
    const nfd = text.normalize('NFD');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(nfd, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    for (const bytes of [
      utf8(nfd),
      new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
      new Uint8Array(le),
      new Uint8Array(be),
    ]) {
      const r = await readExtractionInput({ name: 'chi-dao.txt', bytes });
      expect(r).toEqual({ text: expected, kind: 'txt', warnings: [] });
    }
  });

  it('removes zero-width characters, soft hyphens and page clutter, keeping hard line breaks', async () => {
    const raw = [
      'Giao Sở Y\u00ADtế chủ trì,\u200B phối hợp',
      'với UBND các huyện.',
      '',
      '- 3 -',
      '',
      'Trang 3/10',
      '3',
      '',
      'Bảng: 1',
      '12',
      '2.1. Hoàn thành trước ngày 30/9/2023.',
    ].join('\n');
    const r = await readExtractionInput({ text: raw });
    expect(r.kind).toBe('text');
    expect(r.text).toBe(
      [
        'Giao Sở Ytế chủ trì, phối hợp',
        'với UBND các huyện.',
        '',
        '',
        '',
        'Bảng: 1',
        '12',
        '2.1. Hoàn thành trước ngày 30/9/2023.',
      ].join('\n'),
    );
    expect(r.warnings).toEqual(['INVISIBLE_CHARACTERS_REMOVED', 'PAGE_CLUTTER_REMOVED']);
  });

  it('reads UTF-16 without a byte order mark', async () => {
    const text = 'Sở Nội vụ tham mưu UBND tỉnh.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be]) {
      const r = await readExtractionInput({ name: 'a.txt', bytes: new Uint8Array(bytes) });
      expect(r.text).toBe(text);
    }
  });

  it('removes page numbers at page breaks, keeps numbers inside a page, joins a label alone on its line', async () => {
    const raw = [
      'ỦY BAN NHÂN DÂN',
      'STT',
      '1',
      'Tổng số',
      '9/12',
      '2\f3/10',
      'II.',
      'NHIỆM VỤ',
      'a)',
      'Giao Sở Y tế chủ trì.',
      '•',
      'Thời hạn: tháng 8/2023.',
      '\f',
    ].join('\n');
    const r = await readExtractionInput({ name: 'a.txt', bytes: utf8(raw) });
    expect(r.text).toBe(
      [
        'ỦY BAN NHÂN DÂN',
        'STT',
        '1',
        'Tổng số',
        '9/12',
        'II. NHIỆM VỤ',
        'a) Giao Sở Y tế chủ trì.',
        '- Thời hạn: tháng 8/2023.',
      ].join('\n'),
    );
    expect(r.warnings).toEqual(['PAGE_CLUTTER_REMOVED']);
  });

  it('reads the reference report 229/BC-UBND as its NFC text', async () => {
    const bytes = new Uint8Array(readFileSync(REFERENCE));
    const r = await readExtractionInput({ name: '229-BC-UBND-2023.md', bytes });
    expect(r.kind).toBe('txt');
    expect(r.text).toBe(Buffer.from(bytes).toString('utf8').normalize('NFC'));
    expect(r.warnings).toEqual([]);
  });

  it('reads a 1 MB text in one linear pass', async () => {
    const line =
      'Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, hoàn thành trong quý III/2023.\n';
    const text = line.repeat(Math.ceil(1_000_000 / Buffer.byteLength(line)));
    const r = await readExtractionInput({ name: 'big.txt', bytes: utf8(text) });
    expect(r.text).toBe(text);
    // Long runs that the line patterns could backtrack on: blanks, dashes, digits.
    const adversarial = `${' \t'.repeat(200_000)}\n${'- '.repeat(200_000)}\n${'1.'.repeat(100_000)}\nx`;
    const a = await readExtractionInput({ text: adversarial });
    expect(a.text.endsWith('\nx')).toBe(true);
  });

  it('normalises any string without throwing: NFC, no CR, no form feed, no invisible characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const { text } = normaliseInputText(s);
        expect(text).toBe(text.normalize('NFC'));
        expect(text).not.toMatch(/[\r\f\u200B\u00AD\uFEFF]/);
        detectLegacyEncoding(s);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an empty or blank file and blank pasted text', async () => {
    await expectRefused(
      readExtractionInput({ name: 'a.txt', bytes: new Uint8Array() }),
      'EXTRACT_EMPTY',
    );
    await expectRefused(
      readExtractionInput({ name: 'a.txt', bytes: utf8(' \r\n\t\n\u200B\n') }),
      'EXTRACT_EMPTY',
    );
    await expectRefused(readExtractionInput({ text: '\n- 2 -\n' }), 'EXTRACT_EMPTY');
    await expectRefused(
      readExtractionInput({ name: 'a.txt', bytes: utf8('\uFEFF') }),
      'EXTRACT_EMPTY',
    );
  });

  it('refuses a file over the limit from its size, 50 MB included, with the limit in the message', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const e = await expectRefused(
      readExtractionInput({ name: 'big.txt', bytes: big }),
      'EXTRACT_FILE_TOO_LARGE',
      {
        limit: '20 MB',
        maxBytes: 20 * 1024 * 1024,
      },
    );
    expect(errorStatus(e.code)).toBe(413);
    expect(errorMessage(e.code, 'vi', e.params)).toContain('20 MB');
    await expectRefused(
      readExtractionInput({ name: 'a.txt', bytes: utf8('0123456789A') }, { maxBytes: 10 }),
      'EXTRACT_FILE_TOO_LARGE',
      {
        maxBytes: 10,
      },
    );
    await expectRefused(
      readExtractionInput({ text: 'ĐĐĐĐĐĐ' }, { maxBytes: 10 }),
      'EXTRACT_FILE_TOO_LARGE',
    );
    const ok = await readExtractionInput({ text: 'ĐĐĐĐĐ' }, { maxBytes: 10 });
    expect(ok.text).toBe('ĐĐĐĐĐ');
  });

  it('refuses binary files, whatever their name says', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
      1, 0,
    ]);
    for (const name of ['anh.txt', 'anh.docx', 'anh.pdf']) {
      const e = await expectRefused(
        readExtractionInput({ name, bytes: png }),
        'EXTRACT_FILE_UNREADABLE',
        { name },
      );
      expect(errorStatus(e.code)).toBe(422);
    }
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    await expectRefused(
      readExtractionInput({ name: 'x.txt', bytes: noise }),
      'EXTRACT_FILE_UNREADABLE',
    );
    await expectRefused(
      readExtractionInput({ name: 'x.txt', bytes: utf8('abc\u0001\u0002\u0003\u0004def') }),
      'EXTRACT_FILE_UNREADABLE',
    );
  });

  it('refuses an RTF file, which is markup rather than text', async () => {
    const rtf = utf8(
      '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} \\f0 Giao S\\u7903? T\\u224?i ch\\u237?nh}',
    );
    await expectRefused(
      readExtractionInput({ name: 'a.txt', bytes: rtf }),
      'EXTRACT_FILE_UNREADABLE',
    );
  });

  it('refuses text in another code page than Unicode', async () => {
    const cp1252 = new Uint8Array(Buffer.from('Le café crème coûte cher à Paris.', 'latin1'));
    await expectRefused(
      readExtractionInput({ name: 'fr.txt', bytes: cp1252 }),
      'EXTRACT_TEXT_ENCODING_UNKNOWN',
      { name: 'fr.txt' },
    );
  });
});

describe('legacy Vietnamese encodings', () => {
  it('builds the samples the way the encodings look when read as Latin-1', () => {
    expect(latin1(legacyBytes('Uỷ ban nhân dân tỉnh Bình Phước', TCVN3))).toBe(
      'Uû ban nh©n d©n tØnh B×nh Ph\u00ADíc',
    );
    expect(latin1(legacyBytes('Ủy ban nhân dân tỉnh Bình Phước', VNI))).toBe(
      'UÛy ban nhaân daân tænh Bình Phöôùc',
    );
  });

  it('refuses TCVN3 and VNI files, naming the encoding and Unikey', async () => {
    for (const [encoding, table, sentence] of [
      ['TCVN3', TCVN3, SENTENCE_OLD],
      ['VNI', VNI, SENTENCE],
    ] as const) {
      const bytes = legacyBytes(sentence, table);
      const e = await expectRefused(
        readExtractionInput({ name: 'cu.txt', bytes }),
        'EXTRACT_LEGACY_ENCODING',
        { encoding },
      );
      expect(errorMessage(e.code, 'vi', e.params)).toContain('Unikey');
      expect(errorMessage(e.code, 'en', e.params)).toContain(`legacy ${encoding} encoding`);
      // The same text copied out of a document in a .VnTime / VNI-Times font and pasted.
      await expectRefused(readExtractionInput({ text: latin1(bytes) }), 'EXTRACT_LEGACY_ENCODING', {
        encoding,
      });
    }
  });

  it('tells a short heading apart', () => {
    expect(detectLegacyEncoding('Uû ban nh©n d©n tØnh B×nh Ph\u00ADíc')).toBe('TCVN3');
    expect(detectLegacyEncoding('UÛy ban nhaân daân tænh Bình Phöôùc')).toBe('VNI');
  });

  it('recognises every Vietnamese paragraph of the reference report in either encoding', () => {
    // The encodings' letter tables (TCVN3: one byte a letter, capitals with a tone typed as the
    // lowercase letter, as the .VnTimeH font shows them; VNI: the base letter then its marks).
    const marks = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
    const tcvn3 = new Map<string, string>(
      Object.entries({
        ă: 0xa8,
        â: 0xa9,
        ê: 0xaa,
        ô: 0xab,
        ơ: 0xac,
        ư: 0xad,
        đ: 0xae,
        Ă: 0xa1,
        Â: 0xa2,
        Ê: 0xa3,
        Ô: 0xa4,
        Ơ: 0xa5,
        Ư: 0xa6,
        Đ: 0xa7,
      }).map(([k, v]) => [k, String.fromCharCode(v)]),
    );
    const toned: Record<string, number[]> = {
      a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
      ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
      â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
      e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
      ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
      i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
      o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
      ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
      ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
      u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
      ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
      y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
    };
    const vni = new Map<string, string>([
      ['đ', 'ñ'],
      ['Đ', 'Ñ'],
    ]);
    const vniBase: Record<string, string> = {
      a: 'a',
      ă: 'aê',
      â: 'aâ',
      e: 'e',
      ê: 'eâ',
      i: '',
      o: 'o',
      ô: 'oâ',
      ơ: 'ô',
      u: 'u',
      ư: 'ö',
      y: 'y',
    };
    for (const [b, codes] of Object.entries(toned)) {
      if (b !== 'i') vni.set(b, vniBase[b] ?? b);
      codes.forEach((c, k) => {
        const letter = (b + marks[k]).normalize('NFC');
        tcvn3.set(letter, String.fromCharCode(c));
        const tone =
          b === 'i'
            ? 'ìæóíò'[k]
            : ['â', 'ê', 'ô'].includes(b)
              ? `${b === 'â' ? 'a' : b === 'ê' ? 'e' : 'o'}${'àåãáä'[k]}`
              : b === 'ă'
                ? `a${'èúüéë'[k]}`
                : `${vniBase[b]}${'øûõùï'[k]}`;
        vni.set(letter, tone ?? '');
      });
    }
    const encode = (text: string, table: Map<string, string>, upper: boolean) => {
      let out = '';
      for (const ch of text) {
        const lower = table.get(ch.toLowerCase());
        out += table.get(ch) ?? (lower === undefined ? ch : upper ? lower.toUpperCase() : lower);
      }
      return out;
    };
    const paragraphs = readFileSync(REFERENCE, 'utf8')
      .normalize('NFC')
      .split('\n')
      .filter((l) => l.length > 60 && (l.match(/[ăâêôơưđ\u1EA0-\u1EF9]/gu) ?? []).length >= 5);
    expect(paragraphs.length).toBeGreaterThan(40);
    for (const p of paragraphs) {
      expect(detectLegacyEncoding(encode(p, tcvn3, false)), p).toBe('TCVN3');
      expect(detectLegacyEncoding(encode(p, vni, true)), p).toBe('VNI');
      expect(detectLegacyEncoding(p), p).toBeNull();
    }
    expect(encode('Phước', tcvn3, false)).toBe('Ph\u00ADíc');
    expect(encode('Phước', vni, true)).toBe('Phöôùc');
  });

  it('does not take Unicode Vietnamese for a legacy encoding', async () => {
    expect(detectLegacyEncoding(SENTENCE)).toBeNull();
    expect(
      detectLegacyEncoding('Mùa xuân, thuê khoán, hoà giải, quê hương; xuân Quý Mão.'),
    ).toBeNull();
    expect(detectLegacyEncoding('Le café crème coûte cher à Paris, naïve Noël.')).toBeNull();
    expect(detectLegacyEncoding(SENTENCE.normalize('NFD'))).toBeNull();
    const files = (await readdir(CORPUS, { recursive: true })).filter((f) => /\.(md|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files)
      expect(detectLegacyEncoding(await readFile(new URL(f, CORPUS), 'utf8')), f).toBeNull();
  });
});

async function numberedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            {
              level: 0,
              format: LevelFormat.UPPER_ROMAN,
              text: '%1.',
              alignment: AlignmentType.LEFT,
            },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
            {
              level: 2,
              format: LevelFormat.LOWER_LETTER,
              text: '%3)',
              alignment: AlignmentType.LEFT,
            },
            { level: 3, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'legal',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              start: 3,
              alignment: AlignmentType.LEFT,
            },
            {
              level: 1,
              format: LevelFormat.DECIMAL,
              text: '%1.%2.',
              alignment: AlignmentType.LEFT,
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun('ỦY BAN NHÂN DÂN'),
              new TextRun({ break: 1 }),
              new TextRun('TỈNH BÌNH PHƯỚC'),
            ],
          }),
          new Paragraph({
            numbering: { reference: 'items', level: 0 },
            children: [new TextRun('NHIỆM VỤ TRỌNG TÂM')],
          }),
          new Paragraph({
            numbering: { reference: 'items', level: 1 },
            children: [new TextRun('Về kinh tế')],
          }),
          new Paragraph({
            numbering: { reference: 'items', level: 2 },
            children: [new TextRun('Giao Sở Tài chính chủ trì.')],
          }),
          new Paragraph({
            numbering: { reference: 'items', level: 2 },
            children: [new TextRun('Giao Sở Xây dựng chủ trì.')],
          }),
          new Paragraph({
            numbering: { reference: 'items', level: 3 },
            children: [
              new TextRun('Thời hạn:'),
              new TextRun({ children: [new Tab(), 'quý III/2023.'] }),
            ],
          }),
          new Paragraph({
            numbering: { reference: 'items', level: 1 },
            children: [new TextRun('Về văn hóa')],
          }),
          new Paragraph({
            numbering: { reference: 'items', level: 2 },
            children: [new TextRun('Giao Sở Văn hóa chủ trì.')],
          }),
          new Paragraph({
            numbering: { reference: 'items', level: 0 },
            children: [new TextRun('TỔ CHỨC THỰC HIỆN')],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('STT')] }),
                  new TableCell({
                    children: [new Paragraph('Chỉ tiêu'), new Paragraph('(tỷ đồng)')],
                  }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('1')] }),
                  new TableCell({ children: [new Paragraph('Thu ngân sách 6.400')] }),
                ],
              }),
            ],
          }),
          new Paragraph({
            numbering: { reference: 'legal', level: 0 },
            children: [new TextRun('Điều khoản')],
          }),
          new Paragraph({
            numbering: { reference: 'legal', level: 1 },
            children: [new TextRun('Khoản một')],
          }),
          new Paragraph({
            numbering: { reference: 'legal', level: 1 },
            children: [new TextRun('Khoản hai')],
          }),
          new Paragraph({
            numbering: { reference: 'legal', level: 0 },
            children: [new TextRun('Điều tiếp')],
          }),
          new Paragraph({
            numbering: { reference: 'legal', level: 1 },
            children: [new TextRun('Khoản một')],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const NUMBERED_TEXT = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH BÌNH PHƯỚC',
  'I. NHIỆM VỤ TRỌNG TÂM',
  '1. Về kinh tế',
  'a) Giao Sở Tài chính chủ trì.',
  'b) Giao Sở Xây dựng chủ trì.',
  '- Thời hạn:\tquý III/2023.',
  '2. Về văn hóa',
  'a) Giao Sở Văn hóa chủ trì.',
  'II. TỔ CHỨC THỰC HIỆN',
  'STT',
  'Chỉ tiêu',
  '(tỷ đồng)',
  '1',
  'Thu ngân sách 6.400',
  '3. Điều khoản',
  '3.1. Khoản một',
  '3.2. Khoản hai',
  '4. Điều tiếp',
  '4.1. Khoản một',
].join('\n');

describe('docx', () => {
  it('reads paragraphs and table cells in order, with tabs, breaks and printed list labels', async () => {
    const r = await readExtractionInput({ name: 'chi-thi.docx', bytes: await numberedDocx() });
    expect(r).toEqual({ text: NUMBERED_TEXT, kind: 'docx', warnings: [] });
  });

  it('is told from its content, not its name', async () => {
    const r = await readExtractionInput({ name: 'chi-thi.txt', bytes: await numberedDocx() });
    expect(r.kind).toBe('docx');
  });

  it('computes labels from numbering.xml: start overrides, restarts, letters past z, roman numerals', () => {
    const xml = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%2)"/></w:lvl>
        <w:lvl w:ilvl="2"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
    </w:numbering>`;
    const labeler = new ListLabeler(
      new DOMParser().parseFromString(xml, 'application/xml').documentElement,
    );
    const labels: Array<string | null> = [];
    for (let i = 0; i < 27; i++) labels.push(labeler.next('1', 0));
    expect(labels.slice(0, 3)).toEqual(['a)', 'b)', 'c)']);
    expect(labels.slice(25)).toEqual(['z)', 'aa)']);
    expect([
      labeler.next('1', 1),
      labeler.next('1', 1),
      labeler.next('1', 1),
      labeler.next('1', 1),
    ]).toEqual(['(i)', '(ii)', '(iii)', '(iv)']);
    expect(labeler.next('1', 2)).toBe('27.4.1');
    expect(labeler.next('2', 0)).toBe('d)');
    expect(labeler.next('2', 1)).toBe('(i)');
    expect(labeler.next('2', 0)).toBe('e)');
    expect(labeler.next('2', 1)).toBe('(i)');
    expect(labeler.next('3', 0)).toBeNull();
  });

  it('refuses a ZIP without word/document.xml and a damaged DOCX', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const xlsx = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    await expectRefused(
      readExtractionInput({ name: 'bang.docx', bytes: xlsx }),
      'EXTRACT_FILE_UNREADABLE',
      { name: 'bang.docx' },
    );
    const truncated = (await numberedDocx()).subarray(0, 200);
    await expectRefused(
      readExtractionInput({ name: 'hong.docx', bytes: truncated }),
      'EXTRACT_FILE_UNREADABLE',
    );
    const bad = new JSZip();
    bad.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p>');
    await expectRefused(
      readExtractionInput({
        name: 'hong.docx',
        bytes: new Uint8Array(await bad.generateAsync({ type: 'uint8array' })),
      }),
      'EXTRACT_FILE_UNREADABLE',
    );
  });

  it('refuses a DOCX whose document data is damaged inside an intact ZIP', async () => {
    const zip = new JSZip();
    const para = '<w:p><w:r><w:t>Giao Sở Tài chính chủ trì, phối hợp các sở.</w:t></w:r></w:p>';
    zip.file(
      'word/document.xml',
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para.repeat(50)}</w:body></w:document>`,
      { createFolders: false },
    );
    const bytes = new Uint8Array(
      await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
    );
    // The compressed data starts after the 30-byte local header and the 17-byte name:
    // a first block of the reserved type 3 makes inflating fail.
    bytes[47] = 0xff;
    await expectRefused(
      readExtractionInput({ name: 'hong.docx', bytes }),
      'EXTRACT_FILE_UNREADABLE',
    );
  });

  it('reads numbering from paragraph styles, text boxes after their paragraph, and leaves out deleted text and field codes', async () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const zip = new JSZip();
    zip.file(
      'word/styles.xml',
      `<w:styles ${w}>
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
      </w:styles>`,
    );
    zip.file(
      'word/numbering.xml',
      `<w:numbering ${w}>
        <w:abstractNum w:abstractNumId="9">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="5"><w:abstractNumId w:val="9"/></w:num>
      </w:numbering>`,
    );
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    zip.file(
      'word/document.xml',
      `<w:document ${w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
        <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('KẾT QUẢ')}</w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run('Kinh tế')}<w:del><w:r><w:delText>xóa</w:delText></w:r></w:del><w:ins>${run(' tăng trưởng')}</w:ins></w:p>
        <w:p>${run('Xem Phụ lục ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGEREF _Toc1 \\h</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('5')}<w:r><w:fldChar w:fldCharType="end"/></w:r>
          <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>${run('Hộp chữ')}</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>${run('Hộp chữ')}</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run('Văn hóa')}</w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('NHIỆM VỤ')}</w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>${run('Không đánh số')}</w:p>
        <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run('Quốc phòng')}</w:p>
      </w:body></w:document>`,
    );
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    const r = await readExtractionInput({ name: 'a.docx', bytes });
    expect(r.text).toBe(
      [
        'I. KẾT QUẢ',
        '1. Kinh tế tăng trưởng',
        'Xem Phụ lục 5',
        'Hộp chữ',
        '2. Văn hóa',
        'II. NHIỆM VỤ',
        'Không đánh số',
        '1. Quốc phòng',
      ].join('\n'),
    );
  });

  it('refuses an empty DOCX', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('')] }] });
    await expectRefused(
      readExtractionInput({
        name: 'trong.docx',
        bytes: new Uint8Array(await Packer.toBuffer(doc)),
      }),
      'EXTRACT_EMPTY',
    );
  });

  it('refuses text typed in a .VnTime or VNI-Times font', async () => {
    for (const [encoding, table, font, heading] of [
      ['TCVN3', TCVN3, '.VnTime', 'Uỷ ban nhân dân'],
      ['VNI', VNI, 'VNI-Times', 'Ủy ban nhân dân'],
    ] as const) {
      const doc = new Document({
        sections: [
          {
            children: [
              new Paragraph({
                children: [new TextRun({ text: latin1(legacyBytes(heading, table)), font })],
              }),
              new Paragraph({ children: [new TextRun({ text: 'Số: 229/BC-UBND', font })] }),
            ],
          },
        ],
      });
      await expectRefused(
        readExtractionInput({ name: 'cu.docx', bytes: new Uint8Array(await Packer.toBuffer(doc)) }),
        'EXTRACT_LEGACY_ENCODING',
        { encoding },
      );
    }
    // Unicode text in a legacy font is Unicode: it is read.
    const unicode = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: SENTENCE, font: '.VnTime' })] }),
          ],
        },
      ],
    });
    const r = await readExtractionInput({
      name: 'moi.docx',
      bytes: new Uint8Array(await Packer.toBuffer(unicode)),
    });
    expect(r.text).toBe(SENTENCE);
  });

  it('refuses legacy-encoded text in a Unicode font, from its letters', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun({
                  text: latin1(legacyBytes(SENTENCE_OLD, TCVN3)),
                  font: 'Times New Roman',
                }),
              ],
            }),
          ],
        },
      ],
    });
    await expectRefused(
      readExtractionInput({ name: 'cu.docx', bytes: new Uint8Array(await Packer.toBuffer(doc)) }),
      'EXTRACT_LEGACY_ENCODING',
      {
        encoding: 'TCVN3',
      },
    );
  });

  it('refuses a DOCX whose document inflates past the limit', async () => {
    const zip = new JSZip();
    const para = '<w:p><w:r><w:t>Giao Sở Tài chính chủ trì.</w:t></w:r></w:p>';
    zip.file(
      'word/document.xml',
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para.repeat(40_000)}</w:body></w:document>`,
    );
    const bytes = new Uint8Array(
      await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
    );
    expect(bytes.length).toBeLessThan(100_000);
    await expectRefused(
      readExtractionInput({ name: 'bom.docx', bytes }, { maxBytes: 100_000 }),
      'EXTRACT_FILE_TOO_LARGE',
    );
    const r = await readExtractionInput({ name: 'bom.docx', bytes });
    expect(r.text.split('\n')).toHaveLength(40_000);
  });

  it('refuses a password-protected DOCX and points a Word 97 file to .docx', async () => {
    const ole = (stream: string) =>
      new Uint8Array(
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(504),
          Buffer.from(stream, 'utf16le'),
          Buffer.alloc(512),
        ]),
      );
    const e = await expectRefused(
      readExtractionInput({ name: 'mat-khau.docx', bytes: ole('EncryptedPackage') }),
      'EXTRACT_ENCRYPTED',
      {
        name: 'mat-khau.docx',
      },
    );
    expect(errorMessage(e.code, 'vi', e.params)).toContain('mật khẩu');
    await expectRefused(
      readExtractionInput({ name: 'cu.doc', bytes: ole('WordDocument') }),
      'EXTRACT_WORD97_UNSUPPORTED',
    );
    await expectRefused(
      readExtractionInput({ name: 'x.docx', bytes: ole('Workbook') }),
      'EXTRACT_FILE_UNREADABLE',
    );
  });
});

/**
 * A PDF written by hand: one page per entry, with that ASCII line in Helvetica,
 * or no text at all for null (a scanned page has only an image).
 */
function handWrittenPdf(pages: Array<string | null>): Uint8Array {
  const n = pages.length;
  const kids = pages.map((_, i) => `${i + 4} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...pages.map(
      (_, i) =>
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${n + 4 + i} 0 R >>`,
    ),
    ...pages.map((line) => {
      const stream = line === null ? '' : `BT /F1 10 Tf 50 800 Td (${line}) Tj ET`;
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    }),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/** Exports `docx` to a PDF that needs the password `secret` to open (LibreOffice). */
async function encryptedPdf(docx: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'dieuhanh-enc-'));
  try {
    await writeFile(join(dir, 'a.docx'), docx);
    const filter =
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--norestore',
          '--convert-to',
          filter,
          '--outdir',
          dir,
          join(dir, 'a.docx'),
        ],
        {
          stdio: 'ignore',
        },
      );
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`soffice exit ${code}`)),
      );
    });
    return new Uint8Array(await readFile(join(dir, 'a.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('pdf', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it('says clearly when poppler is not installed', async () => {
    process.env.PATH = '/nonexistent';
    const e = await refusal(readExtractionInput({ name: 'a.pdf', bytes: handWrittenPdf([null]) }));
    expect(e.code).toBe('PDF_TOOLS_MISSING');
  });

  it('reads a PDF with a few scanned pages, warning of them; refuses one that is mostly scans', async () => {
    const line = 'Giao So Tai chinh chu tri, phoi hop voi cac so, nganh lien quan.';
    const r = await readExtractionInput({
      name: 'a.pdf',
      bytes: handWrittenPdf([line, line, null]),
    });
    expect(r.text).toBe(`${line}\n${line}`);
    expect(r.warnings).toEqual(['PDF_PAGES_WITHOUT_TEXT']);
    await expectRefused(
      readExtractionInput({ name: 'b.pdf', bytes: handWrittenPdf([line, null, null, null, null]) }),
      'EXTRACT_PDF_NO_TEXT',
      {
        pages: 5,
      },
    );
  });

  it('reads the text layer with the printed list labels', async () => {
    const pdf = await convertDocxToPdf(await numberedDocx());
    const r = await readExtractionInput({ name: 'chi-thi.pdf', bytes: new Uint8Array(pdf) });
    expect(r.kind).toBe('pdf');
    expect(r.warnings).toEqual([]);
    const lines = r.text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    for (const expected of [
      'I. NHIỆM VỤ TRỌNG TÂM',
      '1. Về kinh tế',
      'a) Giao Sở Tài chính chủ trì.',
      'b) Giao Sở Xây dựng chủ trì.',
      '2. Về văn hóa',
      '- Thời hạn:',
      'II. TỔ CHỨC THỰC HIỆN',
    ])
      expect(lines).toContain(expected);
    expect(r.text).toBe(r.text.normalize('NFC'));
    expect(r.text).not.toContain('\f');
    // The table's "1" stays: it is not a page number.
    expect(lines).toContain('1');
  });

  it('refuses a PDF without a text layer as a scan needing OCR', async () => {
    const e = await expectRefused(
      readExtractionInput({ name: 'scan.pdf', bytes: handWrittenPdf([null, null, null]) }),
      'EXTRACT_PDF_NO_TEXT',
      {
        name: 'scan.pdf',
        pages: 3,
      },
    );
    expect(errorMessage(e.code, 'vi', e.params)).toContain('OCR');
    expect(errorStatus(e.code)).toBe(422);
  });

  it('refuses a password-protected PDF', async () => {
    const pdf = await encryptedPdf(await numberedDocx());
    await expectRefused(
      readExtractionInput({ name: 'mat-khau.pdf', bytes: pdf }),
      'EXTRACT_ENCRYPTED',
      { name: 'mat-khau.pdf' },
    );
  });

  it('refuses a damaged PDF', async () => {
    const bytes = new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\ngarbage only', 'latin1'));
    await expectRefused(
      readExtractionInput({ name: 'hong.pdf', bytes }),
      'EXTRACT_FILE_UNREADABLE',
    );
  });
});
