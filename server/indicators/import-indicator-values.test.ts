import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR, type UserActor } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { renderError } from '../platform/render-error';
import { lockIndicatorPeriod } from './lock-indicator-period';
import { browseIndicatorValues } from './browse-indicator-values';
import { importIndicatorValues, INDICATOR_IMPORT_COLUMNS as C } from './import-indicator-values';
import { buildIndicator, refusal, userActor } from './testing/kit';

let ctx: TestContext;
let p: TestProvince;
let staff: UserActor;
const system = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
  staff = await userActor(ctx, {
    username: 'tc.cv',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  await buildIndicator(ctx, { code: 'NS.TONG', ownerUnit: p.stc.id, category: 'budget_revenue' });
  await buildIndicator(ctx, {
    code: 'CCHC.DUNGHAN',
    ownerUnit: p.stc.id,
    aggregation: 'ratio',
    unitOfMeasure: '%',
  });
  await buildIndicator(ctx, {
    code: 'KT.GRDP',
    ownerUnit: p.stc.id,
    frequency: 'quarterly',
    aggregation: 'last',
    unitOfMeasure: '%',
  });
  await buildIndicator(ctx, {
    code: 'XH.NGHEO',
    ownerUnit: p.stc.id,
    frequency: 'yearly',
    aggregation: 'last',
    direction: 'lower_is_better',
    unitOfMeasure: '%',
  });
  await buildIndicator(ctx, { code: 'KH.RIENG', ownerUnit: p.skhdt.id });
  await lockIndicatorPeriod(ctx, { actor: system, input: { period: '2023-01' } });
});
afterAll(async () => ctx.cleanup());

