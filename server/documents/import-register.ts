import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError, isAppError, type ErrorDetail } from '../platform/errors';
import { parseInput } from '../platform/validation';
import {
  cellDate,
  cellInteger,
  cellText,
  readSheet,
  type CellValue,
  type SheetRows,
} from '../platform/xlsx';
import { DOC_TYPES } from '../../shared/documents/doc-types';
import { parseSymbol } from '../../shared/documents/symbol';
import { viFold } from '../../shared/vi/text';
import { getUnit } from '../organisation/unit-queries';
import { issueDocument, type IssueDocumentInput } from './issue-document';
import { registerIncomingDocument, type registerIncomingInput } from './record-received-document';
import { authorize } from '../access/policy';
import { recordAudit, withAuditBatch } from '../audit/record-audit';

/** Input of importRegister (the workbook's bytes travel beside it). */
export const importRegisterInput = z
  .object({ register: z.number().int().positive(), fileName: z.string().max(255) })
  .strict();

/** Result of a successful import. */
export interface ImportRegisterResult {
  kind: 'outgoing' | 'incoming';
  imported: number;
  sheet: string;
  sha256: string;
}

// ND 30/2020 Phụ lục IV: Mục I (sổ đăng ký văn bản đi) and Mục VI (sổ đăng ký văn bản đến).
const OUT = {
  numberSymbol: 'Số, ký hiệu',
  date: 'Ngày tháng',
  summary: 'Tên loại và trích yếu',
  signer: 'Người ký',
  recipients: 'Nơi nhận',
  copies: 'Số lượng bản',
  notes: 'Ghi chú',
} as const;
const IN = {
  arrivalDate: 'Ngày đến',
  arrivalNumber: 'Số đến',
  author: 'Tác giả',
  numberSymbol: 'Số, ký hiệu',
  date: 'Ngày tháng',
  summary: 'Tên loại và trích yếu',
  receiver: 'Đơn vị hoặc người nhận',
  notes: 'Ghi chú',
} as const;

type Row = { row: number; cells: CellValue[] };

/**
 * Imports an existing register from an XLSX file with the ND 30 Phụ lục IV
 * columns (outgoing or incoming register, told by its header). All or
 * nothing: every row is checked first and every problem is reported by row
 * and column; then all rows are written in one transaction, and a refusal of
 * any row (a duplicate, a number out of order) undoes the whole file.
 */
