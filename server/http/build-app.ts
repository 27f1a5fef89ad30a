import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/context';
import { PRODUCT_VERSION } from '../platform/version';
import { registerErrorHandler } from './error-handler';
import { authenticateRequest } from './request-actor';
import { healthRoutes } from '../health/health-routes';
import { metaRoutes } from './meta-routes';
import { resolveWebRoot, webAppRoutes } from './web-app';
import { accessRoutes } from '../access/routes';
import { auditRoutes } from '../audit/routes';
import { organisationRoutes } from '../organisation/routes';
import { calendarRoutes } from '../calendar/routes';
import { documentRoutes } from '../documents/routes';
import { taskRoutes } from '../tasks/routes';
import { reportRoutes } from '../reports/routes';
import { notificationRoutes } from '../notifications/routes';
import { meetingRoutes } from '../meetings/routes';
import { leaderCalendarRoutes } from '../leader-calendar/routes';
import { indicatorRoutes } from '../indicators/routes';
import { investmentRoutes } from '../investment/routes';
import { evaluationRoutes } from '../evaluation/routes';
import { periodicReportRoutes } from '../periodic-reports/routes';
import { extractionRoutes } from '../extract/routes';
import { citizenCaseRoutes } from '../citizens/routes';
import { voterPetitionRoutes } from '../citizens/petitions/routes';
import { businessRoutes } from '../citizens/business/routes';
import { unitDashboardRoutes } from '../unit-dashboard/routes';
import { dashboardRoutes } from '../dashboard/routes';
import { searchRoutes } from '../search/routes';

/** A route as registered: method and URL pattern. */
export interface RegisteredRoute {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

/** Largest JSON body accepted (files travel as multipart with their own limit). */
export const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * Builds the HTTP application on a context: cookies, multipart, per-route rate
 * limits, the zod type provider (schemas validate requests, shape responses and
 * feed the OpenAPI document at /api/openapi.json), authentication, the error
 * vocabulary, every area's routes under /api/v1, and the web application.
 * Tests call it and use `app.inject()`.
 */
export async function buildApp(
  ctx: AppContext,
  opts: { webRoot?: string | null } = {},
): Promise<FastifyInstance> {
  const logger: FastifyBaseLogger = ctx.log;
  const app = Fastify({
    loggerInstance: logger,
    disableRequestLogging: ctx.config.logLevel !== 'debug' && ctx.config.logLevel !== 'trace',
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: ctx.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  // Every route, as registered: the permission-matrix test checks each has a row.
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (r) => {
    for (const method of Array.isArray(r.method) ? r.method : [r.method])
      routes.push({ method, url: r.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webRoot = resolveWebRoot(opts.webRoot);
  registerErrorHandler(app, ctx, { serveApplication: webRoot !== null });

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: ctx.config.maxFileBytes, files: 1, fields: 20, fieldSize: 64 * 1024 },
    throwFileSizeLimit: true,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'dieuhanh API',
        description:
          'API của hệ thống điều hành UBND tỉnh. Lỗi luôn có dạng { code, message, field? }; thông điệp bằng tiếng Việt (tiếng Anh khi gửi Accept-Language: en). Ghi dữ liệu bằng cookie phiên phải kèm tiêu đề X-CSRF-Token.',
        version: PRODUCT_VERSION,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'dh_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, () =>
    app.swagger(),
  );

  app.addHook('onRequest', authenticateRequest(ctx));
  await app.register(healthRoutes(ctx));
  await app.register(metaRoutes(ctx), { prefix: '/api/v1' });
  await app.register(accessRoutes(ctx), { prefix: '/api/v1' });
  await app.register(auditRoutes(ctx), { prefix: '/api/v1' });
  await app.register(organisationRoutes(ctx), { prefix: '/api/v1' });
  await app.register(calendarRoutes(ctx), { prefix: '/api/v1' });
  await app.register(documentRoutes(ctx), { prefix: '/api/v1' });
  await app.register(taskRoutes(ctx), { prefix: '/api/v1' });
  await app.register(notificationRoutes(ctx), { prefix: '/api/v1' });
  await app.register(meetingRoutes(ctx), { prefix: '/api/v1' });
  await app.register(leaderCalendarRoutes(ctx), { prefix: '/api/v1' });
  await app.register(indicatorRoutes(ctx), { prefix: '/api/v1' });
  await app.register(investmentRoutes(ctx), { prefix: '/api/v1' });
  await app.register(reportRoutes(ctx), { prefix: '/api/v1' });
  await app.register(evaluationRoutes(ctx), { prefix: '/api/v1' });
  await app.register(periodicReportRoutes(ctx), { prefix: '/api/v1' });
  await app.register(extractionRoutes(ctx), { prefix: '/api/v1' });
  await app.register(citizenCaseRoutes(ctx), { prefix: '/api/v1' });
  await app.register(voterPetitionRoutes(ctx), { prefix: '/api/v1' });
  await app.register(businessRoutes(ctx), { prefix: '/api/v1' });
  await app.register(unitDashboardRoutes(ctx), { prefix: '/api/v1' });
  await app.register(dashboardRoutes(ctx), { prefix: '/api/v1' });
  await app.register(searchRoutes(ctx), { prefix: '/api/v1' });
  await app.register(webAppRoutes(ctx, webRoot));
  return app;
}
