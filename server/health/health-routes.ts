import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { migrationState } from '../platform/db/migrate';
import { getSetting } from '../platform/settings';
import { PRODUCT_VERSION } from '../platform/version';

const healthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  migrations: z.object({ latest: z.string().nullable(), pending: z.array(z.string()) }),
  clock: z.object({
    now: z.string(),
    today: z.string(),
    source: z.enum(['env', 'database', 'system']),
    timeZone: z.string(),
  }),
  demo: z.boolean(),
  /** "Dữ liệu minh họa" when the database holds the illustrative demo. */
  dataLabel: z.string().nullable(),
});

/** GET /api/health: version, engine, migration state and the clock in use. */
export function healthRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/health',
      {
        config: { public: true },
        schema: {
          tags: ['system'],
          summary: 'Tình trạng hệ thống (health)',
          response: { 200: healthResponse },
        },
      },
      async () => {
        const state = await migrationState(ctx.db);
        const demo = await getSetting(ctx.db.q, 'demo');
        return {
          status: 'ok' as const,
          version: PRODUCT_VERSION,
          engine: ctx.db.engine,
          migrations: { latest: state.latest, pending: state.pending },
          clock: {
            now: ctx.clock.now().toISOString(),
            today: ctx.clock.today(),
            source: ctx.clock.source,
            timeZone: ctx.clock.timeZone,
          },
          demo,
          dataLabel: demo ? 'Dữ liệu minh họa' : null,
        };
      },
    );
  };
}
