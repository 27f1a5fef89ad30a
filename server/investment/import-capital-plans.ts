import { createHash } from 'node:crypto';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError, isAppError } from '../platform/errors';
import { cellDate, cellText, readSheet, type CellValue } from '../platform/xlsx';
import { authorize } from '../access/policy';
import { recordAudit, withAuditBatch } from '../audit/record-audit';
import { formatShortDate } from '../../shared/vi/date';
import { insertCapitalPlan } from './assign-capital-plan';
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
import { planAssignmentWindow } from './period-rules';
import { loadSourceTree } from './source-tree';

/** The capital-plan template's columns (docs/IMPORT.md). */
export const PLAN_IMPORT_COLUMNS = {
  project: 'Mã dự án',
  source: 'Mã nguồn vốn',
  year: 'Năm kế hoạch',
  pm: 'Kế hoạch Thủ tướng giao',
  local: 'Kế hoạch địa phương giao',
  assignedOn: 'Ngày giao',
  decision: 'Quyết định giao vốn',
} as const;

const FIELD_COLUMN: Record<string, string> = {
  source: PLAN_IMPORT_COLUMNS.source,
  assignedOn: PLAN_IMPORT_COLUMNS.assignedOn,
  pmAmount: PLAN_IMPORT_COLUMNS.pm,
  localAmount: PLAN_IMPORT_COLUMNS.local,
  year: PLAN_IMPORT_COLUMNS.year,
  decision: PLAN_IMPORT_COLUMNS.decision,
};

/** What a clean capital-plan file wrote. */
export interface ImportCapitalPlansResult {
  imported: number;
  pmAmount: number;
  localAmount: number;
  sheet: string;
  sha256: string;
}

/**
 * Imports yearly capital-plan lines of a province's projects from the XLSX
 * template. All or nothing: every row is checked first (codes known, amounts
 * whole non-negative VND, the assignment date inside the plan's window, no
 * row twice in the file, no line already assigned) and every problem is
 * reported by row and column in Vietnamese; then every line is written in one
 * transaction with one audit entry for the file.
 */