export async function importRegister(
  ctx: AppContext,
  opts: {
    actor: Actor;
    input: z.input<typeof importRegisterInput>;
    bytes: Uint8Array;
    onProgress?: ((done: number, total: number) => void) | undefined;
  },
): Promise<ImportRegisterResult> {
  const data = parseInput(importRegisterInput, opts.input);
  const register = await getUnit(ctx.db.q, data.register, ctx.clock.today());
  if (!register)
    throw new AppError('NOT_FOUND', {
      field: 'register',
      params: { entity: 'đơn vị', id: data.register },
    });
  authorize(opts.actor, 'document.write', { unitPaths: [register.path] });
  const sha256 = createHash('sha256').update(opts.bytes).digest('hex');
  let sheet: SheetRows;
  let kind: 'outgoing' | 'incoming';
  try {
    sheet = await readSheet(opts.bytes, [IN.arrivalNumber, IN.author, IN.numberSymbol]);
    kind = 'incoming';
  } catch (e) {
    if (!isAppError(e, 'IMPORT_BAD_FILE') || !String(e.params.reason).startsWith('không tìm thấy'))
      throw e;
    sheet = await readSheet(opts.bytes, [OUT.numberSymbol, OUT.date, OUT.summary, OUT.signer]);
    kind = 'outgoing';
  }
  const col = columnFinder(sheet.headers);
  const errors: ErrorDetail[] = [];
  const err = (row: number, column: string, reason: string) =>
    errors.push({ code: 'IMPORT_CELL_INVALID', row, column, params: { reason } });

  const planned: Array<{ row: number; run: () => Promise<unknown> }> = [];
  for (const r of sheet.rows) {
    if (kind === 'outgoing') {
      const input = outgoingRow(r, col, register, err);
      if (input)
        planned.push({ row: r.row, run: () => issueDocument(ctx, { actor: opts.actor, input }) });
    } else {
      const input = incomingRow(r, col, register.id, err);
      if (input)
        planned.push({
          row: r.row,
          run: () => registerIncomingDocument(ctx, { actor: opts.actor, input }),
        });
    }
  }
  if (sheet.rows.length === 0)
    err(
      sheet.headerRow + 1,
      kind === 'outgoing' ? OUT.numberSymbol : IN.numberSymbol,
      'tệp không có dòng dữ liệu nào',
    );
  if (errors.length > 0)
    throw new AppError('IMPORT_FAILED', { params: { count: errors.length }, details: errors });

  await ctx.db.write(async (tx) => {
    // One audit entry for the whole file (its hash and row counts), not one per row.
    const { writes } = await withAuditBatch(async () => {
      let done = 0;
      for (const p of planned) {
        try {
          await p.run();
        } catch (e) {
          if (!isAppError(e)) throw e;
          const column = fieldColumn(kind, e.field);
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
        done += 1;
        if (done % 50 === 0 || done === planned.length) opts.onProgress?.(done, planned.length);
      }
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor: opts.actor,
      action: 'document.import',
      entity: 'register',
      entityId: register.id,
      details: {
        fileName: data.fileName,
        sha256,
        kind,
        rows: planned.length,
        writes,
        sheet: sheet.sheetName,
      },
    });
  });
  return { kind, imported: planned.length, sheet: sheet.sheetName, sha256 };
}

function columnFinder(headers: string[]) {
  const folded = headers.map((h) => viFold(h));
  return (label: string): number => folded.findIndex((h) => h.includes(viFold(label)));
}

function cell(r: Row, index: number): CellValue {
  return index < 0 ? null : (r.cells[index] ?? null);
}

function outgoingRow(
  r: Row,
  col: (label: string) => number,
  register: { id: number; code: string; symbolCode: string | null },
  err: (row: number, column: string, reason: string) => void,
): IssueDocumentInput | null {
  const symbolText = cellText(cell(r, col(OUT.numberSymbol)));
  const date = cellDate(cell(r, col(OUT.date)));
  const text = cellText(cell(r, col(OUT.summary)));
  let result: IssueDocumentInput | null = null;
  if (!symbolText) err(r.row, OUT.numberSymbol, 'bắt buộc');
  if (!date) err(r.row, OUT.date, 'bắt buộc');
  else if (!date.ok) err(r.row, OUT.date, date.reason);
  if (!text) err(r.row, OUT.summary, 'bắt buộc');
  const copies = cellInteger(cell(r, col(OUT.copies)));
  if (copies && !copies.ok) err(r.row, OUT.copies, copies.reason);
  if (symbolText) {
    const parsed = parseSymbol(symbolText, {
      knownIssuers: register.symbolCode ? [register.symbolCode] : [],
    });
    if (!parsed.ok)
      err(r.row, OUT.numberSymbol, `"${symbolText}" không đúng thể thức (${parsed.error.message})`);
    else if (parsed.value.style === 'party')
      err(r.row, OUT.numberSymbol, 'văn bản của Đảng không cấp số trong sổ này');
    else if (register.symbolCode && parsed.value.issuerCode !== register.symbolCode) {
      err(
        r.row,
        OUT.numberSymbol,
        `ký hiệu "${parsed.value.issuerCode}" không phải của cơ quan có sổ (${register.symbolCode})`,
      );
    } else if (date?.ok && text && parsed.value.style === 'state') {
      const s = parsed.value;
      if (s.year !== undefined && Number(date.value.slice(0, 4)) !== s.year) {
        err(r.row, OUT.numberSymbol, `số mang năm ${s.year} nhưng ngày văn bản là ${date.value}`);
      }
      const { typeKey, summary } = splitTypeAndSummary(text, s.typeCode);
      const recipients = cellText(cell(r, col(OUT.recipients)));
      result = {
        issuer: register.id,
        register: register.id,
        regime: s.year !== undefined ? 'state_qppl' : 'state_admin',
        type: typeKey,
        fieldCode: s.typeCode ? null : (s.fieldCode ?? null),
        issueDate: date.value,
        number: s.number,
        summary,
        signer: cellText(cell(r, col(OUT.signer))),
        recipients: recipients
          ? recipients
              .split(/[;\n]+/)
              .map((x) => x.replace(/^[-–\s]+/, '').trim())
              .filter(Boolean)
          : [],
        copyCount: copies?.ok ? copies.value : null,
        notes: cellText(cell(r, col(OUT.notes))),
      };
    }
  }
  // A row with an error yields no input only when the error stops it being built; the
  // caller refuses the whole file whenever any error was reported.
  return result;
}

function incomingRow(
  r: Row,
  col: (label: string) => number,
  registerId: number,
  err: (row: number, column: string, reason: string) => void,
): z.input<typeof registerIncomingInput> | null {
  const arrivalDate = cellDate(cell(r, col(IN.arrivalDate)));
  const arrivalNumber = cellInteger(cell(r, col(IN.arrivalNumber)));
  const author = cellText(cell(r, col(IN.author)));
  const symbolText = cellText(cell(r, col(IN.numberSymbol)));
  const date = cellDate(cell(r, col(IN.date)));
  const text = cellText(cell(r, col(IN.summary)));
  let ok = true;
  const bad = (column: string, reason: string) => {
    ok = false;
    err(r.row, column, reason);
  };
  if (!arrivalDate) bad(IN.arrivalDate, 'bắt buộc');
  else if (!arrivalDate.ok) bad(IN.arrivalDate, arrivalDate.reason);
  if (arrivalNumber && !arrivalNumber.ok) bad(IN.arrivalNumber, arrivalNumber.reason);
  if (!author) bad(IN.author, 'bắt buộc');
  if (!symbolText) bad(IN.numberSymbol, 'bắt buộc');
  else {
    const parsed = parseSymbol(symbolText);
    if (!parsed.ok)
      bad(IN.numberSymbol, `"${symbolText}" không đúng thể thức (${parsed.error.message})`);
  }
  if (!date) bad(IN.date, 'bắt buộc');
  else if (!date.ok) bad(IN.date, date.reason);
  if (!text) bad(IN.summary, 'bắt buộc');
  if (!ok || !arrivalDate?.ok || !date?.ok || !text || !symbolText || !author) return null;
  const parsed = parseSymbol(symbolText);
  const { typeKey, summary } = splitTypeAndSummary(
    text,
    parsed.ok ? parsed.value.typeCode : undefined,
  );
  const receiver = cellText(cell(r, col(IN.receiver)));
  const notes = cellText(cell(r, col(IN.notes)));
  return {
    register: registerId,
    issuerName: author,
    numberSymbol: symbolText,
    issueDate: date.value,
    type: typeKey,
    summary,
    arrivalDate: arrivalDate.value,
    ...(arrivalNumber?.ok ? { arrivalNumber: arrivalNumber.value } : {}),
    notes:
      [receiver ? `Đơn vị/người nhận: ${receiver}` : null, notes].filter(Boolean).join('. ') ||
      null,
  };
}

/**
 * The "Tên loại và trích yếu" column holds the type name then the subject
 * ("Quyết định về việc…"); the type comes from the symbol when it has one.
 */
export function splitTypeAndSummary(
  text: string,
  typeCode: string | undefined,
): { typeKey: string; summary: string } {
  const folded = viFold(text);
  const byName = [...DOC_TYPES]
    .filter((t) => t.regimes.includes('state_admin') || t.regimes.includes('state_qppl'))
    .sort((a, b) => b.nameVi.length - a.nameVi.length)
    .find((t) => folded.startsWith(`${viFold(t.nameVi)} `) || folded === viFold(t.nameVi));
  const byCode = typeCode
    ? DOC_TYPES.find((t) => t.code === typeCode && t.regimes.some((g) => g !== 'party'))
    : undefined;
  const type = byCode ?? byName ?? DOC_TYPES.find((t) => t.key === 'CV');
  const summary = byName ? text.slice(byName.nameVi.length).trim() || text : text;
  return { typeKey: type?.key ?? 'CV', summary };
}

function fieldColumn(kind: 'outgoing' | 'incoming', field: string | undefined): string {
  const map: Record<string, string> =
    kind === 'outgoing'
      ? {
          number: OUT.numberSymbol,
          issueDate: OUT.date,
          summary: OUT.summary,
          type: OUT.summary,
          signer: OUT.signer,
          issuer: OUT.numberSymbol,
        }
      : {
          numberSymbol: IN.numberSymbol,
          issueDate: IN.date,
          arrivalDate: IN.arrivalDate,
          arrivalNumber: IN.arrivalNumber,
          issuerName: IN.author,
          summary: IN.summary,
          type: IN.summary,
        };
  return (field && map[field]) ?? (kind === 'outgoing' ? OUT.numberSymbol : IN.numberSymbol);
}
