/**
 * Disbursement figures of one province's plan year on a date, rolled up by
 * project, investor, capital source and national target programme, with
 * rankings on the default denominator. Public investment capital only; the
 * programmes' recurrent funds (kinh phí sự nghiệp) are reported apart.
 */
import type { Tx } from '../platform/db/database';
import type { LocalDate } from '../../shared/dates/local-date';
import { loadCells } from './investment-figures';
import { unitRefs, type UnitRef } from './project-view';
import { groupCells, rankOn, rateOn, sumFigures, type Cell, type Figures } from './rollup-rules';
import { lineage, type SourceNode, type SourceTree } from './source-tree';
import { PROGRAMMES, type PlanBasis, type Programme } from './tables';

/** A ranked row: its figures on both denominators, the rate and rank on the default one. */
export type RankedFigures = Figures & {
  /** The rate on the default denominator. */
  rate: number | null;
  rank: number | null;
  /** Below the pooled average of its list (investors: the provincial average). */
  belowAverage: boolean;
};

export interface ProjectRateRow extends RankedFigures {
  id: number;
  code: string;
  name: string;
  investor: UnitRef;
  keyProject: boolean;
}

export interface InvestorRateRow extends RankedFigures {
  investor: UnitRef;
  projects: number;
}

export interface SourceRateRow extends RankedFigures {
  code: string;
  name: string;
  shortName: string;
  parentCode: string | null;
  depth: number;
  isLeaf: boolean;
}

/** Vietnamese names of the 3 national target programmes. */
export const PROGRAMME_NAMES: Record<Programme, string> = {
  giam_ngheo: 'Chương trình MTQG giảm nghèo bền vững',
  nong_thon_moi: 'Chương trình MTQG xây dựng nông thôn mới',
  dtts: 'Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi',
};

export interface ProgrammeRateRow extends RankedFigures {
  programme: Programme;
  name: string;
  /** Investment capital from the central budget (NSTW). */
  central: Figures;
  /** Investment capital from the local budget (NSĐP đối ứng). */
  local: Figures;
  /** Kinh phí sự nghiệp: never part of public-investment disbursement. */
  recurrent: Figures;
}

/** Everything known about a plan year on a date, before shaping. */
export interface YearFigures {
  basis: PlanBasis;
  /** Public investment capital (recurrent funds excluded). */
  total: Figures;
  projects: ProjectRateRow[];
  investors: InvestorRateRow[];
  sources: SourceRateRow[];
  programmes: ProgrammeRateRow[];
  programmesTotal: Figures;
}

function ranked<T extends Figures>(
  rows: readonly T[],
  basis: PlanBasis,
  average: number | null,
): Array<T & RankedFigures> {
  return rankOn(rows, basis).map((r) => {
    const rate = rateOn(r, basis);
    return { ...r, rate, belowAverage: average !== null && rate !== null && rate < average };
  });
}

const isInvestment = (tree: SourceTree) => (c: Cell) =>
  tree.byId.get(c.sourceId)?.fundingKind === 'investment';

/**
 * Computes the figures of a province's plan year on `at`. Every rate is
 * pooled (Σ disbursed ÷ Σ plan), never a mean of rates; rankings and the
 * below-average flags use `basis`.
 */