export async function importCapitalPlans(
  ctx: AppContext,
  opts: {
    actor: Actor;
    fileName: string;
    bytes: Uint8Array;
    province?: number | string | undefined;
    onProgress?: ((done: number, total: number) => void) | undefined;
  },
): Promise<ImportCapitalPlansResult> {
  authorize(opts.actor, 'investment.manage');
  const C = PLAN_IMPORT_COLUMNS;
  const sheet = await readSheet(opts.bytes, [C.project, C.source, C.year, C.pm, C.local]);
  const sha256 = createHash('sha256').update(opts.bytes).digest('hex');
  const q = ctx.db.q;
  const province = await resolveProvince(q, opts.province, ctx.clock.today());
  const tree = await loadSourceTree(q, province.id);
  const columns = new Map<string, number>(
    Object.values(C).map((label) => [label, findColumn(sheet.headers, label)]),
  );
  const cell = (cells: readonly CellValue[], label: string): CellValue => {
    const i = columns.get(label) ?? -1;
    return i < 0 ? null : (cells[i] ?? null);
  };
  const errors = new CellErrors();
  const projects = await projectsByCode(
    q,
    province.id,
    sheet.rows.map((r) => cellCode(cell(r.cells, C.project)) ?? ''),
  );
  const seen = new Map<string, number>();
  const planned: Array<{
    row: number;
    projectCode: string;
    input: {
      projectId: number;
      year: number;
      source: string;
      pmAmount: number;
      localAmount: number;
      assignedOn: string;
      decision: string | null;
    };
  }> = [];
  for (const r of sheet.rows) {
    const projectCode = cellCode(cell(r.cells, C.project));
    const sourceCode = cellCode(cell(r.cells, C.source));
    const year = cellYear(cell(r.cells, C.year));
    const pm = cellAmount(cell(r.cells, C.pm));
    const local = cellAmount(cell(r.cells, C.local));
    const assignedOn = cellDate(cell(r.cells, C.assignedOn));
    const decision = cellText(cell(r.cells, C.decision));
    const { project, source } = rowProjectAndSource(
      errors,
      r.row,
      { projectCode, sourceCode },
      {
        projects,
        tree,
        provinceName: province.name,
        columns: { project: C.project, source: C.source },
        authorizeProject: (p) => authorize(opts.actor, 'investment.manage', projectResource(p)),
      },
    );
    if (!year) errors.add(r.row, C.year, 'bắt buộc');
    else if (!year.ok) errors.add(r.row, C.year, year.reason);
    if (!pm) errors.add(r.row, C.pm, 'bắt buộc (ghi 0 nếu không có)');
    else if (!pm.ok) errors.add(r.row, C.pm, pm.reason);
    if (!local) errors.add(r.row, C.local, 'bắt buộc');
    else if (!local.ok) errors.add(r.row, C.local, local.reason);
    if (!assignedOn) errors.add(r.row, C.assignedOn, 'bắt buộc');
    else if (!assignedOn.ok) errors.add(r.row, C.assignedOn, assignedOn.reason);
    else if (year?.ok) {
      const w = planAssignmentWindow(year.value);
      if (assignedOn.value < w.from || assignedOn.value > w.to)
        errors.add(
          r.row,
          C.assignedOn,
          `ngày ${formatShortDate(assignedOn.value)} nằm ngoài thời gian giao kế hoạch năm ${year.value} (${formatShortDate(w.from)} – ${formatShortDate(w.to)})`,
        );
    }
    if (project && source && year?.ok) {
      const key = `${project.id}:${source.id}:${year.value}`;
      const first = seen.get(key);
      if (first !== undefined)
        errors.add(
          r.row,
          C.project,
          `trùng với dòng ${first} (cùng dự án, nguồn vốn và năm kế hoạch)`,
        );
      else seen.set(key, r.row);
    }
    if (project && source && year?.ok && pm?.ok && local?.ok && assignedOn?.ok)
      planned.push({
        row: r.row,
        projectCode: project.code,
        input: {
          projectId: project.id,
          year: year.value,
          source: source.code,
          pmAmount: pm.value,
          localAmount: local.value,
          assignedOn: assignedOn.value,
          decision,
        },
      });
  }
  if (sheet.rows.length === 0)
    errors.add(sheet.headerRow + 1, C.project, 'tệp không có dòng dữ liệu nào');
  if (planned.length > 0) {
    // Lines already assigned are reported with the file's other problems.
    const existing = await q
      .selectFrom('capital_plans')
      .select(['project_id', 'source_id', 'plan_year'])
      .where('province_unit_id', '=', province.id)
      .where('plan_year', 'in', [...new Set(planned.map((p) => p.input.year))])
      .execute();
    const taken = new Set(existing.map((e) => `${e.project_id}:${e.source_id}:${e.plan_year}`));
    for (const p of planned) {
      const sourceId = tree.byCode.get(p.input.source)?.id;
      if (taken.has(`${p.input.projectId}:${sourceId}:${p.input.year}`))
        errors.add(
          p.row,
          C.source,
          `dự án "${p.projectCode}" đã có kế hoạch vốn năm ${p.input.year} từ nguồn "${p.input.source}"; hãy điều chỉnh kế hoạch`,
        );
    }
  }
  if (errors.count > 0)
    throw new AppError('IMPORT_FAILED', {
      params: { count: errors.count },
      details: errors.details,
    });

  await ctx.db.write(async (tx) => {
    const { writes } = await withAuditBatch(async () => {
      for (const [i, p] of planned.entries()) {
        const scope = projects.get(p.projectCode);
        if (!scope) throw new Error(`project ${p.projectCode} vanished`);
        try {
          await insertCapitalPlan(ctx, tx, opts.actor, p.input, { scope, tree });
        } catch (e) {
          if (!isAppError(e) || e.code === 'FORBIDDEN') throw e;
          throw new AppError('IMPORT_FAILED', {
            params: { count: 1 },
            details: [rowProblem(e, p.row, FIELD_COLUMN[e.field ?? ''] ?? C.project)],
          });
        }
        opts.onProgress?.(i + 1, planned.length);
      }
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor: opts.actor,
      action: 'investment.plan_import',
      entity: 'capital_plans',
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
    pmAmount: planned.reduce((s, p) => s + p.input.pmAmount, 0),
    localAmount: planned.reduce((s, p) => s + p.input.localAmount, 0),
    sheet: sheet.sheetName,
    sha256,
  };
}
