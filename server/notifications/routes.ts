import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from './inbox';
import {
  getMyPreferences,
  updateMyPreferences,
  updatePreferencesInput,
} from './notification-preferences';
import {
  createWebhookEndpoint,
  createWebhookEndpointInput,
  deleteWebhookEndpoint,
  listWebhookEndpoints,
} from './webhook-endpoints';
import { NOTIFICATION_KINDS, OVERDUE_REPEATS } from './tables';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();

const notificationView = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

const preferencesView = z.object({
  beforeDeadlineDays: z.array(z.number()),
  overdueRepeat: z.enum(OVERDUE_REPEATS),
  digestTime: z.string().nullable(),
  email: z.boolean(),
  webhook: z.boolean(),
  /** Where e-mails go: the address of the person linked to the account (null: none). */
  emailAddress: z.string().nullable(),
});

const endpointView = z.object({
  id: z.number(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.enum(NOTIFICATION_KINDS)),
  active: z.boolean(),
  createdAt: z.string(),
});

/** The in-app inbox, one's notification preferences, and the province's webhook endpoints. */
export function notificationRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/notifications',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Thông báo của tôi (mới nhất trước) và số chưa đọc',
          querystring: z
            .object({
              limit: z.coerce.number().int().min(1).max(200).default(50),
              before: z.coerce.number().int().positive().optional(),
              unread: z.enum(['true', 'false']).optional(),
            })
            .strict(),
          response: {
            200: z.object({ items: z.array(notificationView), unreadCount: z.number() }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        listMyNotifications(ctx, {
          actor: actorOf(request),
          limit: request.query.limit,
          ...(request.query.before ? { beforeId: request.query.before } : {}),
          unreadOnly: request.query.unread === 'true',
        }),
    );

    app.post(
      '/notifications/:id/read',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Đánh dấu một thông báo đã đọc (hoặc chưa đọc với { "read": false })',
          params: idParams,
          // No body (null) is the usual call: mark it read.
          body: z
            .object({ read: z.boolean().default(true) })
            .strict()
            .nullish(),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await markNotificationRead(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          read: request.body?.read ?? true,
        });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/notifications/read-all',
      {
        schema: {
          tags: ['notifications'],
          summary:
            'Đánh dấu mọi thông báo đã đọc; với upToId chỉ những thông báo đến số đó (những gì người dùng đã thấy)',
          body: z.object({ upToId: z.number().int().positive().optional() }).strict().nullish(),
          response: { 200: z.object({ updated: z.number() }), ...errorResponses },
        },
      },
      async (request) =>
        markAllNotificationsRead(ctx, {
          actor: actorOf(request),
          ...(request.body?.upToId ? { upToId: request.body.upToId } : {}),
        }),
    );

    app.get(
      '/notification-preferences',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Cách tôi nhận nhắc hạn: số ngày trước hạn, nhắc lại khi quá hạn, giờ tổng hợp',
          response: { 200: preferencesView, ...errorResponses },
        },
      },
      async (request) => getMyPreferences(ctx, { actor: actorOf(request) }),
    );

    app.put(
      '/notification-preferences',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Đặt cách tôi nhận nhắc hạn',
          body: updatePreferencesInput,
          response: { 200: preferencesView, ...errorResponses },
        },
      },
      async (request) => updateMyPreferences(ctx, { actor: actorOf(request), input: request.body }),
    );

    app.get(
      '/webhook-endpoints',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Các webhook nhận thông báo (Zalo OA, cổng SMS) — quản trị',
          response: { 200: z.array(endpointView), ...errorResponses },
        },
      },
      async (request) => listWebhookEndpoints(ctx, { actor: actorOf(request) }),
    );

    app.post(
      '/webhook-endpoints',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Thêm webhook; khóa ký (secret) chỉ hiện một lần',
          body: createWebhookEndpointInput,
          response: {
            201: z.object({ endpoint: endpointView, secret: z.string() }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createWebhookEndpoint(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.delete(
      '/webhook-endpoints/:id',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Gỡ webhook',
          params: idParams,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteWebhookEndpoint(ctx, { actor: actorOf(request), id: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
}
