import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { TASK_STATUSES } from '../../shared/tasks/status';
import { unitDashboard } from './unit-dashboard';

const figure = z.object({
  count: z.number(),
  /** The web address of the list the number counts (`/nhiem-vu?unit=…`). */
  link: z.string(),
});
const roleCounts = z.object({
  total: figure,
  byStatus: z.object(
    Object.fromEntries(TASK_STATUSES.map((s) => [s, figure])) as Record<
      (typeof TASK_STATUSES)[number],
      typeof figure
    >,
  ),
});

/** The response of `GET /api/v1/dashboard/unit`. */
export const unitDashboardSchema = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  asOf: z.string(),
  week: z.object({ from: z.string(), to: z.string() }),
  tasks: z.object({ lead: roleCounts, coordinate: roleCounts }),
  dueThisWeek: figure.extend({
    items: z.array(
      z.object({
        id: z.number(),
        content: z.string(),
        status: z.enum(TASK_STATUSES),
        deadline: z.string().nullable(),
        link: z.string(),
      }),
    ),
  }),
  indicators: z.object({
    period: z.string(),
    periodLabel: z.string(),
    total: figure,
    toEnter: figure.extend({
      items: z.array(
        z.object({
          id: z.number(),
          code: z.string(),
          name: z.string(),
          period: z.string(),
          link: z.string(),
        }),
      ),
    }),
    awaitingApproval: z.number(),
  }),
  approvals: figure.extend({ progress: z.number(), extension: z.number() }),
  scorecard: z
    .object({
      runId: z.number(),
      periodLabel: z.string(),
      score: z.number().nullable(),
      rank: z.number().nullable(),
      level: z.string().nullable(),
      unitCount: z.number(),
      summary: z.string(),
      link: z.string(),
    })
    .nullable(),
  explanations: figure.extend({
    items: z.array(
      z.object({
        id: z.number(),
        indicator: z.string(),
        periodLabel: z.string(),
        dueOn: z.string(),
        overdue: z.boolean(),
        link: z.string(),
      }),
    ),
  }),
  urgings: z.object({ total: figure, unread: figure, read: z.number() }),
});

/** The unit dashboard (bảng điều hành của đơn vị). */
export function unitDashboardRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/dashboard/unit',
      {
        schema: {
          tags: ['dashboard'],
          summary:
            'Bảng điều hành của đơn vị: nhiệm vụ chủ trì/phối hợp theo trạng thái, đến hạn tuần này, chỉ tiêu cần nhập, việc chờ duyệt, kết quả đánh giá, giải trình, đôn đốc — mỗi con số kèm địa chỉ danh sách',
          querystring: z
            .object({
              /** The unit; default the caller's own unit. Unit roles: only units in their scope. */
              unitId: z.coerce.number().int().positive().optional(),
            })
            .strict(),
          response: { 200: unitDashboardSchema, ...errorResponses },
        },
      },
      async (request) =>
        unitDashboard(ctx, {
          actor: actorOf(request),
          input: request.query.unitId ? { unitId: request.query.unitId } : {},
        }),
    );
  };
}
