/**
 * The public-investment disbursement annex of a plan year on a report date
 * (the shape of the project-level report due before 10 July, ND 40/2020 Điều
 * 45): the project list (mã, tên, chủ đầu tư, nguồn vốn, kế hoạch vốn Thủ
 * tướng giao and địa phương giao, giải ngân lũy kế, the rate on both
 * denominators, ghi chú), then the same figures by investor and by capital
 * source. Every figure comes from disbursementRates (pooled rates, advances
 * never counted twice); amounts are printed in triệu đồng.
 */
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { localDateSchema, parseInput } from '../../platform/validation';
import { authorize } from '../../access/policy';
import { formatShortDate } from '../../../shared/vi/date';
import { formatNumber } from '../../../shared/vi/number';
import { disbursementRates, type DisbursementRates } from '../../investment/disbursement-rates';
import type {
  InvestorRateRow,
  ProjectRateRow,
  SourceRateRow,
} from '../../investment/disbursement-aggregates';
import { loadCells } from '../../investment/investment-figures';
import { resolveProvince } from '../../investment/investment-scope';
import { unitRefSchema, yearSchema } from '../../investment/project-inputs';
import { loadSourceTree } from '../../investment/source-tree';
import type { Figures } from '../../investment/rollup-rules';
import {
  addTableSheet,
  annexFile,
  millions,
  newWorkbook,
  type AnnexCell,
  type AnnexColumn,
  type AnnexFile,
} from './sheet-writer';

/** Input of the disbursement annex. */
export const disbursementAnnexInput = z
  .object({
    /** The province (id or code); the default province when absent. */
    province: unitRefSchema.optional(),
    /** The plan year. */
    year: yearSchema,
    /** Report date; the product's today by default. It lies in the plan year or the next one. */
    at: localDateSchema.optional(),
  })
  .strict();

/** What the disbursement annex prints. */
export interface DisbursementAnnexData {
  province: { id: number; name: string };
  year: number;
  at: string;
  projects: DisbursementRates;
  investors: DisbursementRates;
  sources: DisbursementRates;
  /** The short names of the capital sources each project has a plan or a payment from. */
  projectSources: Map<number, string[]>;
}

/** Loads the three roll-ups of the plan year on the report date. */
export async function loadDisbursementAnnex(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof disbursementAnnexInput> },
): Promise<DisbursementAnnexData> {
  const data = parseInput(disbursementAnnexInput, input);
  const at = data.at ?? ctx.clock.today();
  const atYear = Number(at.slice(0, 4));
  // Luật Đầu tư công 2019 Điều 68 khoản 2: a year's plan is disbursed until 31/01 of the next
  // year, extended at most to 31/12 of it.
  if (atYear < data.year || atYear > data.year + 1)
    throw new AppError('FIELD_INVALID', {
      field: 'at',
      params: {
        reason: `ngày báo cáo ${formatShortDate(at)} phải thuộc năm kế hoạch ${data.year} hoặc năm ${data.year + 1}`,
      },
    });
  const q = ctx.db.q;
  const province = await resolveProvince(q, data.province, at);
  authorize(actor, 'report.read', { unitPaths: [province.path] });
  const rates = (by: 'project' | 'investor' | 'source') =>
    disbursementRates(ctx, {
      actor,
      input: { province: province.id, by, at, year: data.year, limit: 5000 },
    });
  const projects = await rates('project');
  const investors = await rates('investor');
  const sources = await rates('source');

  const tree = await loadSourceTree(q, province.id);
  const projectSources = new Map<number, string[]>();
  for (const c of await loadCells(q, { provinceUnitId: province.id, year: data.year, at })) {
    const node = tree.byId.get(c.sourceId);
    if (!node || node.fundingKind !== 'investment') continue;
    if (c.planPm === 0 && c.planLocal === 0 && c.disbursed === 0) continue;
    const list = projectSources.get(c.projectId) ?? [];
    if (!list.includes(node.shortName)) list.push(node.shortName);
    projectSources.set(c.projectId, list);
  }
  return {
    province: { id: province.id, name: province.name },
    year: data.year,
    at,
    projects,
    investors,
    sources,
    projectSources,
  };
}

const BASIS_LABEL = { pm: 'kế hoạch Thủ tướng giao', local: 'kế hoạch địa phương giao' } as const;

/** Plan on both denominators, disbursed, both rates: the columns every sheet shares. */
const FIGURE_COLUMNS: readonly AnnexColumn[] = [
  { header: 'Kế hoạch vốn Thủ tướng Chính phủ giao', width: 16, kind: 'amount' },
  { header: 'Kế hoạch vốn địa phương giao', width: 16, kind: 'amount' },
  { header: 'Giải ngân lũy kế đến ngày báo cáo', width: 16, kind: 'amount' },
  { header: 'Tỷ lệ giải ngân so với kế hoạch Thủ tướng giao (%)', width: 14, kind: 'percent' },
  { header: 'Tỷ lệ giải ngân so với kế hoạch địa phương giao (%)', width: 14, kind: 'percent' },
];

function figureCells(f: Figures): AnnexCell[] {
  return [millions(f.planPm), millions(f.planLocal), millions(f.disbursed), f.ratePm, f.rateLocal];
}

function title(data: DisbursementAnnexData, heading: string): string[] {
  return [
    heading,
    `(Số liệu đến ngày ${formatShortDate(data.at)} — ${data.province.name})`,
    'Đơn vị tính: triệu đồng',
  ];
}

