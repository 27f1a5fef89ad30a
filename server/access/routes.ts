import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { actorOf, SESSION_COOKIE, versionOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { login, loginInput } from './login';
import { logout } from './sessions';
import {
  changePassword,
  changePasswordInput,
  createUser,
  createUserInput,
  resetPassword,
  updateUser,
  updateUserInput,
} from './manage-users';
import { createApiToken, createApiTokenInput, revokeApiToken } from './api-tokens';
import { listUsers } from './user-queries';
import { authorize, scopePathOf } from './policy';
import { ROLES } from './tables';

const userView = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  scopeUnitId: z.number(),
  scopeUnitName: z.string().nullable(),
  personId: z.number().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  version: z.number(),
});

const meView = z.object({
  user: z.object({
    id: z.number(),
    username: z.string(),
    fullName: z.string(),
    role: z.enum(ROLES),
    unitId: z.number().nullable(),
    unitName: z.string().nullable(),
    scopeUnitId: z.number(),
  }),
  csrfToken: z.string(),
});

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();

/** Sign-in, sessions, users and API tokens. */
export function accessRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    async function me(userId: number, csrfToken: string) {
      const today = ctx.clock.today();
      const [u] = (await listUsers(ctx.db.q, { asOf: today, now: ctx.systemNow() })).filter(
        (x) => x.id === userId,
      );
      if (!u) throw new AppError('UNAUTHENTICATED');
      return {
        user: {
          id: u.id,
          username: u.username,
          fullName: u.fullName,
          role: u.role,
          unitId: u.unitId,
          unitName: u.unitName,
          scopeUnitId: u.scopeUnitId,
        },
        csrfToken,
      };
    }

    app.post(
      '/auth/login',
      {
        config: {
          public: true,
          rateLimit: { max: ctx.config.loginRatePerMinute, timeWindow: '1 minute' },
        },
        schema: {
          tags: ['auth'],
          summary: 'Đăng nhập',
          body: loginInput,
          response: { 200: meView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const result = await login(ctx, { input: request.body, ip: request.ip });
        reply.setCookie(SESSION_COOKIE, result.sessionSecret, {
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          path: '/',
          expires: result.expiresAt,
        });
        return me(result.actor.userId, result.csrfToken);
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Đăng xuất',
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        if (request.session) await logout(ctx, request.session);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Người dùng đang đăng nhập',
          response: { 200: meView, ...errorResponses },
        },
      },
      async (request) => {
        if (!request.session) throw new AppError('UNAUTHENTICATED');
        return me(request.session.actor.userId, request.session.csrfToken);
      },
    );

    app.post(
      '/auth/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Đổi mật khẩu',
          body: changePasswordInput,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await changePassword(ctx, {
          actor: actorOf(request),
          input: request.body,
          ...(request.session ? { keepSessionId: request.session.sessionId } : {}),
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Danh sách người dùng',
          response: { 200: z.object({ items: z.array(userView) }), ...errorResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        authorize(actor, 'user.manage');
        const scope = scopePathOf(actor);
        return {
          items: await listUsers(ctx.db.q, {
            asOf: ctx.clock.today(),
            now: ctx.systemNow(),
            ...(scope ? { underPath: scope } : {}),
          }),
        };
      },
    );

    app.post(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Tạo người dùng',
          body: createUserInput,
          response: { 201: z.object({ user: userView, password: z.string() }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const result = await createUser(ctx, { actor: actorOf(request), input: request.body });
        return reply.status(201).send(result);
      },
    );

    app.patch(
      '/users/:id',
      {
        schema: {
          tags: ['users'],
          summary: 'Đổi vai trò, đơn vị, phạm vi hoặc trạng thái người dùng',
          params: idParams,
          body: updateUserInput.omit({ userId: true }),
          response: { 200: userView, ...errorResponses },
        },
      },
      async (request) => {
        const version = versionOf(request, request.body.version);
        return updateUser(ctx, {
          actor: actorOf(request),
          input: {
            ...request.body,
            userId: request.params.id,
            ...(version !== undefined ? { version } : {}),
          },
        });
      },
    );

    app.post(
      '/users/:id/reset-password',
      {
        schema: {
          tags: ['users'],
          summary: 'Đặt lại mật khẩu (trả về mật khẩu mới một lần)',
          params: idParams,
          response: { 200: z.object({ password: z.string() }), ...errorResponses },
        },
      },
      async (request) => resetPassword(ctx, { actor: actorOf(request), userId: request.params.id }),
    );

    app.post(
      '/api-tokens',
      {
        schema: {
          tags: ['users'],
          summary: 'Tạo mã truy cập API cho hệ thống kết nối (trả về mã một lần)',
          body: createApiTokenInput,
          response: { 201: z.object({ id: z.number(), token: z.string() }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createApiToken(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.delete(
      '/api-tokens/:id',
      {
        schema: {
          tags: ['users'],
          summary: 'Thu hồi mã truy cập API',
          params: idParams,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await revokeApiToken(ctx, { actor: actorOf(request), tokenId: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
}
