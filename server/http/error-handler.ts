import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../platform/errors';
import type { AppContext } from '../platform/context';
import { recordRefusal } from '../audit/record-audit';
import { formatBytes } from '../documents/file-rules';
import { isApplicationRoute, sendApplication } from './web-app';

/** Refusals the audit trail keeps (failed sign-in, lockout and CSRF are recorded where they happen). */
const AUDITED_REFUSALS = new Set<string>(['FORBIDDEN', 'STALE_VERSION']);
import { errorMessage, errorStatus, langFromHeader, renderError } from '../platform/render-error';

/** The value at a dotted path of a request part ('' is the part itself); undefined when absent. */
function valueAt(source: unknown, path: string): unknown {
  let v = source;
  for (const key of path === '' ? [] : path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * Maps every failure to the one error shape `{ code, message, field? }`:
 * AppErrors by their code, request validation to FIELD_REQUIRED or
 * FIELD_INVALID naming the field, framework limits to their codes, and anything else to INTERNAL with a
 * reference logged for the administrator.
 */
export function registerErrorHandler(
  app: FastifyInstance,
  ctx: AppContext,
  opts: { serveApplication?: boolean } = {},
): void {
  app.setErrorHandler(async (error: FastifyError | AppError | Error, request, reply) => {
    const lang = langFromHeader(request.headers['accept-language']);
    if (error instanceof AppError) {
      if (AUDITED_REFUSALS.has(error.code) && request.actor) {
        await recordRefusal(ctx, {
          actor: request.actor,
          action: error.code === 'STALE_VERSION' ? 'refused.stale_write' : 'refused.forbidden',
          details: { method: request.method, url: request.url, ...error.params },
        });
      }
      const body = renderError(error, lang);
      return reply.status(errorStatus(error.code)).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const where = error.validationContext ?? 'body';
      const path = issue?.instancePath.replace(/^\//, '').replace(/\//g, '.') ?? '';
      const unknownKeys =
        issue?.keyword === 'unrecognized_keys'
          ? ((issue.params as { keys?: string[] }).keys ?? [])
          : [];
      const field = unknownKeys[0]
        ? [path, unknownKeys[0]].filter(Boolean).join('.')
        : path || where;
      // A field left out is "required", not "invalid": the issue does not carry the value, the request does.
      const source: unknown =
        where === 'querystring'
          ? request.query
          : where === 'params'
            ? request.params
            : where === 'headers'
              ? request.headers
              : request.body;
      if (issue?.keyword === 'invalid_type' && valueAt(source, path) === undefined) {
        return reply.status(400).send({
          code: 'FIELD_REQUIRED',
          message: errorMessage('FIELD_REQUIRED', lang, { field }),
          field,
        });
      }
      const reason =
        unknownKeys.length > 0
          ? lang === 'vi'
            ? 'trường không được phép'
            : 'unknown field'
          : (issue?.message ?? '');
      return reply.status(400).send({
        code: 'FIELD_INVALID',
        message: errorMessage('FIELD_INVALID', lang, { field, reason }),
        field,
      });
    }
    const fe = error as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
      const limit =
        fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? '1 MB' : formatBytes(ctx.config.maxFileBytes);
      return reply.status(413).send({
        code: 'PAYLOAD_TOO_LARGE',
        message: errorMessage('PAYLOAD_TOO_LARGE', lang, { limit }),
      });
    }
    if (fe.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      return reply.status(415).send({
        code: 'VALIDATION_FAILED',
        message: errorMessage('VALIDATION_FAILED', lang, {
          reason:
            lang === 'vi'
              ? 'cần gửi tệp dạng multipart/form-data'
              : 'send the file as multipart/form-data',
        }),
      });
    }
    if (
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      (fe.statusCode === 400 && error instanceof SyntaxError)
    ) {
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message: errorMessage('VALIDATION_FAILED', lang, {
          reason: lang === 'vi' ? 'JSON không đúng cú pháp' : 'malformed JSON',
        }),
      });
    }
    if (fe.statusCode === 429) {
      return reply
        .status(429)
        .send({ code: 'RATE_LIMITED', message: errorMessage('RATE_LIMITED', lang, {}) });
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({
        code: 'VALIDATION_FAILED',
        message: errorMessage('VALIDATION_FAILED', lang, { reason: fe.message }),
      });
    }
    const ref = randomUUID().slice(0, 8);
    request.log.error({ err: error, ref }, 'unhandled error');
    return reply
      .status(500)
      .send({ code: 'INTERNAL', message: errorMessage('INTERNAL', lang, { ref }) });
  });
  app.setNotFoundHandler((request, reply) => {
    if (opts.serveApplication && isApplicationRoute(request)) return sendApplication(reply);
    const lang = langFromHeader(request.headers['accept-language']);
    return reply.status(404).send({
      code: 'NOT_FOUND',
      message: errorMessage('NOT_FOUND', lang, {
        entity: lang === 'vi' ? 'địa chỉ' : 'Route',
        id: request.url,
      }),
    });
  });
}