function projectNote(p: ProjectRateRow, basis: 'pm' | 'local'): string {
  const notes: string[] = [];
  if (p.keyProject) notes.push('Công trình trọng điểm');
  if (p.belowAverage) notes.push(`Dưới mức bình quân chung của tỉnh (${BASIS_LABEL[basis]})`);
  if (p.outstandingAdvances > 0)
    notes.push(
      `Tạm ứng chưa thu hồi ${formatNumber(millions(p.outstandingAdvances), { decimals: 0 })} triệu đồng`,
    );
  return notes.join('; ');
}

/** The project list: one row per project, grouped by investor, the provincial total last. */
export function addProjectSheet(
  wb: ExcelJS.Workbook,
  data: DisbursementAnnexData,
  name = 'Giải ngân theo dự án',
): void {
  const rows = (data.projects.rows as ProjectRateRow[])
    .slice()
    .sort(
      (a, b) =>
        a.investor.name.localeCompare(b.investor.name, 'vi') || a.code.localeCompare(b.code),
    );
  addTableSheet(wb, {
    name,
    title: title(
      data,
      `DANH MỤC DỰ ÁN VÀ TÌNH HÌNH GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM ${data.year}`,
    ),
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Mã dự án', width: 14, kind: 'text' },
      { header: 'Tên dự án', width: 48, kind: 'wrap' },
      { header: 'Chủ đầu tư', width: 28, kind: 'wrap' },
      { header: 'Nguồn vốn', width: 22, kind: 'wrap' },
      ...FIGURE_COLUMNS,
      { header: 'Ghi chú', width: 30, kind: 'wrap' },
    ],
    rows: rows.map((p, i) => [
      i + 1,
      p.code,
      p.name,
      p.investor.name,
      (data.projectSources.get(p.id) ?? []).join('; '),
      ...figureCells(p),
      projectNote(p, data.projects.denominator),
    ]),
    total: [null, null, 'Tổng cộng', null, null, ...figureCells(data.projects.total), null],
    emptyText: 'Không có dự án nào có kế hoạch vốn hoặc giải ngân.',
  });
}

/** The figures by investor (chủ đầu tư), ranked on the default denominator. */
export function addInvestorSheet(
  wb: ExcelJS.Workbook,
  data: DisbursementAnnexData,
  name = 'Theo chủ đầu tư',
): void {
  const basis = data.investors.denominator;
  addTableSheet(wb, {
    name,
    title: title(data, `TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM ${data.year} THEO CHỦ ĐẦU TƯ`),
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Chủ đầu tư', width: 40, kind: 'wrap' },
      { header: 'Số dự án', width: 9, kind: 'integer' },
      ...FIGURE_COLUMNS,
      { header: `Xếp hạng (theo ${BASIS_LABEL[basis]})`, width: 12, kind: 'integer' },
      { header: 'Ghi chú', width: 26, kind: 'wrap' },
    ],
    rows: (data.investors.rows as InvestorRateRow[]).map((r, i) => [
      i + 1,
      r.investor.name,
      r.projects,
      ...figureCells(r),
      r.rank,
      r.belowAverage ? 'Dưới mức bình quân chung của tỉnh' : null,
    ]),
    total: [null, 'Tổng cộng', null, ...figureCells(data.investors.total), null, null],
    emptyText: 'Không có chủ đầu tư nào có kế hoạch vốn hoặc giải ngân.',
  });
}

/** The figures by capital source, as a tree (groups roll their sources up). */
export function addSourceSheet(
  wb: ExcelJS.Workbook,
  data: DisbursementAnnexData,
  name = 'Theo nguồn vốn',
): void {
  const rows = data.sources.rows as SourceRateRow[];
  const top = Math.min(...rows.map((r) => r.depth));
  addTableSheet(wb, {
    name,
    title: title(data, `TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM ${data.year} THEO NGUỒN VỐN`),
    columns: [
      { header: 'Mã nguồn vốn', width: 22, kind: 'text' },
      { header: 'Nguồn vốn', width: 48, kind: 'wrap' },
      ...FIGURE_COLUMNS,
    ],
    rows: rows.map((r) => ({
      cells: [r.code, r.name, ...figureCells(r)],
      bold: r.depth === top,
      indent: r.depth - top,
    })),
    total: [null, 'Tổng số vốn đầu tư công', ...figureCells(data.sources.total)],
    emptyText: 'Không có nguồn vốn nào có kế hoạch vốn hoặc giải ngân.',
  });
}

/**
 * The disbursement workbook of a plan year on a report date: projects, by
 * investor, by source. REPORT_NO_DATA when the province has no plan line
 * assigned and no payment by then.
 */
export async function disbursementAnnex(
  ctx: AppContext,
  opts: { actor: Actor; input: z.input<typeof disbursementAnnexInput> },
): Promise<AnnexFile> {
  const data = await loadDisbursementAnnex(ctx, opts);
  if (data.projects.totalRows === 0)
    throw new AppError('REPORT_NO_DATA', {
      field: 'year',
      params: {
        period: `năm ${data.year} (đến ngày ${formatShortDate(data.at)})`,
        reason: `${data.province.name} chưa có kế hoạch vốn được giao hay khoản giải ngân nào`,
      },
    });
  const wb = newWorkbook();
  addProjectSheet(wb, data);
  addInvestorSheet(wb, data);
  addSourceSheet(wb, data);
  return annexFile(wb, `giai-ngan-${data.year}-${data.at}.xlsx`);
}
