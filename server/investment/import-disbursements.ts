import { createHash } from 'node:crypto';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { cellDate, cellText, readSheet, type CellValue } from '../platform/xlsx';
import { authorize } from '../access/policy';
import { recordAudit, withAuditBatch } from '../audit/record-audit';
import { formatShortDate } from '../../shared/vi/date';
import { viFold } from '../../shared/vi/text';
import {
  CellErrors,
  rowProblem,
  rowProjectAndSource,
  cellAmount,
  cellCode,
  cellYear,
  findColumn,
} from './import-cells';
import { projectResource, projectsByCode, resolveProvince } from './investment-scope';
import { disbursementPeriod, periodMonth } from './period-rules';
import { DisbursementEntryError, insertDisbursements } from './record-disbursement';
import { loadSourceTree } from './source-tree';
import type { DisbursementKind } from './tables';

/** The disbursement template's columns (docs/IMPORT.md). */
export const DISBURSEMENT_IMPORT_COLUMNS = {
  project: 'Mã dự án',
  source: 'Mã nguồn vốn',
  year: 'Năm kế hoạch',
  paidOn: 'Ngày giải ngân',
  kind: 'Loại',
  amount: 'Số tiền',
  recovered: 'Thu hồi tạm ứng',
  voucher: 'Số chứng từ',
  note: 'Ghi chú',
} as const;

const C = DISBURSEMENT_IMPORT_COLUMNS;
const FIELD_COLUMN: Record<string, string> = {
  projectId: C.project,
  source: C.source,
  planYear: C.year,
  paidOn: C.paidOn,
  kind: C.kind,
  amount: C.amount,
  recoveredAdvance: C.recovered,
  voucher: C.voucher,
};

/** `Tạm ứng` / `Thanh toán` (diacritics-insensitive; TU / TT accepted). */
function cellKind(
  v: CellValue,
): { ok: true; value: DisbursementKind } | { ok: false; reason: string } | null {
  const text = cellText(v);
  if (text === null) return null;
  const f = viFold(text);
  if (f.startsWith('tam ung') || f === 'tu') return { ok: true, value: 'advance' };
  if (f.startsWith('thanh toan') || f === 'tt') return { ok: true, value: 'payment' };
  return { ok: false, reason: `"${text}" phải là "Tạm ứng" hoặc "Thanh toán"` };
}

/** What a clean disbursement file wrote. */
export interface ImportDisbursementsResult {
  imported: number;
  /** Σ (amount − recovered advances): what the file adds to the disbursed amount. */
  netAmount: number;
  sheet: string;
  sha256: string;
}

/**
 * Imports treasury transactions (advances and payments) from the XLSX
 * template. All or nothing: every row is checked first — codes known and
 * allowed to the actor, whole positive amounts, the payment date inside the
 * plan year's disbursement period (to 31/01 of the next year, Luật Đầu tư
 * công 2019 Điều 68), a plan line to disburse against, no row twice in the
 * file — and every problem is reported by row and column in Vietnamese; then
 * every row is written in one transaction (cumulative checks: recovered
 * advances, the plan ceiling) with one audit entry for the file.
 */
