/**
 * The indicator annex on a small catalogue: cumulative figures, last year's,
 * the target and its percentage, the change on last year, sub-indicators
 * indented; budget revenue against both estimates; the default period; the
 * refusals (a period outside the year, a year with no figures).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { buildProvince, type TestProvince } from '../../testing/factories';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { isAppError } from '../../platform/errors';
import { setIndicatorTarget } from '../../indicators/set-indicator-target';
import { buildIndicator, enterSeries } from '../../indicators/testing/kit';
import { indicatorsAnnex } from './indicators-annex';
import { readWorkbook, sheet, table } from './testing/read-workbook';

let ctx: TestContext;
let p: TestProvince;
const actor = SYSTEM_ACTOR;
const refusal = (e: unknown) =>
  isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);
const months = (v: number, n = 12) => Array.from({ length: n }, () => v);

async function target(
  indicatorId: number,
  kind: 'plan' | 'estimate_central' | 'estimate_council',
  value: number,
) {
  await setIndicatorTarget(ctx, { actor, input: { indicatorId, year: 2023, kind, value } });
}

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
  const output = await buildIndicator(ctx, {
    code: 'SX',
    nameVi: 'Giá trị sản xuất',
    ownerUnit: p.skhdt.id,
    sortOrder: 1,
  });
  await target(output.id, 'plan', 1200);
  await enterSeries(ctx, output.id, 2022, months(100));
  await enterSeries(ctx, output.id, 2023, months(110, 6));
  const industry = await buildIndicator(ctx, {
    code: 'SX.CN',
    nameVi: 'Trong đó: công nghiệp',
    ownerUnit: p.skhdt.id,
    parent: output.id,
    sortOrder: 2,
  });
  await enterSeries(ctx, industry.id, 2023, months(50, 6));
  const revenue = await buildIndicator(ctx, {
    code: 'THU',
    nameVi: 'Tổng thu ngân sách nhà nước trên địa bàn',
    ownerUnit: p.stc.id,
    category: 'budget_revenue',
    colourTarget: 'estimate_council',
    sortOrder: 3,
  });
  await target(revenue.id, 'estimate_central', 2000);
  await target(revenue.id, 'estimate_council', 2400);
  await enterSeries(ctx, revenue.id, 2022, months(150));
  await enterSeries(ctx, revenue.id, 2023, months(200, 6));
  const land = await buildIndicator(ctx, {
    code: 'THU.TSDD',
    nameVi: 'Thu tiền sử dụng đất',
    ownerUnit: p.stc.id,
    category: 'budget_revenue',
    colourTarget: 'estimate_council',
    parent: revenue.id,
    sortOrder: 4,
  });
  await target(land.id, 'estimate_council', 500);
  await enterSeries(ctx, land.id, 2023, months(50, 6));
});
afterAll(async () => ctx.cleanup());

describe('the indicator annex', () => {
  it('prints the indicator table of the half-year', async () => {
    const file = await indicatorsAnnex(ctx, { actor, input: { year: 2023, period: '2023-H1' } });
    expect(file.fileName).toBe('chi-tieu-2023-H1.xlsx');
    const sheets = await readWorkbook(file.bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Chỉ tiêu KT-XH', 'Thu ngân sách']);
    const s = sheet(sheets, 'Chỉ tiêu KT-XH');
    expect(s.rows[1]?.[0]).toBe('(6 tháng đầu năm 2023 — Tỉnh Thử T)');
    const t = table(s);
    expect(t.headers.slice(0, 11)).toEqual([
      'STT',
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kỳ số liệu',
      'Thực hiện lũy kế',
      'Cùng kỳ năm trước',
      'Chỉ tiêu năm',
      'Đạt % chỉ tiêu năm',
      'Tăng/giảm so với cùng kỳ (%)',
      'Đánh giá',
    ]);
    const byCode = new Map(t.rows.map((r) => [t.cell(r, 'Mã chỉ tiêu'), r]));
    const output = byCode.get('SX') ?? [];
    expect(output.slice(3, 8)).toEqual(['tỷ đồng', 'tháng 6/2023', 660, 600, 1200]);
    expect(output[8]).toBeCloseTo(55);
    expect(output[9]).toBeCloseTo(10);
    expect(t.cell(output, 'Ghi chú')).toBe('Chỉ tiêu năm: kế hoạch');
    const industry = byCode.get('SX.CN') ?? [];
    expect(t.cell(industry, 'Thực hiện lũy kế')).toBe(300);
    expect(t.cell(industry, 'Đánh giá')).toBe('Chưa đủ số liệu');
    expect(t.rows.map((r) => r[0])).toEqual([1, 2, 3, 4]);
  });

  it('prints budget revenue against both estimates', async () => {
    const sheets = await readWorkbook(
      (await indicatorsAnnex(ctx, { actor, input: { year: 2023, period: '2023-H1' } })).bytes,
    );
    const t = table(sheet(sheets, 'Thu ngân sách'));
    expect(t.headers).toEqual([
      'STT',
      'Nội dung',
      'Đơn vị tính',
      'Dự toán Trung ương giao',
      'Dự toán HĐND tỉnh giao',
      'Thực hiện lũy kế',
      'Cùng kỳ năm trước',
      'Đạt % dự toán Trung ương giao',
      'Đạt % dự toán HĐND tỉnh giao',
      'Tăng/giảm so với cùng kỳ (%)',
    ]);
    const [total, land] = t.rows;
    expect(total?.slice(1, 7)).toEqual([
      'Tổng thu ngân sách nhà nước trên địa bàn',
      'tỷ đồng',
      2000,
      2400,
      1200,
      900,
    ]);
    expect(total?.[7]).toBeCloseTo(60);
    expect(total?.[8]).toBeCloseTo(50);
    expect(total?.[9]).toBeCloseTo((1200 / 900 - 1) * 100);
    expect(land?.slice(3, 6)).toEqual([null, 500, 300]);
    expect(land?.[8]).toBeCloseTo(60);
  });

  it('defaults to the last month ended in the current year', async () => {
    const file = await indicatorsAnnex(ctx, { actor, input: { year: 2023 } });
    expect(file.fileName).toBe('chi-tieu-2023-06.xlsx');
  });

  it('refuses a period outside the year, a year without figures, a year not begun', async () => {
    const outside = await indicatorsAnnex(ctx, {
      actor,
      input: { year: 2023, period: '2022-Q4' },
    }).catch((e: unknown) => e);
    expect(refusal(outside)).toBe('FIELD_INVALID:period');
    const past = await indicatorsAnnex(ctx, { actor, input: { year: 2021 } }).catch(
      (e: unknown) => e,
    );
    expect(refusal(past)).toBe('REPORT_NO_DATA:period');
    expect(isAppError(past) && past.params.period).toBe('năm 2021');
    const future = await indicatorsAnnex(ctx, { actor, input: { year: 2024 } }).catch(
      (e: unknown) => e,
    );
    expect(refusal(future)).toBe('FIELD_INVALID:year');
    const garbled = await indicatorsAnnex(ctx, {
      actor,
      input: { year: 2023, period: 'nửa năm' },
    }).catch((e: unknown) => e);
    expect(refusal(garbled)).toMatch(/:period$/);
  });
});