export async function yearFigures(
  q: Tx,
  opts: {
    provinceUnitId: number;
    year: number;
    at: LocalDate;
    basis: PlanBasis;
    tree: SourceTree;
  },
): Promise<YearFigures> {
  const { tree, basis } = opts;
  const cells = await loadCells(q, opts);
  const investment = cells.filter(isInvestment(tree));
  const total = sumFigures(investment);
  const average = rateOn(total, basis);

  const projectRows = await q
    .selectFrom('investment_projects')
    .select(['id', 'code', 'name', 'investor_unit_id', 'key_project', 'sort_key'])
    .where('province_unit_id', '=', opts.provinceUnitId)
    .execute();
  const projectById = new Map(projectRows.map((p) => [p.id, p]));
  const refs = await unitRefs(
    q,
    projectRows.map((p) => p.investor_unit_id),
    opts.at,
  );
  const refOf = (id: number): UnitRef => refs.get(id) ?? { id, code: '', name: '' };

  const byProject = groupCells(investment, (c) => [c.projectId]);
  const projects = ranked(
    [...byProject].flatMap(([id, f]) => {
      const p = projectById.get(id);
      return p
        ? [
            {
              ...f,
              id,
              code: p.code,
              name: p.name,
              investor: refOf(p.investor_unit_id),
              keyProject: p.key_project === 1,
            },
          ]
        : [];
    }),
    basis,
    average,
  );

  const byInvestor = groupCells(investment, (c) => {
    const p = projectById.get(c.projectId);
    return p ? [p.investor_unit_id] : [];
  });
  const projectCount = new Map<number, Set<number>>();
  for (const c of investment) {
    const inv = projectById.get(c.projectId)?.investor_unit_id;
    if (inv === undefined) continue;
    const set = projectCount.get(inv) ?? new Set<number>();
    set.add(c.projectId);
    projectCount.set(inv, set);
  }
  const investors = ranked(
    [...byInvestor].map(([id, f]) => ({
      ...f,
      investor: refOf(id),
      projects: projectCount.get(id)?.size ?? 0,
    })),
    basis,
    average,
  );

  const sources = sourceRows(tree, investment, basis);
  const { programmes, programmesTotal } = programmeRows(tree, cells, basis);
  return { basis, total, projects, investors, sources, programmes, programmesTotal };
}

/** Every source node holding investment capital, in tree order, ranked among its siblings. */
function sourceRows(
  tree: SourceTree,
  investment: readonly Cell[],
  basis: PlanBasis,
): SourceRateRow[] {
  const bySource = groupCells(investment, (c) => {
    const leaf = tree.byId.get(c.sourceId);
    return leaf ? lineage(tree, leaf).map((n) => n.id) : [];
  });
  const rows = tree.nodes.flatMap((n: SourceNode) => {
    const f = bySource.get(n.id);
    if (!f) return [];
    return [
      {
        ...f,
        id: n.id,
        parentId: n.parentId,
        code: n.code,
        name: n.name,
        shortName: n.shortName,
        parentCode: n.parentId === null ? null : (tree.byId.get(n.parentId)?.code ?? null),
        depth: n.depth,
        isLeaf: n.isLeaf,
      },
    ];
  });
  const ranks = new Map<number, RankedFigures>();
  const parents = new Set(rows.map((r) => r.parentId));
  for (const parent of parents) {
    const siblings = rows.filter((r) => r.parentId === parent);
    const parentRate =
      parent === null ? null : rateOn(bySource.get(parent) ?? sumFigures([]), basis);
    for (const r of ranked(siblings, basis, parentRate)) ranks.set(r.id, r);
  }
  return rows.map(({ id, parentId: _parent, ...r }) => {
    const rank = ranks.get(id);
    return {
      ...r,
      rate: rank?.rate ?? null,
      rank: rank?.rank ?? null,
      belowAverage: rank?.belowAverage ?? false,
    };
  });
}

/** The 3 national target programmes: investment capital (central, local) and recurrent funds apart. */
function programmeRows(
  tree: SourceTree,
  cells: readonly Cell[],
  basis: PlanBasis,
): { programmes: ProgrammeRateRow[]; programmesTotal: Figures } {
  const of = (c: Cell) => tree.byId.get(c.sourceId);
  const investment = cells.filter((c) => of(c)?.programme && of(c)?.fundingKind === 'investment');
  const programmesTotal = sumFigures(investment);
  const rows = PROGRAMMES.map((programme) => {
    const mine = cells.filter((c) => of(c)?.programme === programme);
    const inv = mine.filter((c) => of(c)?.fundingKind === 'investment');
    return {
      ...sumFigures(inv),
      programme,
      name: PROGRAMME_NAMES[programme],
      central: sumFigures(inv.filter((c) => of(c)?.budgetLevel === 'central')),
      local: sumFigures(inv.filter((c) => of(c)?.budgetLevel === 'local')),
      recurrent: sumFigures(mine.filter((c) => of(c)?.fundingKind === 'recurrent')),
    };
  });
  return { programmes: ranked(rows, basis, rateOn(programmesTotal, basis)), programmesTotal };
}
