import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { issueDocument } from '../documents/issue-document';
import { importTasks, TASK_IMPORT_COLUMNS as C } from './import-tasks';

let ctx: TestContext;
let p: TestProvince;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx);
  await issueDocument(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      issuer: p.ubnd.code,
      type: 'TB',
      summary: 'Kết luận hội nghị',
      issueDate: '2023-06-20',
    },
  });
});
afterAll(async () => ctx.cleanup());

async function book(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow([
    'STT',
    C.content,
    C.source,
    C.item,
    C.lead,
    C.coordinating,
    C.leader,
    C.deadline,
    C.output,
  ]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const taskCount = async () =>
  Number(
    (
      await ctx.db.q
        .selectFrom('tasks')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('importTasks', () => {
  const good = [
    [
      1,
      'Tham mưu kế hoạch giải ngân',
      '01/TB-UBND',
      '1',
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính',
      null,
      '31/07/2023',
      'Báo cáo',
    ],
    [2, 'Rà soát nguồn thu', '01/TB-UBND', '2', 'STC', null, null, null, null],
  ];

  it('refuses a file with one bad row and names row and column; nothing is written', async () => {
    const before = await taskCount();
    const err = await importTasks(ctx, {
      actor: SYSTEM_ACTOR,
      fileName: 'nv.xlsx',
      bytes: await book([
        ...good,
        [3, 'Không có chủ trì', null, null, null, null, null, '31/02/2023', null],
        [4, 'Văn bản lạ', '99/XX-YY', null, 'STC', null, null, null, null],
      ]),
    }).catch((e: unknown) => e);
    expect(isAppError(err, 'IMPORT_FAILED')).toBe(true);
    if (isAppError(err)) {
      expect(err.details.map((d) => [d.row, d.column])).toEqual([
        [4, C.lead],
        [4, C.deadline],
        [5, C.source],
      ]);
    }
    expect(await taskCount()).toBe(before);
  });

  it('refuses a row whose unit is unknown at write time, naming the column', async () => {
    const err = await importTasks(ctx, {
      actor: SYSTEM_ACTOR,
      fileName: 'nv.xlsx',
      bytes: await book([...good, [3, 'X', null, null, 'Sở Không Có', null, null, null, null]]),
    }).catch((e: unknown) => e);
    expect(isAppError(err, 'IMPORT_FAILED') && err.details[0]).toMatchObject({
      code: 'UNKNOWN_UNIT',
      row: 4,
      column: C.lead,
    });
  });

  it('imports a clean file whole', async () => {
    const before = await taskCount();
    const result = await importTasks(ctx, {
      actor: SYSTEM_ACTOR,
      fileName: 'nv.xlsx',
      bytes: await book(good),
    });
    expect(result.imported).toBe(2);
    expect((await taskCount()) - before).toBe(2);
  });
});
