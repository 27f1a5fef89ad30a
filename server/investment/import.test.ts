import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { AppError } from '../platform/errors';
import { renderError } from '../platform/render-error';
import { importCapitalPlans, PLAN_IMPORT_COLUMNS as P } from './import-capital-plans';
import { importDisbursements, DISBURSEMENT_IMPORT_COLUMNS as D } from './import-disbursements';
import { investmentDashboard } from './investment-dashboard';
import { buildProject, TY } from './testing/investment-factories';

let ctx: TestContext;
let t: TestProvince;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  t = await buildProvince(ctx, 'T');
  await buildProject(ctx, { province: 'T', investor: t.skhdt.code, code: 'DA-01' });
  await buildProject(ctx, { province: 'T', investor: t.stc.code, code: 'DA-02' });
});
afterAll(async () => ctx.cleanup());

async function book(header: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(['BIỂU NHẬP SỐ LIỆU ĐẦU TƯ CÔNG']);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const count = async (table: 'capital_plans' | 'disbursements') =>
  Number(
    (
      await ctx.db.q
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function refusal(p: Promise<unknown>): Promise<{ code: string; lines: string[] }> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const body = renderError(e, 'vi');
    return { code: body.code, lines: (body.details ?? []).map((d) => d.message) };
  }
  throw new Error('the import was not refused');
}

const PLAN_HEADER = ['STT', P.project, P.source, P.year, P.pm, P.local, P.assignedOn, P.decision];
const goodPlans = [
  [1, 'DA-01', 'NSDP.CANDOI', 2023, 100 * TY, 120 * TY, '20/12/2022', '2735/QĐ-UBND'],
  [2, 'DA-02', 'NSTW.TRONGNUOC', 2023, 50 * TY, 50 * TY, '20/12/2022', '2735/QĐ-UBND'],
  [3, 'DA-02', 'NSDP.TANGTHU', 2023, 0, '10.000.000.000', '15/05/2023', '900/QĐ-UBND'],
];

describe('importCapitalPlans', () => {
  it('refuses a file with bad rows, naming row and column in Vietnamese; nothing is written', async () => {
    const r = await refusal(
      importCapitalPlans(ctx, {
        actor: SYSTEM_ACTOR,
        fileName: 'kh.xlsx',
        province: 'T',
        bytes: await book(PLAN_HEADER, [
          ...goodPlans,
          [4, 'DA-01', 'NSDP.XSKT', 2023, 'một trăm tỷ', 100, '20/12/2022', null],
          [5, 'DA-99', 'NSDP.XSKT', 2023, 1, 1, '20/12/2022', null],
          [6, 'DA-01', 'NSDP.KHONGCO', 2023, 1, 1, '20/12/2022', null],
          [7, 'DA-01', 'NSDP.CANDOI', 2023, 5, 5, '20/12/2022', null],
          [8, 'DA-01', 'NSDP.BOICHI', 2023, 5, 5, '01/03/2024', null],
        ]),
      }),
    );
    expect(r.code).toBe('IMPORT_FAILED');
    expect(r.lines).toEqual([
      `Dòng 6, cột "${P.pm}": "một trăm tỷ" không phải là số tiền (đồng)`,
      `Dòng 7, cột "${P.project}": không có dự án mã "DA-99" trong Tỉnh Thử T`,
      `Dòng 8, cột "${P.source}": không có nguồn vốn mã "NSDP.KHONGCO"`,
      `Dòng 9, cột "${P.project}": trùng với dòng 3 (cùng dự án, nguồn vốn và năm kế hoạch)`,
      `Dòng 10, cột "${P.assignedOn}": ngày 01/3/2024 nằm ngoài thời gian giao kế hoạch năm 2023 (01/01/2022 – 31/01/2024)`,
    ]);
    expect(await count('capital_plans')).toBe(0);
  });

  it('imports a clean file entirely, with one audit entry for the file', async () => {
    const auditBefore = await ctx.db.q.selectFrom('audit_log').select('seq').execute();
    const done = await importCapitalPlans(ctx, {
      actor: SYSTEM_ACTOR,
      fileName: 'kh.xlsx',
      province: 'T',
      bytes: await book(PLAN_HEADER, goodPlans),
    });
    expect(done).toMatchObject({ imported: 3, pmAmount: 150 * TY, localAmount: 180 * TY });
    expect(await count('capital_plans')).toBe(3);
    const entries = await ctx.db.q
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('seq', '>', auditBefore.length)
      .execute();
    expect(entries.map((e) => e.action)).toEqual(['investment.plan_import']);
    expect(JSON.parse(entries[0]?.details ?? '{}')).toMatchObject({ rows: 3, writes: 3 });
    const again = await refusal(
      importCapitalPlans(ctx, {
        actor: SYSTEM_ACTOR,
        fileName: 'kh.xlsx',
        province: 'T',
        bytes: await book(PLAN_HEADER, goodPlans.slice(0, 1)),
      }),
    );
    expect(again.lines[0]).toContain('đã có kế hoạch vốn năm 2023');
  });
});

const PAY_HEADER = [
  'STT',
  D.project,
  D.source,
  D.year,
  D.paidOn,
  D.kind,
  D.amount,
  D.recovered,
  D.voucher,
  D.note,
];
const goodPayments = [
  [1, 'DA-01', 'NSDP.CANDOI', 2023, '10/02/2023', 'Tạm ứng', 30 * TY, null, 'KB-001', null],
  [2, 'DA-01', 'NSDP.CANDOI', 2023, '15/04/2023', 'Thanh toán', 50 * TY, 30 * TY, 'KB-002', null],
  [
    3,
    'DA-02',
    'NSTW.TRONGNUOC',
    2023,
    '20/01/2024',
    'thanh toan',
    '5.000.000.000',
    null,
    'KB-003',
    'Tháng 13',
  ],
];

describe('importDisbursements', () => {
  it('refuses one bad row of each kind and imports nothing', async () => {
    const bad: Array<[unknown[], string]> = [
      [
        [9, 'DA-01', 'NSDP.CANDOI', 2023, '01/03/2023', 'Thanh toán', 'ba tỷ', null, null, null],
        `cột "${D.amount}": "ba tỷ" không phải là số tiền (đồng)`,
      ],
      [
        [9, 'DA-01', 'NSDP.CANDOI', 2023, '01/03/2023', 'Thanh toán', -5 * TY, null, null, null],
        `cột "${D.amount}": số tiền không được âm (-5000000000)`,
      ],
      [
        [9, 'DA-01', 'NSDP.CANDOI', 2023, '15/02/2024', 'Thanh toán', TY, null, null, null],
        `cột "${D.paidOn}": ngày 15/02/2024 nằm ngoài thời gian giải ngân kế hoạch năm 2023 (01/01/2023 – 31/01/2024)`,
      ],
      [goodPayments[1] ?? [], `cột "${D.project}": dòng trùng với dòng 4`],
      [
        [9, 'DA-77', 'NSDP.CANDOI', 2023, '01/03/2023', 'Thanh toán', TY, null, null, null],
        `cột "${D.project}": không có dự án mã "DA-77" trong Tỉnh Thử T`,
      ],
      [
        [9, 'DA-01', 'NSDP.XYZ', 2023, '01/03/2023', 'Thanh toán', TY, null, null, null],
        `cột "${D.source}": không có nguồn vốn mã "NSDP.XYZ"`,
      ],
    ];
    for (const [row, message] of bad) {
      const r = await refusal(
        importDisbursements(ctx, {
          actor: SYSTEM_ACTOR,
          fileName: 'gn.xlsx',
          province: 'T',
          bytes: await book(PAY_HEADER, [...goodPayments, row]),
        }),
      );
      expect(r.code).toBe('IMPORT_FAILED');
      expect(r.lines).toEqual([`Dòng 6, ${message}`]);
      expect(await count('disbursements')).toBe(0);
    }
  });

  it('reports a cumulative problem found while writing, by row, and writes nothing', async () => {
    const r = await refusal(
      importDisbursements(ctx, {
        actor: SYSTEM_ACTOR,
        fileName: 'gn.xlsx',
        province: 'T',
        bytes: await book(PAY_HEADER, [
          ...goodPayments,
          [
            4,
            'DA-01',
            'NSDP.CANDOI',
            2023,
            '20/05/2023',
            'Thanh toán',
            10 * TY,
            10 * TY,
            'KB-004',
            null,
          ],
        ]),
      }),
    );
    expect(r.code).toBe('IMPORT_FAILED');
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toBe(
      'Dòng 6, cột "Thu hồi tạm ứng": số thu hồi tạm ứng (10.000.000.000 đồng) vượt số tạm ứng chưa thu hồi (0 đồng) hoặc số tiền thanh toán.',
    );
    expect(await count('disbursements')).toBe(0);
  });

  it('imports a clean file entirely, the January row for the previous plan year, with one audit entry', async () => {
    const ticks: number[] = [];
    const done = await importDisbursements(ctx, {
      actor: SYSTEM_ACTOR,
      fileName: 'gn.xlsx',
      province: 'T',
      bytes: await book(PAY_HEADER, goodPayments),
      onProgress: (n) => ticks.push(n),
    });
    expect(done).toMatchObject({ imported: 3, netAmount: 55 * TY });
    // Progress is reported per written batch of up to 200 rows: one batch here.
    expect(ticks).toEqual([3]);
    expect(await count('disbursements')).toBe(3);
    const rows = await ctx.db.q
      .selectFrom('disbursements')
      .select(['plan_year', 'period_month', 'voucher_ref'])
      .orderBy('paid_on')
      .execute();
    expect(rows.map((r) => [r.voucher_ref, r.plan_year, r.period_month])).toEqual([
      ['KB-001', 2023, 2],
      ['KB-002', 2023, 4],
      ['KB-003', 2023, 13],
    ]);
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'investment.disbursement%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['investment.disbursement_import']);
    const d = await investmentDashboard(ctx, {
      actor: SYSTEM_ACTOR,
      input: { province: 'T', at: '2024-01-31', year: 2023 },
    });
    expect(d.provincial.disbursed).toBe(55 * TY);
    const again = await refusal(
      importDisbursements(ctx, {
        actor: SYSTEM_ACTOR,
        fileName: 'gn.xlsx',
        province: 'T',
        bytes: await book(PAY_HEADER, goodPayments.slice(2)),
      }),
    );
    expect(again.lines[0]).toContain('chứng từ "KB-003"');
  });
});
