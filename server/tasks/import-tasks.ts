import { createHash } from 'node:crypto';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError, isAppError, type ErrorDetail } from '../platform/errors';
import { cellDate, cellText, readSheet } from '../platform/xlsx';
import { parseInput } from '../platform/validation';
import { recordAudit, withAuditBatch } from '../audit/record-audit';
import { defaultProvincialCommittee } from '../organisation/province';
import { resolveUnit } from '../organisation/unit-queries';
import { authorize } from '../access/policy';
import { symbolKey } from '../../shared/documents/symbol';
import { viFold } from '../../shared/vi/text';
import { createTaskInput, insertTaskTree } from './create-task';

/**
 * The XLSX template for importing open tasks (docs/IMPORT.md). The header row
 * must contain these columns; "Đơn vị phối hợp" lists units separated by ";".
 */
export const TASK_IMPORT_COLUMNS = {
  content: 'Nội dung nhiệm vụ',
  source: 'Văn bản giao',
  item: 'Mục',
  lead: 'Đơn vị chủ trì',
  coordinating: 'Đơn vị phối hợp',
  leader: 'Lãnh đạo phụ trách',
  deadline: 'Thời hạn',
  output: 'Sản phẩm',
} as const;

/**
 * Imports open tasks from the documented XLSX template. All or nothing: every
 * row is validated (units resolved, the source document found by its số, ký
 * hiệu, dates real) and every problem reported by row and column; then all
 * rows are written in one transaction with one audit entry for the file.
 */
export async function importTasks(
  ctx: AppContext,
  opts: {
    actor: Actor;
    fileName: string;
    bytes: Uint8Array;
    /** The assigning authority of every imported task; defaults to the province's UBND. */
    assigningUnit?: number | string | undefined;
    onProgress?: ((done: number, total: number) => void) | undefined;
  },
): Promise<{ imported: number; sha256: string }> {
  const C = TASK_IMPORT_COLUMNS;
  const sheet = await readSheet(opts.bytes, [C.content, C.lead, C.deadline]);
  const col = (label: string) => sheet.headers.findIndex((h) => viFold(h).includes(viFold(label)));
  const sha256 = createHash('sha256').update(opts.bytes).digest('hex');
  const errors: ErrorDetail[] = [];
  const bad = (row: number, column: string, reason: string) =>
    errors.push({ code: 'IMPORT_CELL_INVALID', row, column, params: { reason } });
  const today = ctx.clock.today();
  const committee = opts.assigningUnit
    ? await resolveUnit(ctx.db.q, opts.assigningUnit, { asOf: today, field: 'assigningUnit' })
    : await defaultProvincialCommittee(ctx.db.q, today);
  authorize(opts.actor, 'task.manage', { unitPaths: [committee.path] });
  const planned: Array<{ row: number; input: unknown }> = [];
  for (const r of sheet.rows) {
    const cell = (label: string) => (col(label) < 0 ? null : (r.cells[col(label)] ?? null));
    const content = cellText(cell(C.content));
    const lead = cellText(cell(C.lead));
    const deadline = cellDate(cell(C.deadline));
    const sourceText = cellText(cell(C.source));
    if (!content) bad(r.row, C.content, 'bắt buộc');
    if (!lead) bad(r.row, C.lead, 'bắt buộc (đúng một đơn vị chủ trì)');
    else if (/[;,]/.test(lead)) bad(r.row, C.lead, 'chỉ được một đơn vị chủ trì');
    if (deadline && !deadline.ok) bad(r.row, C.deadline, deadline.reason);
    let sourceDocumentId: number | null = null;
    if (sourceText) {
      const doc = await ctx.db.q
        .selectFrom('documents')
        .select('id')
        .where('number_symbol_key', '=', symbolKey(sourceText))
        .executeTakeFirst();
      if (!doc) bad(r.row, C.source, `không có văn bản "${sourceText}" trong sổ`);
      else sourceDocumentId = doc.id;
    }
    const coordinating = (cellText(cell(C.coordinating)) ?? '')
      .split(/[;\n]+/)
      .map((x) => x.trim())
      .filter(Boolean);
    planned.push({
      row: r.row,
      input: {
        content,
        leadUnit: lead,
        coordinatingUnits: coordinating,
        deadline: deadline?.ok ? deadline.value : null,
        sourceDocumentId,
        itemLabel: cellText(cell(C.item)),
        leader: cellText(cell(C.leader)),
        expectedOutput: cellText(cell(C.output)),
        assigningUnit: committee.id,
      },
    });
  }
  if (sheet.rows.length === 0) bad(sheet.headerRow + 1, C.content, 'tệp không có dòng dữ liệu nào');
  if (errors.length > 0)
    throw new AppError('IMPORT_FAILED', { params: { count: errors.length }, details: errors });
  const columnOf: Record<string, string> = {
    content: C.content,
    leadUnit: C.lead,
    deadline: C.deadline,
    sourceDocumentId: C.source,
    leader: C.leader,
    itemLabel: C.item,
    expectedOutput: C.output,
  };
  await ctx.db.write(async (tx) => {
    const { writes } = await withAuditBatch(async () => {
      for (const [i, p] of planned.entries()) {
        try {
          await insertTaskTree(ctx, tx, opts.actor, parseInput(createTaskInput, p.input));
        } catch (e) {
          if (!isAppError(e)) throw e;
          const field = e.field ?? '';
          const column =
            columnOf[field] ?? (field.startsWith('coordinatingUnits') ? C.coordinating : C.content);
          throw new AppError('IMPORT_FAILED', {
            params: { count: 1 },
            details: [
              {
                code: e.code,
                row: p.row,
                column,
                ...(e.field ? { field: e.field } : {}),
                params: e.params,
              },
            ],
          });
        }
        if ((i + 1) % 50 === 0 || i + 1 === planned.length)
          opts.onProgress?.(i + 1, planned.length);
      }
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor: opts.actor,
      action: 'task.import',
      entity: 'tasks',
      details: { fileName: opts.fileName, sha256, rows: planned.length, writes },
    });
  });
  return { imported: planned.length, sha256 };
}
