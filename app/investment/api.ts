/**
 * The public-investment API as the disbursement pages read it
 * (`/api/v1/investment…`, server/investment/http-schemas.ts): the dashboard
 * shape, its query hook, and the Excel imports that refresh it.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';

/** Kế hoạch Thủ tướng giao (`pm`) or kế hoạch địa phương giao (`local`). */
export type PlanBasis = 'pm' | 'local';
export const PLAN_BASES: readonly PlanBasis[] = ['pm', 'local'];

export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

/** Plan on both denominators, the net disbursed amount (VND) and both rates (percent). */
export interface Figures {
  planPm: number;
  planLocal: number;
  disbursed: number;
  outstandingAdvances: number;
  ratePm: number | null;
  rateLocal: number | null;
}

/** A row of a ranking: the rate on the default denominator, its rank, below the provincial average. */
export interface Ranked extends Figures {
  rate: number | null;
  rank: number | null;
  belowAverage: boolean;
}

export interface InvestorRate extends Ranked {
  investor: UnitRef;
  projects: number;
}

export interface SourceRate extends Ranked {
  code: string;
  name: string;
  shortName: string;
  parentCode: string | null;
  depth: number;
  isLeaf: boolean;
}

export type Programme = 'giam_ngheo' | 'nong_thon_moi' | 'dtts';

export interface ProgrammeRate extends Ranked {
  programme: Programme;
  name: string;
  central: Figures;
  local: Figures;
  /** Kinh phí sự nghiệp: never counted as public-investment disbursement. */
  recurrent: Figures;
}

export interface ProjectRate extends Ranked {
  id: number;
  code: string;
  name: string;
  investor: UnitRef;
  keyProject: boolean;
}

/** Month 13 is January of the next year (the plan year runs to 31/01, Luật Đầu tư công Điều 68). */
export interface CurvePoint {
  month: number;
  through: string;
  complete: boolean;
  amount: number;
  cumulative: number;
  planPm: number;
  planLocal: number;
  ratePm: number | null;
  rateLocal: number | null;
}

export interface ReportingDate {
  kind: 'monthly' | 'quarterly' | 'half_year' | 'year';
  dueOn: string;
  covers: { from: string; to: string };
  planYear: number;
  title: string;
  daysLeft: number;
}

/** `GET /api/v1/investment/dashboard`. */
export interface Dashboard {
  province: UnitRef;
  at: string;
  year: number;
  denominator: PlanBasis;
  target: {
    year: number;
    /** Percent, e.g. 95. */
    rate: number;
    basis: PlanBasis;
    recorded: boolean;
    sourceDocument: { id: number; numberSymbol: string | null; issueDate: string | null } | null;
    sourceText: string | null;
    /** Provincial rate minus the target, in percentage points. */
    gap: number | null;
  };
  provincial: Figures & { rate: number | null };
  investors: {
    average: number | null;
    rows: InvestorRate[];
    belowAverage: Array<{ investor: UnitRef; rate: number; gap: number }>;
  };
  sources: SourceRate[];
  programmes: { total: Figures & { rate: number | null }; rows: ProgrammeRate[] };
  keyProjects: ProjectRate[];
  curve: {
    current: { year: number; points: CurvePoint[] };
    lastYear: { year: number; points: CurvePoint[] };
  };
  projection: {
    basisMonth: number;
    cumulativeToMonth: number;
    history: Array<{
      year: number;
      cumulativeToMonth: number;
      finalAmount: number;
      share: number | null;
    }>;
    meanShare: number;
    projected: number;
    projectedRatePm: number | null;
    projectedRateLocal: number | null;
  } | null;
  pace: {
    basis: PlanBasis;
    targetRate: number;
    plan: number;
    targetAmount: number;
    cumulative: number;
    remaining: number;
    monthsLeft: number;
    perMonth: number;
    deadline: string;
  };
  reportingDates: ReportingDate[];
}

/** The dashboard on a denominator (the server's setting when absent), as of the product clock. */
export function useDashboard(denominator: PlanBasis | undefined, enabled = true, at?: string) {
  return useQuery({
    enabled,
    queryKey: ['investment', 'dashboard', denominator ?? 'default', at ?? 'today'],
    queryFn: ({ signal }) =>
      api.get<Dashboard>('/api/v1/investment/dashboard', { denominator, at }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The two Excel imports (docs/IMPORT.md); all rows or none. */
export type ImportKind = 'disbursements' | 'capital-plans';

export interface ImportResult {
  imported: number;
  sheet: string;
  sha256: string;
  /** Disbursements: Σ (amount − recovered advances). */
  netAmount?: number;
  /** Capital plans: the totals of both denominators. */
  pmAmount?: number;
  localAmount?: number;
}

/** Uploads a template workbook; on success every investment figure is read again. */
export function useInvestmentImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, form }: { kind: ImportKind; form: FormData }) =>
      api.upload<ImportResult>(`/api/v1/investment/import/${kind}`, form),
    onSuccess: () => client.invalidateQueries({ queryKey: ['investment'] }),
  });
}
