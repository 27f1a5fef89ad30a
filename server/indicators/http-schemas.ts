import { z } from 'zod';
import {
  AGGREGATIONS,
  BASES,
  DIRECTIONS,
  EXPLANATION_STATUSES,
  FREQUENCIES,
  INDICATOR_CATEGORIES,
  MESSAGE_KINDS,
  TARGET_KINDS,
  VALUE_SOURCES,
  VALUE_STATUSES,
} from './tables';

const unitLabel = z.object({ id: z.number(), code: z.string(), name: z.string() });
const colour = z.enum(['green', 'amber', 'red', 'grey']);

/** Response shape of a catalogue entry (mirrors IndicatorView). */
export const indicatorViewSchema = z.object({
  id: z.number(),
  provinceId: z.number(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  category: z.enum(INDICATOR_CATEGORIES),
  unitOfMeasure: z.string(),
  frequency: z.enum(FREQUENCIES),
  basis: z.enum(BASES),
  aggregation: z.enum(AGGREGATIONS),
  direction: z.enum(DIRECTIONS),
  ownerUnit: unitLabel,
  dataSource: z.string().nullable(),
  parentId: z.number().nullable(),
  colourTarget: z.enum(TARGET_KINDS),
  sortOrder: z.number(),
  active: z.boolean(),
  version: z.number(),
});

/** Response shape of a yearly target. */
export const targetViewSchema = z.object({
  id: z.number(),
  indicatorId: z.number(),
  unit: unitLabel,
  year: z.number(),
  kind: z.enum(TARGET_KINDS),
  value: z.number(),
  basisDocument: z.string().nullable(),
  setBy: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});

/** Response shape of a period value (any revision). */
export const valueViewSchema = z.object({
  id: z.number(),
  indicatorId: z.number(),
  unit: unitLabel,
  period: z.string(),
  periodLabel: z.string(),
  periodKind: z.enum(['month', 'quarter', 'half', 'nine_months', 'year']),
  periodFrom: z.string(),
  periodTo: z.string(),
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  estimate: z.boolean(),
  note: z.string().nullable(),
  source: z.enum(VALUE_SOURCES),
  sourceRef: z.string().nullable(),
  status: z.enum(VALUE_STATUSES),
  revision: z.number(),
  supersededById: z.number().nullable(),
  enteredOn: z.string(),
  enteredAt: z.string(),
  enteredBy: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

/** Response shape of a period lock. */
export const lockViewSchema = z.object({
  id: z.number(),
  provinceId: z.number(),
  period: z.string(),
  periodLabel: z.string(),
  lockedOn: z.string(),
  lockedBy: z.string(),
  note: z.string().nullable(),
});

/** Response shape of an explanation request with its thread. */
export const explanationViewSchema = z.object({
  id: z.number(),
  indicator: z.object({
    id: z.number(),
    code: z.string(),
    nameVi: z.string(),
    unitOfMeasure: z.string(),
  }),
  unit: unitLabel,
  answeringUnit: unitLabel,
  period: z.string(),
  periodLabel: z.string(),
  status: z.enum(EXPLANATION_STATUSES),
  dueOn: z.string(),
  overdue: z.boolean(),
  colour: z.string(),
  ratio: z.number().nullable(),
  percentOfTarget: z.number().nullable(),
  requestedBy: z.string(),
  requestedOn: z.string(),
  answeredOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  messages: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(MESSAGE_KINDS),
      body: z.string(),
      author: z.string(),
      authorRole: z.string().nullable(),
      at: z.string(),
      onDate: z.string(),
    }),
  ),
  version: z.number(),
});

const nullableNumber = z.number().nullable();

/** Response shape of the indicator table. */
export const indicatorTableSchema = z.object({
  province: unitLabel,
  unit: unitLabel,
  period: z.string(),
  periodLabel: z.string(),
  thresholds: z.object({ green: z.number(), amber: z.number() }),
  counts: z.object({ green: z.number(), amber: z.number(), red: z.number(), grey: z.number() }),
  rows: z.array(
    z.object({
      indicator: z.object({
        id: z.number(),
        code: z.string(),
        nameVi: z.string(),
        nameEn: z.string(),
        category: z.enum(INDICATOR_CATEGORIES),
        unitOfMeasure: z.string(),
        frequency: z.enum(FREQUENCIES),
        basis: z.enum(BASES),
        aggregation: z.enum(AGGREGATIONS),
        direction: z.enum(DIRECTIONS),
        parentId: z.number().nullable(),
        colourTarget: z.enum(TARGET_KINDS),
        ownerUnitId: z.number(),
      }),
      period: z.string().nullable(),
      periodLabel: z.string().nullable(),
      cumulative: nullableNumber,
      lastYearCumulative: nullableNumber,
      target: nullableNumber,
      targetKind: z.enum(TARGET_KINDS),
      targets: z.object({
        plan: nullableNumber,
        estimateCentral: nullableNumber,
        estimateCouncil: nullableNumber,
      }),
      percentOfTarget: nullableNumber,
      yoyChange: nullableNumber,
      expectedShare: nullableNumber,
      proratedTarget: nullableNumber,
      ratio: nullableNumber,
      colour,
      includesEstimate: z.boolean(),
      pendingCount: z.number(),
      openExplanation: z.object({ id: z.number(), status: z.string() }).nullable(),
      sparkline: z.array(
        z.object({ period: z.string(), value: nullableNumber, estimate: z.boolean() }),
      ),
    }),
  ),
});

/** Response shape of revenue against estimate by source. */
export const revenueBySourceSchema = z.object({
  province: unitLabel,
  period: z.string(),
  periodLabel: z.string(),
  rows: z.array(
    z.object({
      source: z.object({
        indicatorId: z.number(),
        code: z.string(),
        nameVi: z.string(),
        nameEn: z.string(),
        parentId: z.number().nullable(),
        depth: z.number(),
      }),
      unitOfMeasure: z.string(),
      estimateCentral: nullableNumber,
      estimateCouncil: nullableNumber,
      actual: nullableNumber,
      lastYearActual: nullableNumber,
      percentOfEstimateCentral: nullableNumber,
      percentOfEstimateCouncil: nullableNumber,
      yoyChange: nullableNumber,
      colour,
      includesEstimate: z.boolean(),
    }),
  ),
});

/** Response shape of the machine feed. */
export const feedResultSchema = z.object({
  received: z.number(),
  approved: z.number(),
  pending: z.number(),
  items: z.array(
    z.object({
      indicator: z.string(),
      unitId: z.number(),
      period: z.string(),
      valueId: z.number(),
      status: z.enum(VALUE_STATUSES),
    }),
  ),
});
