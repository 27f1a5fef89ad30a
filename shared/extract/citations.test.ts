import { describe, expect, it } from 'vitest';
import { documentIdentity, extractCitations, normaliseCitedSymbol } from './citations';

const fields = (text: string) =>
  extractCitations(text).map(({ text: t, type, number_symbol, date, issuer }) => ({
    text: t,
    type,
    number_symbol,
    date,
    issuer,
  }));

describe('extractCitations', () => {
  it.each([
    [
      'Thực hiện Chỉ thị số 08/CT-TTg ngày 05/3/2024 của Thủ tướng Chính phủ về phòng cháy,',
      {
        text: 'Chỉ thị số 08/CT-TTg ngày 05/3/2024 của Thủ tướng Chính phủ',
        type: 'Chỉ thị',
        number_symbol: '08/CT-TTg',
        date: '2024-03-05',
        issuer: 'Thủ tướng Chính phủ',
      },
    ],
    [
      'Căn cứ Quyết định số 12/2023/QĐ-UBND ngày 9 tháng 8 năm 2023 của UBND tỉnh;',
      {
        text: 'Quyết định số 12/2023/QĐ-UBND ngày 9 tháng 8 năm 2023 của UBND tỉnh',
        type: 'Quyết định',
        number_symbol: '12/2023/QĐ-UBND',
        date: '2023-08-09',
        issuer: 'UBND tỉnh',
      },
    ],
    [
      'theo Thông báo số 1520-TB/TU ngày 02/10/2023 của Ban Thường vụ Tỉnh ủy.',
      {
        text: 'Thông báo số 1520-TB/TU ngày 02/10/2023 của Ban Thường vụ Tỉnh ủy',
        type: 'Thông báo',
        number_symbol: '1520-TB/TU',
        date: '2023-10-02',
        issuer: 'Ban Thường vụ Tỉnh ủy',
      },
    ],
    [
      'phúc đáp Công văn số 77 /SNV-CCHC ngày 3/4/2024, Sở Nội vụ',
      {
        text: 'Công văn số 77 /SNV-CCHC ngày 3/4/2024',
        type: 'Công văn',
        number_symbol: '77/SNV-CCHC',
        date: '2024-04-03',
        issuer: null,
      },
    ],
  ])('reads %j', (text, expected) => {
    expect(fields(text)).toEqual([expected]);
  });

  it('normalises the letter case of a symbol printed in an upper-case title', () => {
    const [c] = extractCitations(
      'TRIỂN KHAI CHỈ THỊ SỐ\n19/CT-TTG NGÀY 10/7/2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ',
    );
    expect(c?.number_symbol).toBe('19/CT-TTg');
    expect(c?.date).toBe('2024-07-10');
    expect(c?.issuer).toBe('Thủ tướng Chính phủ');
  });

  it('lists a document once, at its first mention, with the date a later mention gives', () => {
    const text =
      'Quán triệt Kết luận 21-KL/TW của Ban Chấp hành Trung ương. Kết luận 21-KL/TW, ngày 25/10/2021 nêu rõ.';
    const found = extractCitations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      number_symbol: '21-KL/TW',
      date: '2021-10-25',
      start: text.indexOf('Kết luận'),
    });
  });

  it('takes the issuer stated before the mention ("đề nghị của X tại Tờ trình số …")', () => {
    const [c] = extractCitations(
      'Xét đề nghị của Sở Tài chính tại Tờ trình số 88/TTr-STC ngày 01/02/2025,',
    );
    expect(c).toMatchObject({
      type: 'Tờ trình',
      number_symbol: '88/TTr-STC',
      issuer: 'Sở Tài chính',
    });
  });

  it('finds laws named without a number, and not the common noun', () => {
    const text =
      'Căn cứ Luật Đất đai ngày 18/01/2024; Căn cứ Bộ luật Lao động; thực hiện theo Luật định và quy định của pháp luật.';
    expect(fields(text)).toEqual([
      {
        text: 'Luật Đất đai ngày 18/01/2024',
        type: 'Luật',
        number_symbol: null,
        date: '2024-01-18',
        issuer: null,
      },
      { text: 'Bộ luật Lao động', type: 'Bộ luật', number_symbol: null, date: null, issuer: null },
    ]);
  });

  it('keeps a comma that belongs to a law name and stops at the next law', () => {
    const text =
      'Căn cứ Luật Phòng, chống thiên tai năm 2013 và Luật Tài nguyên nước, các cơ quan thực hiện.';
    expect(extractCitations(text).map((c) => c.text)).toEqual([
      'Luật Phòng, chống thiên tai năm 2013',
      'Luật Tài nguyên nước',
    ]);
  });

  it('cites a Party-congress resolution named without a number', () => {
    const text =
      'QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG; Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng';
    expect(fields(text)).toEqual([
      {
        text: 'NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG',
        type: 'Nghị quyết',
        number_symbol: null,
        date: null,
        issuer: null,
      },
    ]);
  });

  it("does not cite the document's own number from its header", () => {
    const text =
      'Số: 45/KH-UBND\nBắc Giang, ngày 1 tháng 3 năm 2024\nKẾ HOẠCH\nThực hiện Kế hoạch số 45/KH-UBND và Nghị quyết số 02/NQ-CP';
    expect(extractCitations(text).map((c) => c.number_symbol)).toEqual(['02/NQ-CP']);
  });

  it('ignores a generic plural and a year range that only looks like a number', () => {
    expect(
      extractCitations('các Nghị quyết của Tỉnh ủy giai đoạn 2021-2025 và Kế hoạch 5 năm'),
    ).toEqual([]);
  });

  it('leaves a date without its year null', () => {
    expect(extractCitations('Công văn số 310/UBND-KT ngày 21/5 của UBND tỉnh')[0]?.date).toBeNull();
  });
});

describe('normaliseCitedSymbol', () => {
  it.each([
    ['229 /BC-UBND', '229/BC-UBND'],
    ['31/CT-TTG', '31/CT-TTg'],
    ['17-ctr/tu', '17-CTr/TU'],
    ['06/2024/qđ-ubnd', '06/2024/QĐ-UBND'],
    ['12/UBND-VX', '12/UBND-VX'],
  ])('%s → %s', (printed, official) => {
    expect(normaliseCitedSymbol(printed)).toBe(official);
  });
});

describe('documentIdentity', () => {
  it('reads the seed report’s own number and date from its header', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(
      new URL('../../../shared/reference/229-BC-UBND-2023.md', import.meta.url),
      'utf8',
    ).normalize('NFC');
    expect(documentIdentity(text)).toEqual({ number_symbol: '229/BC-UBND', date: '2023-07-10' });
  });

  it('normalises a spaced number and reads a numeric date', () => {
    expect(documentIdentity('Số: 12 /UBND-VX\nĐồng Xoài, ngày 05/3/2024\nV/v …')).toEqual({
      number_symbol: '12/UBND-VX',
      date: '2024-03-05',
    });
  });

  it('finds nothing in a text without a header', () => {
    expect(documentIdentity('Giao Sở Y tế chủ trì.')).toEqual({ number_symbol: null, date: null });
  });
});
