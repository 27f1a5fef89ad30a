/**
 * The task-status annex on a small province: the VPCP table by lead unit and
 * by leader, the task list with its source document, coordinating units,
 * status and days late, the overdue list, and the refusals (no task yet, a
 * date that is none).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { buildProvince, type TestProvince } from '../../testing/factories';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { isAppError } from '../../platform/errors';
import { createTask } from '../../tasks/create-task';
import { completeTask } from '../../tasks/complete-task';
import { issueDocument } from '../../documents/issue-document';
import { createPerson } from '../../organisation/people';
import { tasksAnnex } from './tasks-annex';
import { readWorkbook, sheet, table } from './testing/read-workbook';

let ctx: TestContext;
let p: TestProvince;
const actor = SYSTEM_ACTOR;
const refusal = (e: unknown) =>
  isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
  const leader = await createPerson(ctx, { actor, input: { fullName: 'Trần Văn Phó' } });
  const source = await issueDocument(ctx, {
    actor,
    input: {
      issuer: p.ubnd.code,
      type: 'TB',
      summary: 'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban',
      issueDate: '2023-05-20',
    },
  });
  const task = (input: Parameters<typeof createTask>[1]['input']) =>
    createTask(ctx, {
      actor,
      input: { assigningUnit: p.ubnd.id, assignedOn: '2023-05-25', ...input },
    });
  // Open and overdue since 30/6: 10 days late on 10/7.
  await task({
    content: 'Trình đề án phát triển đô thị',
    leadUnit: p.skhdt.id,
    coordinatingUnits: [p.stc.id],
    sourceDocumentId: source.id,
    itemLabel: '2',
    leader: leader.id,
    deadline: '2023-06-30',
  });
  await task({ content: 'Rà soát kế hoạch vốn', leadUnit: p.stc.id, deadline: '2023-07-31' });
  const late = await task({
    content: 'Báo cáo tình hình thu ngân sách',
    leadUnit: p.skhdt.id,
    deadline: '2023-05-31',
  });
  await completeTask(ctx, { actor, input: { taskId: late.id, completedOn: '2023-06-05' } });
  const onTime = await task({
    content: 'Tổng hợp ý kiến cử tri',
    leadUnit: p.stc.id,
    deadline: '2023-06-30',
  });
  await completeTask(ctx, { actor, input: { taskId: onTime.id, completedOn: '2023-06-20' } });
  await task({ content: 'Theo dõi giá cả thị trường', leadUnit: p.stc.id, deadline: null });
});
afterAll(async () => ctx.cleanup());

describe('the task-status annex', () => {
  it('prints the VPCP table by lead unit with totals and the on-time rate', async () => {
    const file = await tasksAnnex(ctx, { actor, input: { at: '2023-07-10' } });
    expect(file.fileName).toBe('nhiem-vu-2023-07-10.xlsx');
    const sheets = await readWorkbook(file.bytes);
    expect(sheets.map((s) => s.name)).toEqual([
      'Nhiệm vụ (mẫu VPCP)',
      'Danh sách nhiệm vụ',
      'Nhiệm vụ quá hạn',
    ]);
    const s = sheet(sheets, 'Nhiệm vụ (mẫu VPCP)');
    expect(s.rows[0]?.[0]).toBe('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO');
    expect(String(s.rows[1]?.[0])).toContain('10/7/2023');
    expect(s.frozenRows).toBe(3);
    const t = table(s);
    expect(t.headers).toEqual([
      'STT',
      'Đơn vị chủ trì',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Chưa hoàn thành, trong hạn',
      'Chưa hoàn thành, quá hạn',
      'Không có thời hạn (thường xuyên)',
      'Tổng số',
      'Tỷ lệ đúng hạn (%)',
    ]);
    const byUnit = new Map(t.rows.map((r) => [t.cell(r, 'Đơn vị chủ trì'), r]));
    const stc = byUnit.get('Sở Tài chính') ?? [];
    expect(stc.slice(2, 8)).toEqual([1, 0, 1, 0, 1, 3]);
    // Of the 2 tasks of the Sở KH&ĐT that have come due, none was done on time.
    expect(byUnit.get('Sở Kế hoạch và Đầu tư')?.slice(2, 9)).toEqual([0, 1, 0, 1, 0, 2, 0]);
    const total = t.rows.at(-1) ?? [];
    expect(total.slice(1, 8)).toEqual(['Tổng cộng', 1, 1, 1, 1, 1, 5]);
    // On time ÷ (done on time + done late + open overdue) = 1 ÷ 3.
    expect(total[8]).toBeCloseTo(100 / 3);
    expect(s.format(s.rows.length, 9)).toBe('0.00');
    expect(s.widths[1]).toBeGreaterThanOrEqual(30);
  });

  it('lists every task with its source, units, deadline, status and days late', async () => {
    const sheets = await readWorkbook(
      (await tasksAnnex(ctx, { actor, input: { at: '2023-07-10' } })).bytes,
    );
    const t = table(sheet(sheets, 'Danh sách nhiệm vụ'));
    expect(t.headers).toEqual([
      'STT',
      'Nội dung nhiệm vụ',
      'Văn bản giao',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      'Tình trạng',
      'Số ngày quá hạn',
    ]);
    expect(t.rows).toHaveLength(5);
    const row = (content: string) =>
      t.rows.find((r) => t.cell(r, 'Nội dung nhiệm vụ') === content) ?? [];
    const overdue = row('Trình đề án phát triển đô thị');
    expect(t.cell(overdue, 'Văn bản giao')).toBe('01/TB-UBND, mục 2');
    expect(t.cell(overdue, 'Đơn vị phối hợp')).toBe('Sở Tài chính');
    expect(t.cell(overdue, 'Thời hạn')).toBe('2023-06-30');
    expect(t.cell(overdue, 'Tình trạng')).toBe('Chưa hoàn thành, quá hạn');
    expect(t.cell(overdue, 'Số ngày quá hạn')).toBe(10);
    expect(t.cell(row('Báo cáo tình hình thu ngân sách'), 'Số ngày quá hạn')).toBe(5);
    expect(t.cell(row('Tổng hợp ý kiến cử tri'), 'Số ngày quá hạn')).toBeNull();
    expect(t.cell(row('Theo dõi giá cả thị trường'), 'Thời hạn')).toBe('Thường xuyên');
    // By deadline, standing tasks last; numbered from 1.
    expect(t.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
    expect(t.rows.at(-1)?.[1]).toBe('Theo dõi giá cả thị trường');
    const o = table(sheet(sheets, 'Nhiệm vụ quá hạn'));
    expect(o.rows).toEqual([
      [1, 'Trình đề án phát triển đô thị', 'Sở Kế hoạch và Đầu tư', '2023-06-30', 10],
    ]);
  });

  it('groups by leader in charge and judges every status at the report date', async () => {
    const sheets = await readWorkbook(
      (await tasksAnnex(ctx, { actor, input: { at: '2023-06-15', by: 'leader' } })).bytes,
    );
    const t = table(sheet(sheets, 'Nhiệm vụ (mẫu VPCP)'));
    expect(t.headers[1]).toBe('Lãnh đạo phụ trách');
    const leader = t.rows.find((r) => r[1] === 'Trần Văn Phó') ?? [];
    // On 15/6 the task due 30/6 is still within its deadline.
    expect(leader.slice(2, 8)).toEqual([0, 0, 1, 0, 0, 1]);
    expect(t.rows.some((r) => r[1] === 'Chưa giao lãnh đạo phụ trách')).toBe(true);
    const none = table(sheet(sheets, 'Nhiệm vụ quá hạn')).rows;
    expect(none).toHaveLength(1);
    expect(none[0]?.[0]).toBe('Không có nhiệm vụ quá hạn.');
  });

  it('refuses a date before any task was assigned, and a date that is none', async () => {
    const early = await tasksAnnex(ctx, { actor, input: { at: '2023-01-01' } }).catch(
      (e: unknown) => e,
    );
    expect(refusal(early)).toBe('REPORT_NO_DATA:at');
    expect(isAppError(early) && early.params.period).toBe('đến ngày 01/01/2023');
    const impossible = await tasksAnnex(ctx, { actor, input: { at: '2023-02-30' } }).catch(
      (e: unknown) => e,
    );
    expect(refusal(impossible)).toMatch(/^[A-Z_]+:at$/);
  });
});
