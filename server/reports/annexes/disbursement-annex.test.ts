/**
 * The disbursement annex on a small province: the project list with both
 * plans, the disbursed amount (an advance recovered by a payment counted
 * once), the rates on both denominators and the notes; totals; the figures by
 * investor (ranked) and by capital source; the refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { buildProvince, type TestProvince } from '../../testing/factories';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { isAppError } from '../../platform/errors';
import { buildPlan, buildProject, pay, TY } from '../../investment/testing/investment-factories';
import { disbursementAnnex } from './disbursement-annex';
import { readWorkbook, sheet, table } from './testing/read-workbook';

let ctx: TestContext;
let a: TestProvince;
const actor = SYSTEM_ACTOR;
/** 1 tỷ đồng in the annex's unit (triệu đồng). */
const T = 1000;
const refusal = (e: unknown) =>
  isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  a = await buildProvince(ctx, 'A');
  await buildProvince(ctx, 'B');
  const road = await buildProject(ctx, {
    province: 'A',
    investor: a.skhdt.code,
    code: 'DA-01',
    name: 'Đường ĐT.741 đoạn qua thành phố',
    keyProject: true,
  });
  await buildPlan(ctx, { projectId: road.id, year: 2023, pm: 100 * TY, local: 120 * TY });
  await buildPlan(ctx, {
    projectId: road.id,
    year: 2023,
    source: 'NSTW.TRONGNUOC',
    pm: 50 * TY,
    local: 50 * TY,
  });
  await pay(ctx, { projectId: road.id, paidOn: '2023-02-10', amount: 30 * TY, kind: 'advance' });
  await pay(ctx, { projectId: road.id, paidOn: '2023-04-15', amount: 50 * TY, recovered: 30 * TY });
  await pay(ctx, {
    projectId: road.id,
    paidOn: '2023-05-15',
    amount: 10 * TY,
    source: 'NSTW.TRONGNUOC',
  });
  const school = await buildProject(ctx, {
    province: 'A',
    investor: a.stc.code,
    code: 'DA-02',
    name: 'Trường trung học phổ thông',
  });
  await buildPlan(ctx, {
    projectId: school.id,
    year: 2023,
    source: 'NSDP.XSKT',
    pm: 40 * TY,
    local: 40 * TY,
  });
  await pay(ctx, {
    projectId: school.id,
    paidOn: '2023-06-20',
    amount: 30 * TY,
    source: 'NSDP.XSKT',
  });
  const clinic = await buildProject(ctx, {
    province: 'A',
    investor: a.stc.code,
    code: 'DA-03',
    name: 'Trạm y tế xã',
  });
  await buildPlan(ctx, { projectId: clinic.id, year: 2023, pm: 10 * TY, local: 10 * TY });
  await pay(ctx, { projectId: clinic.id, paidOn: '2023-07-01', amount: 5 * TY, kind: 'advance' });
});
afterAll(async () => ctx.cleanup());

const annex = (input: { province?: string; year: number; at?: string }) =>
  disbursementAnnex(ctx, { actor, input: { province: 'A', ...input } });