export async function importDisbursements(
  ctx: AppContext,
  opts: {
    actor: Actor;
    fileName: string;
    bytes: Uint8Array;
    province?: number | string | undefined;
    onProgress?: ((done: number, total: number) => void) | undefined;
  },
): Promise<ImportDisbursementsResult> {
  authorize(opts.actor, 'investment.disburse');
  const sheet = await readSheet(opts.bytes, [C.project, C.source, C.paidOn, C.amount]);
  const sha256 = createHash('sha256').update(opts.bytes).digest('hex');
  const q = ctx.db.q;
  const province = await resolveProvince(q, opts.province, ctx.clock.today());
  const tree = await loadSourceTree(q, province.id);
  const index = Object.fromEntries(
    Object.entries(C).map(([k, label]) => [k, findColumn(sheet.headers, label)]),
  ) as Record<keyof typeof C, number>;
  const get = (cells: readonly CellValue[], k: keyof typeof C): CellValue =>
    index[k] < 0 ? null : (cells[index[k]] ?? null);
  const errors = new CellErrors();
  const projects = await projectsByCode(
    q,
    province.id,
    sheet.rows.map((r) => cellCode(get(r.cells, 'project')) ?? ''),
  );
  const lines = new Set(
    (
      await q
        .selectFrom('capital_plans')
        .select(['project_id', 'source_id', 'plan_year'])
        .where('province_unit_id', '=', province.id)
        .execute()
    ).map((l) => `${l.project_id}:${l.source_id}:${l.plan_year}`),
  );
  const seenRows = new Map<string, number>();
  const seenVouchers = new Map<string, number>();
  const planned: Array<{
    row: number;
    projectCode: string;
    input: {
      projectId: number;
      source: string;
      planYear: number;
      kind: DisbursementKind;
      amount: number;
      recoveredAdvance: number;
      paidOn: string;
      voucher: string | null;
      note: string | null;
    };
  }> = [];
  for (const r of sheet.rows) {
    const projectCode = cellCode(get(r.cells, 'project'));
    const sourceCode = cellCode(get(r.cells, 'source'));
    const paidOn = cellDate(get(r.cells, 'paidOn'));
    const yearCell = cellYear(get(r.cells, 'year'));
    const kind = cellKind(get(r.cells, 'kind'));
    const amount = cellAmount(get(r.cells, 'amount'));
    const recovered = cellAmount(get(r.cells, 'recovered'));
    const voucher = cellText(get(r.cells, 'voucher'));
    const note = cellText(get(r.cells, 'note'));

    const { project, source } = rowProjectAndSource(
      errors,
      r.row,
      { projectCode, sourceCode },
      {
        projects,
        tree,
        provinceName: province.name,
        columns: { project: C.project, source: C.source },
        authorizeProject: (p) => authorize(opts.actor, 'investment.disburse', projectResource(p)),
      },
    );
    if (!paidOn) errors.add(r.row, C.paidOn, 'bắt buộc');
    else if (!paidOn.ok) errors.add(r.row, C.paidOn, paidOn.reason);
    if (yearCell && !yearCell.ok) errors.add(r.row, C.year, yearCell.reason);
    const year = yearCell?.ok
      ? yearCell.value
      : paidOn?.ok
        ? Number(paidOn.value.slice(0, 4))
        : null;
    if (paidOn?.ok && year !== null && periodMonth(year, paidOn.value) === null) {
      const p = disbursementPeriod(year);
      errors.add(
        r.row,
        C.paidOn,
        `ngày ${formatShortDate(paidOn.value)} nằm ngoài thời gian giải ngân kế hoạch năm ${year} (${formatShortDate(p.from)} – ${formatShortDate(p.to)})`,
      );
    }
    if (!kind) errors.add(r.row, C.kind, 'bắt buộc ("Tạm ứng" hoặc "Thanh toán")');
    else if (!kind.ok) errors.add(r.row, C.kind, kind.reason);
    if (!amount) errors.add(r.row, C.amount, 'bắt buộc');
    else if (!amount.ok) errors.add(r.row, C.amount, amount.reason);
    else if (amount.value === 0) errors.add(r.row, C.amount, 'số tiền phải lớn hơn 0');
    if (recovered && !recovered.ok) errors.add(r.row, C.recovered, recovered.reason);
    if (kind?.ok && kind.value === 'advance' && recovered?.ok && recovered.value > 0)
      errors.add(r.row, C.recovered, 'khoản tạm ứng không thu hồi tạm ứng');
    if (amount?.ok && recovered?.ok && recovered.value > amount.value)
      errors.add(r.row, C.recovered, 'số thu hồi tạm ứng lớn hơn số tiền thanh toán');
    if (
      project &&
      source?.isLeaf &&
      year !== null &&
      !lines.has(`${project.id}:${source.id}:${year}`)
    )
      errors.add(
        r.row,
        C.source,
        `dự án "${project.code}" chưa được giao kế hoạch vốn năm ${year} từ nguồn "${source.code}"`,
      );
    const rowKey = [
      projectCode,
      sourceCode,
      year,
      paidOn?.ok ? paidOn.value : '',
      kind?.ok ? kind.value : '',
      amount?.ok ? amount.value : '',
      recovered?.ok ? recovered.value : 0,
      voucher ?? '',
    ].join('|');
    const firstRow = seenRows.get(rowKey);
    if (firstRow !== undefined) errors.add(r.row, C.project, `dòng trùng với dòng ${firstRow}`);
    else seenRows.set(rowKey, r.row);
    if (voucher && projectCode) {
      const vKey = `${projectCode}|${voucher}`;
      const firstVoucher = seenVouchers.get(vKey);
      if (firstVoucher !== undefined && firstRow === undefined)
        errors.add(r.row, C.voucher, `số chứng từ "${voucher}" đã có ở dòng ${firstVoucher}`);
      else if (firstVoucher === undefined) seenVouchers.set(vKey, r.row);
    }
    if (project && source && year !== null && paidOn?.ok && kind?.ok && amount?.ok)
      planned.push({
        row: r.row,
        projectCode: project.code,
        input: {
          projectId: project.id,
          source: source.code,
          planYear: year,
          kind: kind.value,
          amount: amount.value,
          recoveredAdvance: recovered?.ok ? recovered.value : 0,
          paidOn: paidOn.value,
          voucher,
          note,
        },
      });
  }
  if (sheet.rows.length === 0)
    errors.add(sheet.headerRow + 1, C.project, 'tệp không có dòng dữ liệu nào');
  if (errors.count > 0)
    throw new AppError('IMPORT_FAILED', {
      params: { count: errors.count },
      details: errors.details,
    });

  // Payments recover advances entered before them: write in date order.
  const ordered = [...planned].sort((a, b) =>
    a.input.paidOn < b.input.paidOn ? -1 : a.input.paidOn > b.input.paidOn ? 1 : a.row - b.row,
  );
  await ctx.db.write(async (tx) => {
    const { writes } = await withAuditBatch(async () => {
      const entries = ordered.map((p) => {
        const scope = projects.get(p.projectCode);
        if (!scope) throw new Error(`project ${p.projectCode} vanished`);
        return { data: p.input, scope };
      });
      try {
        await insertDisbursements(ctx, tx, opts.actor, entries, tree, opts.onProgress);
      } catch (e) {
        if (!(e instanceof DisbursementEntryError) || e.error.code === 'FORBIDDEN')
          throw e instanceof DisbursementEntryError ? e.error : e;
        const p = ordered[e.index];
        throw new AppError('IMPORT_FAILED', {
          params: { count: 1 },
          details: [
            rowProblem(e.error, p?.row ?? 0, FIELD_COLUMN[e.error.field ?? ''] ?? C.project),
          ],
        });
      }
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor: opts.actor,
      action: 'investment.disbursement_import',
      entity: 'disbursements',
      details: {
        province: province.code,
        fileName: opts.fileName,
        sha256,
        rows: planned.length,
        writes,
      },
    });
  });
  return {
    imported: planned.length,
    netAmount: planned.reduce((s, p) => s + p.input.amount - p.input.recoveredAdvance, 0),
    sheet: sheet.sheetName,
    sha256,
  };
}
