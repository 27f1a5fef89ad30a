/**
 * The register books of a period: the outgoing book with the ND 30 Phụ lục IV
 * Mục I columns (the filed-copy line apart, corrections and urgency in the
 * notes, classified entries only for those who may read them), the incoming
 * book (Mục VI) by arrival with its handling book (Mục VIII: deadline,
 * progress, reply), and the refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { buildProvince, type TestProvince } from '../../testing/factories';
import { SYSTEM_ACTOR, type UserActor } from '../../platform/actor';
import { isAppError } from '../../platform/errors';
import { issueDocument } from '../../documents/issue-document';
import { correctDocument } from '../../documents/correct-document';
import { registerIncomingDocument } from '../../documents/record-received-document';
import { directIncomingDocument } from '../../tasks/direct-incoming';
import { completeTask } from '../../tasks/complete-task';
import { importRegister } from '../../documents/import-register';
import { userActor } from '../../indicators/testing/kit';
import { registerAnnex } from './register-annex';
import { readWorkbook, sheet, table } from './testing/read-workbook';

let ctx: TestContext;
let t: TestProvince;
let u: TestProvince;
let viewer: UserActor;
let outsider: UserActor;
const actor = SYSTEM_ACTOR;
const refusal = (e: unknown) =>
  isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);
const JULY = { from: '2023-07-01', to: '2023-07-31' } as const;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  u = await buildProvince(ctx, 'U');
  t = await buildProvince(ctx, 'T');
  viewer = await userActor(ctx, { username: 'xem', role: 'viewer', unit: t.ubnd.code, scope: 'T' });
  outsider = await userActor(ctx, {
    username: 'ngoai',
    role: 'viewer',
    unit: u.ubnd.code,
    scope: 'U',
  });
  const issue = (input: Omit<Parameters<typeof issueDocument>[1]['input'], 'issuer'>) =>
    issueDocument(ctx, { actor, input: { issuer: t.ubnd.code, ...input } });
  await issue({ type: 'QD', summary: 'Về việc phê duyệt kế hoạch', issueDate: '2023-06-30' });
  await issue({
    type: 'QD',
    summary: 'Về việc giao kế hoạch vốn đầu tư công năm 2023',
    issueDate: '2023-07-03',
    signer: 'Nguyễn Văn Chủ',
    recipients: ['Như Điều 3;', 'Sở Tài chính;', 'Lưu: VT, KT.'],
    copyCount: 5,
  });
  const letter = await issue({
    type: 'CV',
    fieldCode: 'KT',
    summary: 'V/v đôn đốc giải ngân',
    issueDate: '2023-07-05',
    urgency: 'khan',
  });
  await correctDocument(ctx, {
    actor,
    input: { kind: 'recall', documentId: letter.id, reason: 'Ban hành nhầm' },
  });
  await issue({
    type: 'BC',
    summary: 'Tình hình an ninh',
    issueDate: '2023-07-06',
    secrecy: 'mat',
  });

  const incoming = (input: {
    numberSymbol: string;
    issueDate: string;
    summary: string;
    arrivalDate: string;
    issuerName?: string;
  }) =>
    registerIncomingDocument(ctx, {
      actor,
      input: { register: t.ubnd.id, issuerName: 'Bộ Tài chính', type: 'CV', ...input },
    });
  await incoming({
    numberSymbol: '900/BTC-NSNN',
    issueDate: '2023-06-10',
    summary: 'V/v cũ',
    arrivalDate: '2023-06-20',
  });
  const asked = await incoming({
    numberSymbol: '1234/BTC-NSNN',
    issueDate: '2023-07-01',
    summary: 'V/v báo cáo tình hình giải ngân',
    arrivalDate: '2023-07-03',
  });
  await incoming({
    numberSymbol: '77/BKHĐT-TH',
    issuerName: 'Bộ Kế hoạch và Đầu tư',
    issueDate: '2023-07-02',
    summary: 'V/v lấy ý kiến',
    arrivalDate: '2023-07-04',
  });
  const handling = await directIncomingDocument(ctx, {
    actor,
    input: { documentId: asked.id, leadUnit: t.skhdt.id, deadline: '2023-07-20' },
  });
  const reply = await issue({
    type: 'BC',
    summary: 'Tình hình giải ngân vốn đầu tư công',
    issueDate: '2023-07-07',
  });
  await completeTask(ctx, {
    actor,
    input: { taskId: handling.id, completedOn: '2023-07-07', resultDocumentId: reply.id },
  });
});
afterAll(async () => ctx.cleanup());

describe('the outgoing register book', () => {
  it('prints the ND 30 Phụ lục IV Mục I columns for the period', async () => {
    const file = await registerAnnex(ctx, { actor, input: { direction: 'outgoing', ...JULY } });
    expect(file.fileName).toBe('so-van-ban-di-2023-07-01-2023-07-31.xlsx');
    const sheets = await readWorkbook(file.bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Sổ văn bản đi']);
    const s = sheet(sheets, 'Sổ văn bản đi');
    expect(s.rows[0]?.[0]).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(s.rows[1]?.[0]).toBe(
      '(Ủy ban nhân dân tỉnh Thử T — từ ngày 01/7/2023 đến ngày 31/7/2023)',
    );
    // Title, header and the column-number row stay on screen.
    expect(s.frozenRows).toBe(4);
    expect(s.rows[3]?.slice(0, 3)).toEqual(['(1)', '(2)', '(3)']);
    const r = table(s);
    expect(r.headers).toEqual([
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
    ]);
    expect(r.rows.map((x) => x[0])).toEqual([
      '02/QĐ-UBND',
      '01/UBND-KT',
      '01/BC-UBND',
      '01/BC-UBND',
    ]);
    const decision = r.rows[0] ?? [];
    expect(decision.slice(1, 7)).toEqual([
      '2023-07-03',
      'Quyết định Về việc giao kế hoạch vốn đầu tư công năm 2023',
      'Nguyễn Văn Chủ',
      'Như Điều 3;\nSở Tài chính;',
      'VT, KT',
      5,
    ]);
    expect(s.format(s.frozenRows + 1, 2)).toBe('dd/mm/yyyy');
    const letter = r.rows[1] ?? [];
    expect(r.cell(letter, 'Tên loại và trích yếu nội dung văn bản')).toBe('V/v đôn đốc giải ngân');
    expect(r.cell(letter, 'Ghi chú')).toBe('Đã thu hồi; Khẩn');
    // Classified documents take numbers of their own series (both are 01/BC-UBND).
    expect(r.cell(r.rows[2] ?? [], 'Ghi chú')).toBe('Mật');
    expect(r.cell(r.rows[3] ?? [], 'Ghi chú')).toBeNull();
  });

  it('leaves classified entries out for a role that may not read them', async () => {
    const sheets = await readWorkbook(
      (await registerAnnex(ctx, { actor: viewer, input: { direction: 'outgoing', ...JULY } }))
        .bytes,
    );
    const r = table(sheet(sheets, 'Sổ văn bản đi'));
    expect(r.rows.map((x) => x[0])).toEqual(['02/QĐ-UBND', '01/UBND-KT', '01/BC-UBND']);
  });

  it('is a file the register import reads back', async () => {
    const file = await registerAnnex(ctx, {
      actor: viewer,
      input: { direction: 'outgoing', ...JULY },
    });
    const imported = await importRegister(ctx, {
      actor,
      input: { register: u.ubnd.id, fileName: file.fileName },
      bytes: file.bytes,
    });
    expect(imported).toMatchObject({ kind: 'outgoing', imported: 3, sheet: 'Sổ văn bản đi' });
    const again = await registerAnnex(ctx, {
      actor,
      input: { direction: 'outgoing', ...JULY, register: u.ubnd.id },
    });
    const r = table(sheet(await readWorkbook(again.bytes), 'Sổ văn bản đi'));
    expect(r.rows.map((x) => x.slice(0, 4))).toEqual([
      [
        '02/QĐ-UBND',
        '2023-07-03',
        'Quyết định Về việc giao kế hoạch vốn đầu tư công năm 2023',
        'Nguyễn Văn Chủ',
      ],
      ['01/UBND-KT', '2023-07-05', 'V/v đôn đốc giải ngân', null],
      ['01/BC-UBND', '2023-07-07', 'Báo cáo Tình hình giải ngân vốn đầu tư công', null],
    ]);
  });
});

describe('the incoming register book', () => {
  it('prints Mục VI by arrival and the handling book of Mục VIII', async () => {
    const file = await registerAnnex(ctx, {
      actor: viewer,
      input: { direction: 'incoming', ...JULY, register: 'T.UBND' },
    });
    const sheets = await readWorkbook(file.bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Sổ văn bản đến', 'Theo dõi giải quyết']);
    const r = table(sheet(sheets, 'Sổ văn bản đến'));
    expect(r.headers).toEqual([
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
    ]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]?.slice(0, 6)).toEqual([
      '2023-07-03',
      2,
      'Bộ Tài chính',
      '1234/BTC-NSNN',
      '2023-07-01',
      'V/v báo cáo tình hình giải ngân',
    ]);
    expect(r.cell(r.rows[0] ?? [], 'Đơn vị hoặc người nhận')).toBeTruthy();
    expect(r.rows[1]?.slice(0, 3)).toEqual(['2023-07-04', 3, 'Bộ Kế hoạch và Đầu tư']);

    const h = table(sheet(sheets, 'Theo dõi giải quyết'));
    expect(h.headers[3]).toBe('Thời hạn giải quyết');
    const asked = h.rows[0] ?? [];
    expect(asked[1]).toBe(
      'Công văn 1234/BTC-NSNN ngày 01/7/2023 của Bộ Tài chính: V/v báo cáo tình hình giải ngân',
    );
    expect(h.cell(asked, 'Thời hạn giải quyết')).toBe('2023-07-20');
    expect(h.cell(asked, 'Tiến độ giải quyết')).toBe('Hoàn thành đúng hạn (ngày 07/7/2023)');
    expect(h.cell(asked, 'Số, ký hiệu văn bản trả lời')).toBe('01/BC-UBND');
    expect(h.cell(h.rows[1] ?? [], 'Tiến độ giải quyết')).toBeNull();
  });
});

describe('refusals', () => {
  it('refuses an empty period, a reversed period, a register outside the scope', async () => {
    const empty = await registerAnnex(ctx, {
      actor,
      input: { direction: 'incoming', from: '2023-01-01', to: '2023-01-31' },
    }).catch((e: unknown) => e);
    expect(refusal(empty)).toBe('REPORT_NO_DATA:from');
    expect(isAppError(empty) && empty.params.period).toBe('từ ngày 01/01/2023 đến ngày 31/01/2023');
    const reversed = await registerAnnex(ctx, {
      actor,
      input: { direction: 'outgoing', from: '2023-07-31', to: '2023-07-01' },
    }).catch((e: unknown) => e);
    expect(refusal(reversed)).toBe('DATE_RANGE_INVALID:to');
    const foreign = await registerAnnex(ctx, {
      actor: outsider,
      input: { direction: 'outgoing', ...JULY, register: t.ubnd.id },
    }).catch((e: unknown) => e);
    expect(refusal(foreign)).toBe('FORBIDDEN');
    const unknown = await registerAnnex(ctx, {
      actor,
      input: { direction: 'outgoing', ...JULY, register: 'KHONG-CO' },
    }).catch((e: unknown) => e);
    expect(refusal(unknown)).toBe('UNKNOWN_UNIT:register');
  });
});
