import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { localDateSchema, parseInput } from '../platform/validation';
import { getSetting } from '../platform/settings';
import { authorize } from '../access/policy';
import type { LocalDate } from '../../shared/dates/local-date';
import {
  yearFigures,
  type InvestorRateRow,
  type ProgrammeRateRow,
  type ProjectRateRow,
  type SourceRateRow,
} from './disbursement-aggregates';
import { resolveProvince } from './investment-scope';
import { unitRefSchema, yearSchema } from './project-inputs';
import type { UnitRef } from './project-view';
import { rateOn, type Figures } from './rollup-rules';
import { loadSourceTree } from './source-tree';
import { PLAN_BASES, type PlanBasis } from './tables';

export const RATE_DIMENSIONS = ['project', 'investor', 'source', 'programme'] as const;
export type RateDimension = (typeof RATE_DIMENSIONS)[number];

/** Input of disbursementRates. */
export const disbursementRatesInput = z
  .object({
    province: unitRefSchema.optional(),
    by: z.enum(RATE_DIMENSIONS),
    at: localDateSchema.optional(),
    year: yearSchema.optional(),
    denominator: z.enum(PLAN_BASES).optional(),
    /** Projects only: those of one investor (unit id). */
    investorId: z.number().int().positive().optional(),
    /** Projects only: key projects (công trình trọng điểm). */
    keyProject: z.boolean().optional(),
    limit: z.number().int().min(1).max(5000).default(500),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

/** A table of rates: both denominators on every row, ranked on the default one. */
export interface DisbursementRates {
  province: UnitRef;
  by: RateDimension;
  at: LocalDate;
  year: number;
  denominator: PlanBasis;
  /** Public investment capital of the province and its pooled rate on the default denominator. */
  total: Figures & { rate: number | null };
  rows: Array<ProjectRateRow | InvestorRateRow | SourceRateRow | ProgrammeRateRow>;
  totalRows: number;
}

/**
 * Disbursement rates of a province's plan year on a date by project, investor,
 * capital source or national target programme: plan on both denominators,
 * disbursed amount, both rates, and the rank on the default denominator.
 */
export async function disbursementRates(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof disbursementRatesInput> },
): Promise<DisbursementRates> {
  const data = parseInput(disbursementRatesInput, input);
  const q = ctx.db.q;
  const at = data.at ?? ctx.clock.today();
  const year = data.year ?? Number(at.slice(0, 4));
  const province = await resolveProvince(q, data.province, at);
  authorize(actor, 'investment.read', { unitPaths: [province.path] });
  const basis = data.denominator ?? (await getSetting(q, 'investmentDenominator'));
  const tree = await loadSourceTree(q, province.id);
  const f = await yearFigures(q, { provinceUnitId: province.id, year, at, basis, tree });
  let rows: DisbursementRates['rows'];
  switch (data.by) {
    case 'project':
      rows = f.projects.filter(
        (p) =>
          (data.investorId === undefined || p.investor.id === data.investorId) &&
          (data.keyProject === undefined || p.keyProject === data.keyProject),
      );
      break;
    case 'investor':
      rows = f.investors;
      break;
    case 'source':
      rows = f.sources;
      break;
    case 'programme':
      rows = f.programmes;
      break;
  }
  return {
    province: { id: province.id, code: province.code, name: province.name },
    by: data.by,
    at,
    year,
    denominator: basis,
    total: { ...f.total, rate: rateOn(f.total, basis) },
    rows: rows.slice(data.offset, data.offset + data.limit),
    totalRows: rows.length,
  };
}
