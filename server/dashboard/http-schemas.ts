import { z } from 'zod';
import { TASK_STATUSES } from '../../shared/tasks/status';

/** A figure and the address of the list behind it, filtered to reproduce it. */
export const figureSchema = z.object({
  value: z.number().nullable(),
  href: z.string(),
});
export type Figure = z.infer<typeof figureSchema>;

const statusFigures = z.object(
  Object.fromEntries(TASK_STATUSES.map((s) => [s, figureSchema])) as Record<
    (typeof TASK_STATUSES)[number],
    typeof figureSchema
  >,
);
const statusNumbers = z.object(
  Object.fromEntries(TASK_STATUSES.map((s) => [s, z.number()])) as Record<
    (typeof TASK_STATUSES)[number],
    z.ZodNumber
  >,
);

const curvePoint = z.object({
  month: z.number(),
  through: z.string(),
  cumulative: z.number(),
  rate: z.number().nullable(),
});

/** The response shape of `GET /api/v1/dashboard/leader` (see leaderDashboard). */
export const leaderDashboardSchema = z.object({
  today: z.string(),
  province: z.object({ id: z.number(), name: z.string() }),
  period: z.object({
    key: z.string(),
    basis: z.enum(['nd09', 'calendar']),
    label: z.string(),
    from: z.string(),
    to: z.string(),
    /** Figures are taken on this date: the period's end, or today when it has not ended. */
    asOf: z.string(),
    /** True when asOf is today (task lists then reproduce the task figures). */
    live: z.boolean(),
  }),
  tasks: z.object({
    asOf: z.string(),
    total: figureSchema,
    counts: statusFigures,
    dueSoon: figureSchema,
    /** HT_DUNG_HAN ÷ (HT_DUNG_HAN + HT_QUA_HAN + CHT_QUA_HAN), as a fraction; null when nothing came due. */
    onTimeRate: figureSchema,
    /** Counts by status at each month end of the period (or of the year so far). */
    trend: z.array(
      z.object({ at: z.string(), href: z.string(), counts: statusNumbers, total: z.number() }),
    ),
  }),
  overdue: z.object({
    asOf: z.string(),
    total: figureSchema,
    byUnit: z.array(
      z.object({ unit: z.object({ id: z.number(), name: z.string() }), count: figureSchema }),
    ),
    byLeader: z.array(
      z.object({
        leader: z.object({ personId: z.number().nullable(), name: z.string() }),
        count: figureSchema,
      }),
    ),
  }),
  investment: z.object({
    at: z.string(),
    year: z.number(),
    basis: z.enum(['pm', 'local']),
    target: z.object({
      rate: z.number(),
      recorded: z.boolean(),
      sourceText: z.string().nullable(),
      sourceDocument: z
        .object({
          id: z.number(),
          numberSymbol: z.string().nullable(),
          issueDate: z.string().nullable(),
        })
        .nullable(),
    }),
    /** Percent of the plan on the target's basis. */
    rate: figureSchema,
    disbursed: figureSchema,
    plan: figureSchema,
    gap: z.number().nullable(),
    curve: z.object({
      year: z.number(),
      current: z.array(curvePoint),
      lastYear: z.array(curvePoint),
    }),
    projection: z
      .object({ basisMonth: z.number(), projected: figureSchema, projectedRate: figureSchema })
      .nullable(),
  }),
  revenue: z.object({
    period: z.string(),
    periodLabel: z.string(),
    href: z.string(),
    rows: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        depth: z.number(),
        unitOfMeasure: z.string(),
        actual: figureSchema,
        estimateCouncil: z.number().nullable(),
        estimateCentral: z.number().nullable(),
        percentOfEstimateCouncil: figureSchema,
        percentOfEstimateCentral: figureSchema,
        colour: z.string(),
      }),
    ),
  }),
  explanations: z.object({
    asOf: z.string(),
    awaiting: figureSchema,
    overdue: figureSchema,
    items: z.array(
      z.object({
        id: z.number(),
        indicator: z.string(),
        unit: z.string(),
        periodLabel: z.string(),
        dueOn: z.string(),
        overdue: z.boolean(),
        href: z.string(),
      }),
    ),
  }),
  urgings: z.object({ sent: figureSchema, unread: figureSchema }),
  citizens: z.object({
    reception: z.object({
      fromMonth: z.string(),
      toMonth: z.string(),
      /** Leader-months judged. */
      lines: figureSchema,
      met: figureSchema,
      /** Percent of leader-months meeting the legal minimum. */
      rate: figureSchema,
      notMet: z.array(
        z.object({
          leader: z.string(),
          month: z.string(),
          days: z.number(),
          required: z.number(),
        }),
      ),
    }),
    dueSoonDays: z.number(),
    casesDueSoon: figureSchema,
    casesOverdue: figureSchema,
  }),
  meeting: z.object({
    href: z.string(),
    next: z
      .object({
        id: z.number(),
        title: z.string(),
        meetingDate: z.string(),
        startsAtLocal: z.string(),
        location: z.string().nullable(),
        chair: z.string(),
        status: z.string(),
        agendaCount: figureSchema,
        agenda: z.array(
          z.object({
            id: z.number(),
            source: z.string(),
            title: z.string(),
            leadUnit: z.string().nullable(),
            deadline: z.string().nullable(),
            daysLate: z.number().nullable(),
          }),
        ),
      })
      .nullable(),
  }),
  calendar: z.object({
    week: z.string(),
    from: z.string(),
    to: z.string(),
    count: figureSchema,
    conflicts: figureSchema,
    events: z.array(
      z.object({
        id: z.number(),
        kind: z.string(),
        title: z.string(),
        leader: z.string(),
        date: z.string(),
        startsAtLocal: z.string(),
        endsAtLocal: z.string(),
        location: z.string().nullable(),
      }),
    ),
  }),
});
export type LeaderDashboard = z.infer<typeof leaderDashboardSchema>;