async function book(rows: unknown[][], header = true): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu chỉ tiêu');
  ws.addRow(['BÁO CÁO SỐ LIỆU CHỈ TIÊU']);
  if (header)
    ws.addRow([
      'STT',
      C.code,
      'Tên chỉ tiêu',
      'Đơn vị tính',
      C.unit,
      C.year,
      C.period,
      C.value,
      C.numerator,
      C.denominator,
      C.estimate,
      C.note,
    ]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const valueCount = async () =>
  Number(
    (
      await ctx.db.q
        .selectFrom('indicator_values')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`importing indicator values (${TEST_ENGINE})`, () => {
  it('imports nothing from a file with bad rows and reports each by row and column in Vietnamese', async () => {
    const bytes = await book([
      [1, 'NS.TONG', 'Tổng thu', 'tỷ đồng', null, 2023, 'Tháng 5', 712.5, null, null, null, null],
      [
        2,
        'NS.TONG',
        'Tổng thu',
        'tỷ đồng',
        'T',
        2023,
        'Tháng 4',
        'bảy trăm',
        null,
        null,
        null,
        null,
      ],
      [3, 'NS.TONG', 'Tổng thu', 'tỷ đồng', null, 2023, 'Quý II', 1500, null, null, null, null],
      [4, 'NS.TONG', 'Tổng thu', 'tỷ đồng', null, 2023, 'Tháng 1', 900, null, null, null, null],
      [5, 'ns.tong', 'Tổng thu', 'tỷ đồng', 'T', 2023, 5, 700, null, null, null, null],
      [6, 'NS.KHONGCO', 'Không có', 'tỷ đồng', null, 2023, 'Tháng 5', 1, null, null, null, null],
      [
        7,
        'NS.TONG',
        'Tổng thu',
        'tỷ đồng',
        'T.KHONGCO',
        2023,
        'Tháng 3',
        1,
        null,
        null,
        null,
        null,
      ],
      [8, 'NS.TONG', 'Tổng thu', 'tỷ đồng', null, 2023, 'Tháng 9', 1, null, null, null, null],
      [9, 'CCHC.DUNGHAN', 'Đúng hạn', '%', null, 2023, 'Tháng 6', null, 95, 0, null, null],
      [
        10,
        'NS.TONG',
        'Tổng thu',
        'tỷ đồng',
        null,
        'hai nghìn',
        'Tháng 6',
        1,
        null,
        null,
        'có lẽ',
        null,
      ],
    ]);
    const before = await valueCount();
    let error: unknown;
    try {
      await importIndicatorValues(ctx, { actor: system, fileName: 'sai.xlsx', bytes });
    } catch (e) {
      error = e;
    }
    if (!isAppError(error, 'IMPORT_FAILED')) throw error;
    const body = renderError(error, 'vi');
    expect(body.message).toBe('Không nhập được tệp: có 10 lỗi, chưa có dòng nào được ghi.');
    expect(body.details?.map((d) => [d.row, d.column, d.message])).toEqual([
      [
        4,
        C.value,
        'Dòng 4, cột "Giá trị": "bảy trăm" không phải là số (viết 1.234,5 hoặc nhập ô số)',
      ],
      [
        5,
        C.period,
        'Dòng 5, cột "Kỳ": chỉ tiêu "NS.TONG" nhập số liệu theo tháng; kỳ "quý II/2023" không phù hợp.',
      ],
      [
        6,
        C.period,
        'Dòng 6, cột "Kỳ": kỳ tháng 01/2023 đã khóa số liệu ngày 2023-07-10; không thể ghi số liệu chỉ tiêu "NS.TONG".',
      ],
      [
        7,
        C.period,
        'Dòng 7, cột "Kỳ": trùng với dòng 3 (cùng chỉ tiêu "NS.TONG", đơn vị, tháng 5/2023)',
      ],
      [
        8,
        C.code,
        'Dòng 8, cột "Mã chỉ tiêu": không có chỉ tiêu mã "NS.KHONGCO" trong danh mục của tỉnh.',
      ],
      [
        9,
        C.unit,
        'Dòng 9, cột "Đơn vị": không có đơn vị "T.KHONGCO" trong danh mục tổ chức vào ngày 2023-07-10.',
      ],
      [
        10,
        C.period,
        'Dòng 10, cột "Kỳ": kỳ tháng 9/2023 chưa bắt đầu (từ ngày 2023-09-01; hôm nay là 2023-07-10).',
      ],
      [
        11,
        C.denominator,
        'Dòng 11, cột "Mẫu số": mẫu số của chỉ tiêu tỷ lệ "CCHC.DUNGHAN" phải lớn hơn 0',
      ],
      [12, C.year, 'Dòng 12, cột "Năm": "hai nghìn" không phải năm (2000–2100)'],
      [
        12,
        C.estimate,
        'Dòng 12, cột "Ước tính": "có lẽ" không rõ; ghi "x" (ước tính) hoặc để trống',
      ],
    ]);
    expect(renderError(error, 'en').details?.[0]?.message).toBe(
      'Row 4, column "Giá trị": "bảy trăm" is not a number',
    );
    expect(await valueCount()).toBe(before);
  });

  it('imports a clean file whole, with its provenance and one audit entry', async () => {
    const bytes = await book([
      [1, 'NS.TONG', 'Tổng thu', 'tỷ đồng', null, 2023, 'Tháng 5', 712.5, null, null, null, null],
      [2, 'NS.TONG', 'Tổng thu', 'tỷ đồng', 'T', 2023, 'T6', '1.234,5', null, null, null, 'KBNN'],
      [3, 'NS.TONG', 'Tổng thu', 'tỷ đồng', null, 2023, 'Tháng 7', 800, null, null, 'x', 'Ước'],
      [4, 'CCHC.DUNGHAN', 'Đúng hạn', '%', null, 2023, 'Tháng 6', null, 95, 100, null, null],
      [5, 'KT.GRDP', 'GRDP', '%', null, 2023, 'Quý II', '5,4', null, null, 'ước', null],
      [6, 'XH.NGHEO', 'Hộ nghèo', '%', null, 2022, null, 0.71, null, null, null, null],
      [7, 'NS.TONG', 'Tổng thu', 'tỷ đồng', null, 2022, '2022-12', 1500, null, null, 'không', null],
    ]);
    const progress: string[] = [];
    const before = await valueCount();
    const result = await importIndicatorValues(ctx, {
      actor: system,
      fileName: 'so-lieu-thang-6.xlsx',
      bytes,
      onProgress: (done, total, phase) => progress.push(`${phase} ${done}/${total}`),
    });
    expect(result).toMatchObject({
      imported: 7,
      approved: 7,
      pending: 0,
      sheet: 'Số liệu chỉ tiêu',
    });
    expect(await valueCount()).toBe(before + 7);
    expect(progress.at(-1)).toBe('write 7/7');
    const values = await browseIndicatorValues(ctx, { actor: system, input: { province: 'T' } });
    expect(
      values.items.map((v) => [v.period, v.value, v.estimate, v.source, v.sourceRef, v.note]),
    ).toEqual(
      expect.arrayContaining([
        ['2023-06', 1234.5, false, 'import', 'so-lieu-thang-6.xlsx', 'KBNN'],
        ['2023-07', 800, true, 'import', 'so-lieu-thang-6.xlsx', 'Ước'],
        ['2023-06', 95, false, 'import', 'so-lieu-thang-6.xlsx', null],
        ['2023-Q2', 5.4, true, 'import', 'so-lieu-thang-6.xlsx', null],
        ['2022', 0.71, false, 'import', 'so-lieu-thang-6.xlsx', null],
      ]),
    );
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'indicator.%')
      .where('action', '!=', 'indicator.create')
      .where('action', '!=', 'indicator.lock_period')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['indicator.import']);
    const details = JSON.parse(audit[0]?.details ?? '{}') as Record<string, unknown>;
    expect(details).toMatchObject({ fileName: 'so-lieu-thang-6.xlsx', rows: 7, writes: 7 });
    expect(String(details.sha256)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('follows the importing user’s rights: their unit’s figures wait for approval; another unit’s refuse the file', async () => {
    const mine = await book([
      [1, 'NS.TONG', 'Tổng thu', 'tỷ đồng', null, 2023, 'Tháng 4', 600, null, null, null, null],
    ]);
    expect(
      await importIndicatorValues(ctx, { actor: staff, fileName: 'a.xlsx', bytes: mine }),
    ).toMatchObject({ imported: 1, approved: 0, pending: 1 });
    const before = await valueCount();
    const mixed = await book([
      [1, 'NS.TONG', 'Tổng thu', 'tỷ đồng', null, 2023, 'Tháng 3', 600, null, null, null, null],
      [2, 'KH.RIENG', 'Khác', 'tỷ đồng', null, 2023, 'Tháng 3', 1, null, null, null, null],
    ]);
    expect(
      await refusal(importIndicatorValues(ctx, { actor: staff, fileName: 'b.xlsx', bytes: mixed })),
    ).toBe('FORBIDDEN');
    expect(await valueCount()).toBe(before);
    expect(
      await refusal(
        importIndicatorValues(ctx, {
          actor: system,
          fileName: 'c.xlsx',
          bytes: await book([[1, 'x']], false),
        }),
      ),
    ).toBe('IMPORT_BAD_FILE:file');
  });
});
