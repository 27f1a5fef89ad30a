/** Response schemas of the investment routes (they shape every response and feed OpenAPI). */
import { z } from 'zod';
import {
  BUDGET_LEVELS,
  DISBURSEMENT_KINDS,
  FUNDING_KINDS,
  PLAN_BASES,
  PROGRAMMES,
  PROJECT_GROUPS,
} from './tables';
import { REPORT_KINDS } from './reporting-rules';

const unitRef = z.object({ id: z.number(), code: z.string(), name: z.string() });
const rate = z.number().nullable();

/** Plan on both denominators, the disbursed amount and both rates. */
export const figuresSchema = z.object({
  planPm: z.number(),
  planLocal: z.number(),
  disbursed: z.number(),
  outstandingAdvances: z.number(),
  ratePm: rate,
  rateLocal: rate,
});

const ranked = figuresSchema.extend({
  rate,
  rank: z.number().nullable(),
  belowAverage: z.boolean(),
});

export const projectViewSchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  province: unitRef,
  investor: unitRef,
  keyProject: z.boolean(),
  location: z.string().nullable(),
  locationUnit: unitRef.nullable(),
  groupClass: z.enum(PROJECT_GROUPS).nullable(),
  totalInvestment: z.number().nullable(),
  startYear: z.number().nullable(),
  endYear: z.number().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const yearFiguresSchema = figuresSchema.extend({ year: z.number(), at: z.string() });

export const projectListItemSchema = projectViewSchema.extend({ figures: yearFiguresSchema });

export const capitalPlanViewSchema = z.object({
  id: z.number(),
  projectId: z.number(),
  year: z.number(),
  source: z.object({ code: z.string(), name: z.string() }),
  assigned: z.object({
    pmAmount: z.number(),
    localAmount: z.number(),
    on: z.string(),
    decision: z.string().nullable(),
  }),
  current: z.object({ pmAmount: z.number(), localAmount: z.number() }),
  adjustments: z.array(
    z.object({
      id: z.number(),
      adjustedOn: z.string(),
      pmDelta: z.number(),
      localDelta: z.number(),
      pmAmount: z.number(),
      localAmount: z.number(),
      reason: z.string(),
      decision: z.string().nullable(),
    }),
  ),
  version: z.number(),
});

const transaction = z.object({
  id: z.number(),
  source: z.object({ code: z.string(), name: z.string() }),
  planYear: z.number(),
  periodMonth: z.number(),
  kind: z.enum(DISBURSEMENT_KINDS),
  amount: z.number(),
  recoveredAdvance: z.number(),
  netAmount: z.number(),
  paidOn: z.string(),
  voucher: z.string().nullable(),
  note: z.string().nullable(),
});

export const projectDetailSchema = projectViewSchema.extend({
  figures: yearFiguresSchema,
  recurrent: figuresSchema,
  plans: z.array(capitalPlanViewSchema),
  disbursements: z.array(transaction),
});

export const disbursementViewSchema = transaction.omit({ source: true }).extend({
  projectId: z.number(),
  source: z.object({ code: z.string(), name: z.string() }),
  line: figuresSchema,
});

type SourceNode = {
  code: string;
  name: string;
  shortName: string;
  provincial: boolean;
  budgetLevel: (typeof BUDGET_LEVELS)[number] | null;
  fundingKind: (typeof FUNDING_KINDS)[number] | null;
  programme: (typeof PROGRAMMES)[number] | null;
  isLeaf: boolean;
  children: SourceNode[];
};
const sourceNodeSchema: z.ZodType<SourceNode> = z.lazy(() =>
  z.object({
    code: z.string(),
    name: z.string(),
    shortName: z.string(),
    provincial: z.boolean(),
    budgetLevel: z.enum(BUDGET_LEVELS).nullable(),
    fundingKind: z.enum(FUNDING_KINDS).nullable(),
    programme: z.enum(PROGRAMMES).nullable(),
    isLeaf: z.boolean(),
    children: z.array(sourceNodeSchema),
  }),
);

