import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/context';
import { registerErrorHandler } from './error-handler';
import { healthRoutes } from '../health/health-routes';
import { startPageRoutes } from './start-page';

/**
 * Builds the HTTP application on a context: the zod type provider (schemas
 * validate requests and feed the OpenAPI document), the error vocabulary, and
 * every area's routes. Tests call it and use `app.inject()`.
 */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const logger: FastifyBaseLogger = ctx.log;
  const app = Fastify({
    loggerInstance: logger,
    disableRequestLogging: ctx.config.logLevel !== 'debug' && ctx.config.logLevel !== 'trace',
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(healthRoutes(ctx));
  await app.register(startPageRoutes(ctx));
  return app;
}
