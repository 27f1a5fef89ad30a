/**
 * Response shapes of the evaluation endpoints (they feed the OpenAPI
 * document; the presenters in evaluation-view.ts produce exactly these).
 */
import { z } from 'zod';
import { LEVELS } from '../../shared/evaluation/rating';
import { CRITERION_KEYS, LIST_THRESHOLD_KEYS } from './rule-sets';

const level = z.enum(LEVELS).nullable();
const unitRef = z.object({ id: z.number(), code: z.string(), name: z.string() });
const head = z.object({ personId: z.number(), fullName: z.string(), title: z.string() }).nullable();
const taskCounts = z.object({
  HT_DUNG_HAN: z.number(),
  HT_QUA_HAN: z.number(),
  CHT_TRONG_HAN: z.number(),
  CHT_QUA_HAN: z.number(),
  KHONG_THOI_HAN: z.number(),
  total: z.number(),
});
const criterion = z.enum(CRITERION_KEYS);

/** The raw inputs of one unit, as gathered. */
export const unitInputsSchema = z.object({
  tasks: taskCounts.nullable(),
  urgings: z.object({ nhac_nho: z.number(), phe_binh: z.number(), kiem_diem: z.number() }),
  revenue: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      unitOfMeasure: z.string(),
      actual: z.number(),
      estimate: z.number(),
      estimateKind: z.string(),
      expectedShare: z.number(),
      proratedEstimate: z.number(),
    }),
  ),
  disbursement: z
    .object({ plan: z.number(), disbursed: z.number(), rate: z.number(), projects: z.number() })
    .nullable(),
  targets: z.array(z.object({ code: z.string(), name: z.string(), ratio: z.number() })),
  reportingTimeliness: z
    .object({ due: z.number(), onTime: z.number(), late: z.number(), missing: z.number() })
    .nullable(),
});

const scoreLine = z.object({
  key: criterion,
  label: z.string(),
  weight: z.number(),
  effectiveWeight: z.number(),
  input: z.string(),
  normalised: z.number().nullable(),
  points: z.number(),
  explanation: z.string(),
});

const unitResult = z.object({
  unit: unitRef.extend({ kind: z.string() }),
  head,
  score: z.number().nullable(),
  rank: z.number().nullable(),
  level,
  summary: z.string(),
  lines: z.array(scoreLine),
  inputs: unitInputsSchema,
});

const headResult = z.object({
  unit: unitRef,
  head,
  score: z.number().nullable(),
  level,
  demotedByQuota: z.boolean(),
  checks: z.array(
    z.object({
      level: z.enum(LEVELS),
      requirement: z.string(),
      met: z.boolean().nullable(),
      actual: z.string(),
    }),
  ),
  explanation: z.array(z.string()),
});

const listEntry = z.object({
  unit: unitRef,
  score: z.number().nullable(),
  rank: z.number().nullable(),
  reasons: z.array(
    z.object({ criterion: z.union([criterion, z.literal('score')]), text: z.string() }),
  ),
});

const period = z.object({
  year: z.number(),
  half: z.number().nullable(),
  from: z.string(),
  to: z.string(),
  label: z.string(),
});

const ruleSet = z.object({ key: z.string(), label: z.string(), legalBasis: z.string() });
const weights = z.record(criterion, z.number());
const listThresholds = z.object({
  onTimeAllMinDue: z.number(),
  overdueAtLeast: z.number(),
  urgingsWeightedAtLeast: z.number(),
  revenueBelow: z.number(),
  missingReportsAtLeast: z.number(),
});

/** A stored evaluation run, limited to the units in the reader's scope. */
export const evaluationRunSchema = z.object({
  id: z.number(),
  province: unitRef,
  period,
  ruleSet,
  weights,
  /** The thresholds the commendation and criticism lists were drawn with. */
  listThresholds: listThresholds.nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  /** Units in the run; `units` holds only those in the reader's scope when `scopedToUnits`. */
  unitCount: z.number(),
  scopedToUnits: z.boolean(),
  disbursement: z.object({
    basis: z.enum(['pm', 'local']),
    targetRate: z.number(),
    targetRecorded: z.boolean(),
    plan: z.number(),
    disbursed: z.number(),
    average: z.number().nullable(),
    monthsElapsed: z.number(),
  }),
  units: z.array(unitResult),
  heads: z.array(headResult),
  commendations: z.array(listEntry),
  criticisms: z.array(listEntry),
  notes: z.array(z.string()),
});
export type EvaluationRunView = z.output<typeof evaluationRunSchema>;

/** A run in a listing. */
export const evaluationRunSummarySchema = z.object({
  id: z.number(),
  province: unitRef,
  period,
  ruleSet: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  unitCount: z.number(),
});
export type EvaluationRunSummary = z.output<typeof evaluationRunSummarySchema>;

/** The weights of a year. */
export const evaluationWeightsSchema = z.object({
  year: z.number(),
  ruleSet,
  isDefault: z.boolean(),
  criteria: z.array(
    z.object({ key: criterion, label: z.string(), weight: z.number(), defaultWeight: z.number() }),
  ),
});

/** The thresholds of the commendation and criticism lists of a year. */
export const listThresholdsViewSchema = z.object({
  year: z.number(),
  ruleSet,
  isDefault: z.boolean(),
  thresholds: listThresholds,
  rules: z.array(
    z.object({
      key: z.enum(LIST_THRESHOLD_KEYS),
      label: z.string(),
      value: z.number(),
      defaultValue: z.number(),
    }),
  ),
});
