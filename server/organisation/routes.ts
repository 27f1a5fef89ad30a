import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf, versionOf } from '../http/request-actor';
import { dateParam, errorResponses } from '../http/schemas';
import { UNIT_KINDS, POSITION_RANKS } from './tables';
import { createUnit, createUnitInput } from './create-unit';
import { renameUnit, renameUnitInput } from './rename-unit';
import { dissolveUnit, dissolveUnitInput } from './dissolve-unit';
import { appointPosition, appointPositionInput, createPerson, createPersonInput } from './people';
import {
  createCouncilSession,
  createCouncilSessionInput,
  createCouncilTerm,
  createCouncilTermInput,
} from './council';
import {
  browseCouncilSessions,
  browseCouncilTerms,
  browsePeople,
  browsePositions,
  browseUnits,
  showUnit,
} from './read-organisation';

const unitView = z.object({
  id: z.number(),
  code: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.number().nullable(),
  name: z.string(),
  shortName: z.string(),
  symbolCode: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  successorId: z.number().nullable(),
  version: z.number(),
});
const positionView = z.object({
  id: z.number(),
  personId: z.number(),
  fullName: z.string(),
  unitId: z.number(),
  title: z.string(),
  rank: z.enum(POSITION_RANKS),
  fieldsOfCharge: z.array(z.string()),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
const personView = z.object({
  id: z.number(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  version: z.number(),
});
const sessionView = z.object({
  id: z.number(),
  termId: z.number(),
  councilUnitId: z.number(),
  termNumber: z.number(),
  startYear: z.number(),
  endYear: z.number(),
  number: z.number(),
  kind: z.enum(['regular', 'thematic']),
  startsOn: z.string(),
  endsOn: z.string(),
  label: z.string(),
  version: z.number(),
});
const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();

/** Units, people, positions and HĐND sessions. */
export function organisationRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/units',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Danh sách đơn vị tại một ngày (tên theo ngày đó)',
          querystring: z
            .object({
              asOf: dateParam.optional(),
              kind: z.union([z.enum(UNIT_KINDS), z.array(z.enum(UNIT_KINDS))]).optional(),
              q: z.string().max(200).optional(),
              includeEnded: z.enum(['true', 'false']).optional(),
            })
            .strict(),
          response: { 200: z.object({ items: z.array(unitView) }), ...errorResponses },
        },
      },
      async (request) => {
        const q = request.query;
        const kinds = q.kind === undefined ? undefined : Array.isArray(q.kind) ? q.kind : [q.kind];
        const items = await browseUnits(ctx, {
          actor: actorOf(request),
          asOf: q.asOf ?? ctx.clock.today(),
          ...(kinds ? { kinds } : {}),
          ...(q.q ? { search: q.q } : {}),
          includeEnded: q.includeEnded === 'true',
        });
        return { items };
      },
    );

    app.get(
      '/units/:id',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Một đơn vị: lịch sử tên và chức danh',
          params: idParams,
          querystring: z.object({ asOf: dateParam.optional() }).strict(),
          response: {
            200: unitView.extend({
              names: z.array(
                z.object({
                  validFrom: z.string(),
                  validTo: z.string().nullable(),
                  name: z.string(),
                  shortName: z.string(),
                  symbolCode: z.string().nullable(),
                }),
              ),
              positions: z.array(positionView),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        showUnit(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          asOf: request.query.asOf ?? ctx.clock.today(),
        }),
    );

    app.post(
      '/units',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Thêm đơn vị',
          body: createUnitInput,
          response: { 201: unitView, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createUnit(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.post(
      '/units/:id/rename',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Đổi tên đơn vị từ một ngày (tên cũ giữ cho thời gian trước)',
          params: idParams,
          body: renameUnitInput.omit({ unitId: true }),
          response: { 200: unitView, ...errorResponses },
        },
      },
      async (request) => {
        const version = versionOf(request, request.body.version);
        return renameUnit(ctx, {
          actor: actorOf(request),
          input: {
            ...request.body,
            unitId: request.params.id,
            ...(version !== undefined ? { version } : {}),
          },
        });
      },
    );

    app.post(
      '/units/:id/dissolve',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Giải thể hoặc sáp nhập đơn vị; chuyển công việc đang mở cho đơn vị kế thừa',
          params: idParams,
          body: dissolveUnitInput.omit({ unitId: true }),
          response: {
            200: z.object({
              unitId: z.number(),
              successorId: z.number().nullable(),
              lastDay: z.string(),
              moved: z.record(z.string(), z.number()),
              reparented: z.number(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const version = versionOf(request, request.body.version);
        return dissolveUnit(ctx, {
          actor: actorOf(request),
          input: {
            ...request.body,
            unitId: request.params.id,
            ...(version !== undefined ? { version } : {}),
          },
        });
      },
    );

    app.get(
      '/people',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Tìm cán bộ (không phân biệt dấu)',
          querystring: z.object({ q: z.string().max(200).default('') }).strict(),
          response: { 200: z.object({ items: z.array(personView) }), ...errorResponses },
        },
      },
      async (request) => ({
        items: await browsePeople(ctx, { actor: actorOf(request), search: request.query.q }),
      }),
    );

    app.post(
      '/people',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Thêm cán bộ',
          body: createPersonInput,
          response: { 201: personView, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createPerson(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/positions',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Chức danh đang giữ tại một ngày',
          querystring: z
            .object({
              unitId: z.coerce.number().int().positive().optional(),
              asOf: dateParam.optional(),
            })
            .strict(),
          response: { 200: z.object({ items: z.array(positionView) }), ...errorResponses },
        },
      },
      async (request) => ({
        items: await browsePositions(ctx, {
          actor: actorOf(request),
          asOf: request.query.asOf ?? ctx.clock.today(),
          ...(request.query.unitId !== undefined ? { unitId: request.query.unitId } : {}),
        }),
      }),
    );

    app.post(
      '/people/:id/positions',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Bổ nhiệm chức danh',
          params: idParams,
          body: appointPositionInput.omit({ personId: true }),
          response: { 201: z.object({ id: z.number() }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await appointPosition(ctx, {
            actor: actorOf(request),
            input: { ...request.body, personId: request.params.id },
          }),
        ),
    );

    app.get(
      '/council-sessions',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Kỳ họp HĐND',
          response: { 200: z.object({ items: z.array(sessionView) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await browseCouncilSessions(ctx, { actor: actorOf(request) }) }),
    );

    app.get(
      '/council-terms',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Các khóa HĐND',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.number(),
                  councilUnitId: z.number(),
                  number: z.number(),
                  startYear: z.number(),
                  endYear: z.number(),
                }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => ({ items: await browseCouncilTerms(ctx, { actor: actorOf(request) }) }),
    );

    app.post(
      '/council-terms',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Thêm khóa HĐND',
          body: createCouncilTermInput,
          response: { 201: z.object({ id: z.number() }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createCouncilTerm(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.post(
      '/council-sessions',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Thêm kỳ họp HĐND',
          body: createCouncilSessionInput,
          response: { 201: sessionView, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createCouncilSession(ctx, { actor: actorOf(request), input: request.body })),
    );
  };
}
