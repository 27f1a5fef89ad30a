import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { leaderDashboard } from './leader-dashboard';
import { leaderDashboardSchema } from './http-schemas';

/** Dashboards (bảng điều hành): the province's leader dashboard. */
export function dashboardRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/dashboard/leader',
      {
        schema: {
          tags: ['dashboard'],
          summary:
            'Bảng điều hành của lãnh đạo tỉnh: mỗi số liệu kèm địa chỉ danh sách đã lọc tạo ra nó (kỳ: month, ytd hoặc 2023-06, 2023-Q2, 2023-H1, 2023-9M, 2023)',
          querystring: z
            .object({
              period: z.string().max(20).optional(),
              basis: z.enum(['nd09', 'calendar']).optional(),
            })
            .strict(),
          response: { 200: leaderDashboardSchema, ...errorResponses },
        },
      },
      async (request) =>
        leaderDashboard(ctx, {
          actor: actorOf(request),
          input: {
            ...(request.query.period !== undefined ? { period: request.query.period } : {}),
            ...(request.query.basis ? { basis: request.query.basis } : {}),
          },
        }),
    );
  };
}
