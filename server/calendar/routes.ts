import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { dateParam, errorResponses } from '../http/schemas';
import { authorize } from '../access/policy';
import {
  addCalendarEntry,
  addCalendarEntryInput,
  getCalendarYear,
  removeCalendarEntry,
} from './manage-calendar';
import { loadWorkingCalendar } from './load-working-calendar';
import { AppError } from '../platform/errors';
import { isLocalDate } from '../../shared/dates/local-date';

const entryView = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'day_off', 'working_day']),
  name: z.string(),
  source: z.enum(['shipped', 'admin']),
});

/** The working-day calendar: holidays, compensatory days off, làm bù days. */
export function calendarRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/calendar',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Lịch ngày làm việc của một năm',
          querystring: z.object({ year: z.coerce.number().int() }).strict(),
          response: {
            200: z.object({
              year: z.number(),
              entries: z.array(entryView),
              workingDays: z.number(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        getCalendarYear(ctx, { actor: actorOf(request), year: request.query.year }),
    );
    app.get(
      '/calendar/add-working-days',
      {
        schema: {
          tags: ['calendar'],
          summary:
            'Cộng số ngày làm việc vào một ngày (bỏ qua cuối tuần, ngày lễ; tính ngày làm bù)',
          querystring: z
            .object({ from: dateParam, days: z.coerce.number().int().min(-3650).max(3650) })
            .strict(),
          response: {
            200: z.object({ from: z.string(), days: z.number(), date: z.string() }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'calendar.read');
        if (!isLocalDate(request.query.from)) {
          throw new AppError('DATE_INVALID', {
            field: 'from',
            params: { value: request.query.from },
          });
        }
        const cal = await loadWorkingCalendar(ctx.db.q);
        return {
          from: request.query.from,
          days: request.query.days,
          date: cal.addWorkingDays(request.query.from, request.query.days),
        };
      },
    );
    app.post(
      '/calendar/entries',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Thêm ngày lễ, ngày nghỉ bù hoặc ngày làm bù',
          body: addCalendarEntryInput,
          response: { 201: entryView, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addCalendarEntry(ctx, { actor: actorOf(request), input: request.body })),
    );
    app.delete(
      '/calendar/entries/:date',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Bỏ một ngày khỏi lịch',
          params: z.object({ date: dateParam }).strict(),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await removeCalendarEntry(ctx, { actor: actorOf(request), date: request.params.date });
        return reply.status(204).send(null);
      },
    );
  };
}
