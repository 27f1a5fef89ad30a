import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../platform/context';
import type { UserActor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { authenticateSession, authenticateToken, type SessionAuth } from '../access/sessions';
import { recordRefusal } from '../audit/record-audit';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'dh_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user (session or API token); set on every authenticated route. */
    actor?: UserActor;
    /** The cookie session, when the request came with one. */
    session?: SessionAuth;
  }
  interface FastifyContextConfig {
    /** Routes reachable without signing in (health, sign-in, metadata, API docs). */
    public?: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Authenticates every non-public route: a Bearer API token, or the session
 * cookie; cookie-authenticated writes must carry the session's CSRF token in
 * `X-CSRF-Token` (a refusal is audited).
 */
export function authenticateRequest(ctx: AppContext) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    // Only the API needs a signed-in caller; the web application's files, public routes and
    // unknown addresses (answered 404) do not.
    if (
      !request.url.startsWith('/api/') ||
      request.url.startsWith('/api/docs') ||
      !request.routeOptions.url ||
      request.routeOptions.url === '/*' ||
      request.routeOptions.config.public
    ) {
      // Public routes still learn who is calling when a session is present (sign-out, /auth/me).
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        try {
          request.session = await authenticateSession(ctx, cookie);
          request.actor = request.session.actor;
        } catch {
          // An unknown or expired cookie on a public route is ignored.
        }
      }
      return;
    }
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.actor = await authenticateToken(ctx, header.slice('Bearer '.length).trim());
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) throw new AppError('UNAUTHENTICATED');
    const session = await authenticateSession(ctx, cookie);
    request.session = session;
    request.actor = session.actor;
    if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      await recordRefusal(ctx, {
        actor: session.actor,
        action: 'auth.csrf_failed',
        details: { method: request.method, url: request.url },
      });
      throw new AppError('CSRF_FAILED');
    }
  };
}

/** The actor of an authenticated route (throws if the route was declared public). */
export function actorOf(request: FastifyRequest): UserActor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

/**
 * The version a write was based on: the `If-Match` header (`"3"`, `W/"3"` or
 * `3`) or the body's `version`. Lost-update protection compares it with the
 * stored one.
 */
export function versionOf(
  request: FastifyRequest,
  bodyVersion: number | undefined,
): number | undefined {
  const header = request.headers['if-match'];
  if (typeof header === 'string') {
    const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
    if (m) return Number(m[1]);
    throw new AppError('FIELD_INVALID', {
      field: 'If-Match',
      params: { reason: 'phải là số phiên bản, ví dụ "3"' },
    });
  }
  return bodyVersion;
}