export const capitalSourceTreeSchema = z.object({
  province: unitRef,
  roots: z.array(sourceNodeSchema),
});

const targetSchema = z.object({
  year: z.number(),
  rate: z.number(),
  basis: z.enum(PLAN_BASES),
  recorded: z.boolean(),
  sourceDocument: z
    .object({
      id: z.number(),
      numberSymbol: z.string().nullable(),
      issueDate: z.string().nullable(),
    })
    .nullable(),
  sourceText: z.string().nullable(),
});
export const disbursementTargetSchema = targetSchema;

const projectRate = ranked.extend({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  investor: unitRef,
  keyProject: z.boolean(),
});
const investorRate = ranked.extend({ investor: unitRef, projects: z.number() });
const sourceRate = ranked.extend({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  parentCode: z.string().nullable(),
  depth: z.number(),
  isLeaf: z.boolean(),
});
const programmeRate = ranked.extend({
  programme: z.enum(PROGRAMMES),
  name: z.string(),
  central: figuresSchema,
  local: figuresSchema,
  recurrent: figuresSchema,
});

const curvePoint = z.object({
  month: z.number(),
  through: z.string(),
  complete: z.boolean(),
  amount: z.number(),
  cumulative: z.number(),
  planPm: z.number(),
  planLocal: z.number(),
  ratePm: rate,
  rateLocal: rate,
});

const reportingDate = z.object({
  kind: z.enum(REPORT_KINDS),
  dueOn: z.string(),
  covers: z.object({ from: z.string(), to: z.string() }),
  planYear: z.number(),
  title: z.string(),
  daysLeft: z.number(),
});

export const reportingDatesSchema = z.object({ at: z.string(), dates: z.array(reportingDate) });

export const dashboardSchema = z.object({
  province: unitRef,
  at: z.string(),
  year: z.number(),
  denominator: z.enum(PLAN_BASES),
  target: targetSchema.extend({ gap: rate }),
  provincial: figuresSchema.extend({ rate }),
  investors: z.object({
    average: rate,
    rows: z.array(investorRate),
    belowAverage: z.array(z.object({ investor: unitRef, rate: z.number(), gap: z.number() })),
  }),
  sources: z.array(sourceRate),
  programmes: z.object({ total: figuresSchema.extend({ rate }), rows: z.array(programmeRate) }),
  keyProjects: z.array(projectRate),
  curve: z.object({
    current: z.object({ year: z.number(), points: z.array(curvePoint) }),
    lastYear: z.object({ year: z.number(), points: z.array(curvePoint) }),
  }),
  projection: z
    .object({
      basisMonth: z.number(),
      cumulativeToMonth: z.number(),
      history: z.array(
        z.object({
          year: z.number(),
          cumulativeToMonth: z.number(),
          finalAmount: z.number(),
          share: rate,
        }),
      ),
      meanShare: z.number(),
      projected: z.number(),
      projectedRatePm: rate,
      projectedRateLocal: rate,
    })
    .nullable(),
  pace: z.object({
    basis: z.enum(PLAN_BASES),
    targetRate: z.number(),
    plan: z.number(),
    targetAmount: z.number(),
    cumulative: z.number(),
    remaining: z.number(),
    monthsLeft: z.number(),
    perMonth: z.number(),
    deadline: z.string(),
  }),
  reportingDates: z.array(reportingDate),
});

export const ratesSchema = z.object({
  province: unitRef,
  by: z.enum(['project', 'investor', 'source', 'programme']),
  at: z.string(),
  year: z.number(),
  denominator: z.enum(PLAN_BASES),
  total: figuresSchema.extend({ rate }),
  rows: z.array(z.union([projectRate, investorRate, sourceRate, programmeRate])),
  totalRows: z.number(),
});