describe('the disbursement annex', () => {
  it('lists projects with both plans, the disbursed amount, both rates and notes', async () => {
    const file = await annex({ year: 2023, at: '2023-07-10' });
    expect(file.fileName).toBe('giai-ngan-2023-2023-07-10.xlsx');
    const sheets = await readWorkbook(file.bytes);
    expect(sheets.map((s) => s.name)).toEqual([
      'Giải ngân theo dự án',
      'Theo chủ đầu tư',
      'Theo nguồn vốn',
    ]);
    const s = sheet(sheets, 'Giải ngân theo dự án');
    expect(s.rows[0]?.[0]).toBe(
      'DANH MỤC DỰ ÁN VÀ TÌNH HÌNH GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2023',
    );
    expect(s.rows[1]?.[0]).toBe('(Số liệu đến ngày 10/7/2023 — Tỉnh Thử A)');
    expect(s.rows[2]?.[0]).toBe('Đơn vị tính: triệu đồng');
    const t = table(s);
    expect(t.headers).toEqual([
      'STT',
      'Mã dự án',
      'Tên dự án',
      'Chủ đầu tư',
      'Nguồn vốn',
      'Kế hoạch vốn Thủ tướng Chính phủ giao',
      'Kế hoạch vốn địa phương giao',
      'Giải ngân lũy kế đến ngày báo cáo',
      'Tỷ lệ giải ngân so với kế hoạch Thủ tướng giao (%)',
      'Tỷ lệ giải ngân so với kế hoạch địa phương giao (%)',
      'Ghi chú',
    ]);
    // Grouped by investor (Sở Kế hoạch và Đầu tư before Sở Tài chính), then by code.
    expect(t.rows.map((r) => t.cell(r, 'Mã dự án'))).toEqual(['DA-01', 'DA-02', 'DA-03', null]);
    const road = t.rows[0] ?? [];
    expect(road.slice(0, 5)).toEqual([
      1,
      'DA-01',
      'Đường ĐT.741 đoạn qua thành phố',
      'Sở Kế hoạch và Đầu tư',
      'Cân đối NSĐP; NSTW trong nước',
    ]);
    // 30 advanced, 50 paid recovering the 30, 10 from the central budget: 60, not 90.
    expect(road.slice(5, 8)).toEqual([150 * T, 170 * T, 60 * T]);
    expect(road[8]).toBeCloseTo(40);
    expect(road[9]).toBeCloseTo((60 / 170) * 100);
    expect(t.cell(road, 'Ghi chú')).toBe(
      'Công trình trọng điểm; Dưới mức bình quân chung của tỉnh (kế hoạch Thủ tướng giao)',
    );
    const clinic = t.rows[2] ?? [];
    expect(t.cell(clinic, 'Ghi chú')).toBe('Tạm ứng chưa thu hồi 5.000 triệu đồng');
    const total = t.rows.at(-1) ?? [];
    expect(total.slice(2, 8)).toEqual(['Tổng cộng', null, null, 200 * T, 220 * T, 95 * T]);
    expect(total[8]).toBeCloseTo(47.5);
    expect(total[9]).toBeCloseTo((95 / 220) * 100);
    // The total is the sum of the rows on every amount column.
    for (const c of [5, 6, 7])
      expect(t.rows.slice(0, -1).reduce((n, r) => n + Number(r[c]), 0)).toBe(total[c]);
    const dataRow = s.frozenRows + 1;
    expect(s.format(dataRow, 6)).toBe('#,##0');
    expect(s.format(dataRow, 9)).toBe('0.00');
    expect(s.frozenRows).toBe(4);
  });

  it('ranks investors and rolls sources up their tree', async () => {
    const sheets = await readWorkbook((await annex({ year: 2023, at: '2023-07-10' })).bytes);
    const inv = table(sheet(sheets, 'Theo chủ đầu tư'));
    const byName = new Map(inv.rows.map((r) => [inv.cell(r, 'Chủ đầu tư'), r]));
    const stc = byName.get('Sở Tài chính') ?? [];
    expect(inv.cell(stc, 'Số dự án')).toBe(2);
    expect(stc.slice(3, 6)).toEqual([50 * T, 50 * T, 35 * T]);
    expect(inv.cell(stc, 'Xếp hạng (theo kế hoạch Thủ tướng giao)')).toBe(1);
    const kh = byName.get('Sở Kế hoạch và Đầu tư') ?? [];
    expect(inv.cell(kh, 'Xếp hạng (theo kế hoạch Thủ tướng giao)')).toBe(2);
    expect(inv.cell(kh, 'Ghi chú')).toBe('Dưới mức bình quân chung của tỉnh');
    expect(byName.get('Tổng cộng')?.slice(3, 6)).toEqual([200 * T, 220 * T, 95 * T]);

    const sources = sheet(sheets, 'Theo nguồn vốn');
    const src = table(sources);
    // Groups in bold, their sources indented under them; the total in bold.
    const line = (code: string) => sources.rows.findIndex((r) => r[0] === code) + 1;
    expect(sources.look(line('NSDP'), 2)).toEqual({ bold: true, indent: 0 });
    expect(sources.look(line('NSDP.CANDOI'), 2)).toEqual({ bold: false, indent: 1 });
    expect(sources.look(sources.rows.length, 3).bold).toBe(true);
    expect(sources.look(line('NSDP.CANDOI'), 3)).toEqual({ bold: false, indent: 0 });
    const byCode = new Map(src.rows.map((r) => [src.cell(r, 'Mã nguồn vốn'), r]));
    expect(byCode.get('NSDP')?.slice(2, 5)).toEqual([150 * T, 170 * T, 85 * T]);
    expect(byCode.get('NSDP.CANDOI')?.slice(2, 5)).toEqual([110 * T, 130 * T, 55 * T]);
    expect(byCode.get('NSDP.XSKT')?.[6]).toBeCloseTo(75);
    expect(byCode.get('NSTW.TRONGNUOC')?.[5]).toBeCloseTo(20);
    expect(src.rows.at(-1)?.slice(1, 5)).toEqual([
      'Tổng số vốn đầu tư công',
      200 * T,
      220 * T,
      95 * T,
    ]);
  });

  it('counts only what was assigned and paid by the report date', async () => {
    const t = table(
      sheet(
        await readWorkbook((await annex({ year: 2023, at: '2023-06-30' })).bytes),
        'Giải ngân theo dự án',
      ),
    );
    expect(t.rows.at(-1)?.slice(5, 8)).toEqual([200 * T, 220 * T, 90 * T]);
    // The clinic's advance of 01/7 is not paid yet on 30/6: nothing to recover, nothing disbursed.
    expect(t.rows[2]?.[7]).toBe(0);
    expect(String(t.cell(t.rows[2] ?? [], 'Ghi chú'))).not.toContain('Tạm ứng');
  });

  it('refuses a province with no plan, a date outside the plan year, an unknown province', async () => {
    const empty = await annex({ province: 'B', year: 2023, at: '2023-07-10' }).catch(
      (e: unknown) => e,
    );
    expect(refusal(empty)).toBe('REPORT_NO_DATA:year');
    expect(isAppError(empty) && empty.params.reason).toContain('Tỉnh Thử B');
    expect(refusal(await annex({ year: 2022, at: '2023-07-10' }).catch((e: unknown) => e))).toBe(
      'REPORT_NO_DATA:year',
    );
    expect(refusal(await annex({ year: 2023, at: '2025-01-10' }).catch((e: unknown) => e))).toBe(
      'FIELD_INVALID:at',
    );
    expect(
      refusal(await annex({ province: 'KHONG-CO', year: 2023 }).catch((e: unknown) => e)),
    ).toBe('UNKNOWN_UNIT:province');
  });
});
