import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { addLeaderEvent, addLeaderEventInput } from './add-leader-event';
import { removeLeaderEvent } from './remove-leader-event';
import { weeklyCalendar } from './weekly-calendar';
import { leaderEventViewSchema, weeklyCalendarSchema } from './http-schemas';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();

/** The leaders' work calendar: the week's events, adding and removing events. */
export function leaderCalendarRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/leader-calendar',
      {
        schema: {
          tags: ['leader-calendar'],
          summary:
            'Lịch công tác tuần của Chủ tịch, các Phó Chủ tịch (thứ Hai đến Chủ nhật, giờ địa phương), có đánh dấu trùng lịch',
          querystring: z
            .object({
              week: z.string().max(10).optional(),
              personId: z.coerce.number().int().positive().optional(),
            })
            .strict(),
          response: { 200: weeklyCalendarSchema, ...errorResponses },
        },
      },
      async (request) =>
        weeklyCalendar(ctx, {
          actor: actorOf(request),
          input: {
            ...(request.query.week ? { week: request.query.week } : {}),
            ...(request.query.personId ? { personId: request.query.personId } : {}),
          },
        }),
    );

    app.post(
      '/leader-calendar/events',
      {
        schema: {
          tags: ['leader-calendar'],
          summary: 'Thêm lịch công tác của lãnh đạo (họp, thị sát, hội nghị, tiếp công dân)',
          body: addLeaderEventInput,
          response: { 201: leaderEventViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addLeaderEvent(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.delete(
      '/leader-calendar/events/:id',
      {
        schema: {
          tags: ['leader-calendar'],
          summary: 'Xóa một lịch công tác (lịch của hội nghị đi theo hội nghị, không xóa riêng)',
          params: idParams,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await removeLeaderEvent(ctx, { actor: actorOf(request), eventId: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
}
