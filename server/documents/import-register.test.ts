import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { importRegister, splitTypeAndSummary } from './import-register';
import { documentStatistics } from './document-statistics';

let ctx: TestContext;
let p: TestProvince;
const actor = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx);
});
afterAll(async () => ctx.cleanup());

const OUT_HEADERS = [
  'Số, ký hiệu văn bản',
  'Ngày tháng văn bản',
  'Tên loại và trích yếu nội dung văn bản',
  'Người ký',
  'Nơi nhận văn bản',
  'Đơn vị, người nhận bản lưu',
  'Số lượng bản',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
];
const IN_HEADERS = [
  'Ngày đến',
  'Số đến',
  'Tác giả',
  'Số, ký hiệu',
  'Ngày tháng',
  'Tên loại và trích yếu nội dung',
  'Đơn vị hoặc người nhận',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
];

async function workbook(headers: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ');
  ws.addRow(['SỔ ĐĂNG KÝ VĂN BẢN']);
  ws.addRow(headers);
  ws.addRow(headers.map((_, i) => `(${i + 1})`));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const count = async () =>
  Number(
    (
      await ctx.db.q
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('importRegister (ND 30 Phụ lục IV)', () => {
  const goodRows = [
    [
      '01/2023/QĐ-UBND',
      new Date(Date.UTC(2023, 0, 5)),
      'Quyết định ban hành Quy định về phân cấp quản lý',
      'Trần Tuệ Hiền',
      'Các sở, ngành; UBND các huyện',
      'VPUBND',
      5,
      null,
      null,
      null,
    ],
    [
      '05/QĐ-UBND',
      '06/01/2023',
      'Quyết định về việc phê duyệt dự án',
      'Lê Văn An',
      null,
      null,
      3,
      null,
      null,
      null,
    ],
    [
      '12/UBND-KT',
      '9/1/2023',
      'V/v đôn đốc giải ngân vốn đầu tư công',
      'Lê Văn An',
      null,
      null,
      null,
      null,
      null,
      'Khẩn',
    ],
  ];

  it('refuses a file with one bad row, naming row and column, and writes nothing', async () => {
    const before = await count();
    const bytes = await workbook(OUT_HEADERS, [
      ...goodRows,
      [
        '13/UBND-KT',
        '31/02/2023',
        'V/v ngày không có thật',
        'X',
        null,
        null,
        'hai',
        null,
        null,
        null,
      ],
    ]);
    const err = await importRegister(ctx, {
      actor,
      input: { register: p.ubnd.id, fileName: 'so-di.xlsx' },
      bytes,
    }).catch((e: unknown) => e);
    expect(isAppError(err, 'IMPORT_FAILED')).toBe(true);
    if (isAppError(err)) {
      expect(err.details.map((d) => [d.row, d.column])).toEqual([
        [7, 'Ngày tháng'],
        [7, 'Số lượng bản'],
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('refuses a file whose rows clash with each other in the write phase, writing nothing', async () => {
    const before = await count();
    const bytes = await workbook(OUT_HEADERS, [
      ...goodRows,
      ['05/QĐ-UBND', '07/01/2023', 'Quyết định trùng số', 'X', null, null, null, null, null, null],
    ]);
    const err = await importRegister(ctx, {
      actor,
      input: { register: p.ubnd.id, fileName: 'so-di.xlsx' },
      bytes,
    }).catch((e: unknown) => e);
    expect(isAppError(err, 'IMPORT_FAILED') && err.details[0]).toMatchObject({
      code: 'DOCUMENT_NUMBER_TAKEN',
      row: 7,
      column: 'Số, ký hiệu',
    });
    expect(await count()).toBe(before);
  });

  it('imports a clean outgoing register whole, continuing the series after it', async () => {
    const bytes = await workbook(OUT_HEADERS, goodRows);
    const result = await importRegister(ctx, {
      actor,
      input: { register: p.ubnd.id, fileName: 'so-di.xlsx' },
      bytes,
    });
    expect(result).toMatchObject({ kind: 'outgoing', imported: 3 });
    const stats = await documentStatistics(ctx, {
      actor,
      input: { from: '2023-01-01', to: '2023-01-31' },
    });
    expect([stats.qpplDecisions, stats.individualDecisions, stats.other]).toEqual([1, 1, 1]);
    const letter = await ctx.db.q
      .selectFrom('documents')
      .selectAll()
      .where('number_symbol', '=', '12/UBND-KT')
      .executeTakeFirstOrThrow();
    expect([letter.type_key, letter.signer_name, letter.notes]).toEqual([
      'CV',
      'Lê Văn An',
      'Khẩn',
    ]);
  });

  it('imports an incoming register with arrival numbers', async () => {
    const bytes = await workbook(IN_HEADERS, [
      [
        new Date(Date.UTC(2023, 1, 2)),
        15,
        'Bộ Kế hoạch và Đầu tư',
        '512/BKHĐT-TH',
        '30/01/2023',
        'Công văn V/v báo cáo giải ngân',
        'Sở KH&ĐT',
        null,
        null,
        null,
      ],
      [
        '03/02/2023',
        16,
        'Tỉnh ủy',
        '450-CV/TU',
        '01/02/2023',
        'Công văn về chuẩn bị hội nghị',
        null,
        null,
        null,
        null,
      ],
    ]);
    const result = await importRegister(ctx, {
      actor,
      input: { register: p.ubnd.id, fileName: 'so-den.xlsx' },
      bytes,
    });
    expect(result).toMatchObject({ kind: 'incoming', imported: 2 });
    const rows = await ctx.db.q
      .selectFrom('documents')
      .select(['arrival_number', 'number_symbol', 'regime'])
      .where('direction', '=', 'incoming')
      .orderBy('arrival_number')
      .execute();
    expect(rows).toEqual([
      { arrival_number: 15, number_symbol: '512/BKHĐT-TH', regime: 'state_admin' },
      { arrival_number: 16, number_symbol: '450-CV/TU', regime: 'party' },
    ]);
  });

  it('refuses a file that is not a workbook or lacks the register columns', async () => {
    const notXlsx = await importRegister(ctx, {
      actor,
      input: { register: p.ubnd.id, fileName: 'x.xlsx' },
      bytes: Buffer.from('hello'),
    }).catch((e: unknown) => e);
    expect(isAppError(notXlsx, 'IMPORT_BAD_FILE')).toBe(true);
    const wrong = await importRegister(ctx, {
      actor,
      input: { register: p.ubnd.id, fileName: 'x.xlsx' },
      bytes: await workbook(['A', 'B'], [[1, 2]]),
    }).catch((e: unknown) => e);
    expect(isAppError(wrong, 'IMPORT_BAD_FILE')).toBe(true);
  });

  it('splits the type name from the subject', () => {
    expect(splitTypeAndSummary('Quyết định về việc phê duyệt', 'QĐ')).toEqual({
      typeKey: 'QD',
      summary: 'về việc phê duyệt',
    });
    expect(splitTypeAndSummary('V/v đôn đốc', undefined)).toEqual({
      typeKey: 'CV',
      summary: 'V/v đôn đốc',
    });
    expect(splitTypeAndSummary('Kế hoạch triển khai', undefined)).toEqual({
      typeKey: 'KH',
      summary: 'triển khai',
    });
  });
});
