import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { actorOf, versionOf } from '../http/request-actor';
import { dateParam, errorResponses } from '../http/schemas';
import { DOC_TYPES } from '../../shared/documents/doc-types';
import { viFold } from '../../shared/vi/text';
import { DIRECTIONS, DOCUMENT_STATUSES, FILE_KINDS } from './tables';
import { DOCUMENT_SORTS } from './document-queries';
import { browseDocuments, showDocument } from './read-documents';
import { issueDocument, issueDocumentInput } from './issue-document';
import {
  recordExternalDocument,
  recordExternalInput,
  registerIncomingDocument,
  registerIncomingInput,
} from './record-received-document';
import {
  correctDocument,
  linkDocuments,
  linkDocumentsInput,
  setDocumentValidity,
  setValidityInput,
} from './correct-document';
import { attachDocumentFile, readDocumentFile } from './document-files';
import { documentStatistics, documentStatisticsInput } from './document-statistics';
import { importRegister } from './import-register';
import {
  documentDetailSchema,
  documentFileSchema,
  documentViewSchema,
  statisticsSchema,
} from './http-schemas';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();
const many = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).optional();
const asArray = <T>(v: T | T[] | undefined): T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v];

const listQuery = z
  .object({
    q: z.string().max(200).optional(),
    type: many(z.string().max(20)),
    direction: many(z.enum(DIRECTIONS)),
    regime: many(z.enum(['state_admin', 'state_qppl', 'party'])),
    status: many(z.enum(DOCUMENT_STATUSES)),
    issuer: z.coerce.number().int().positive().optional(),
    register: z.coerce.number().int().positive().optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
    tag: many(z.string().max(120)),
    sort: z.enum(DOCUMENT_SORTS).default('-issueDate'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();

/** Reads a multipart upload: the single file and the text fields. */
async function readUpload(
  request: FastifyRequest,
): Promise<{ fileName: string; bytes: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('FIELD_REQUIRED', { field: 'file' });
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      file = { fileName: part.filename, bytes: await part.toBuffer() };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file) throw new AppError('FIELD_REQUIRED', { field: 'file' });
  return { ...file, fields };
}

/** The document register: list, show, issue, register, correct, files, statistics, import. */
export function documentRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/document-types',
      {
        schema: {
          tags: ['documents'],
          summary:
            'Loại văn bản (Phụ lục III Nghị định 30/2020/NĐ-CP, văn bản QPPL, văn bản của Đảng)',
          response: {
            200: z.array(
              z.object({
                key: z.string(),
                code: z.string(),
                name: z.string(),
                regimes: z.array(z.string()),
              }),
            ),
            ...errorResponses,
          },
        },
      },
      () =>
        DOC_TYPES.map((t) => ({
          key: t.key,
          code: t.code,
          name: t.nameVi,
          regimes: [...t.regimes],
        })),
    );

    app.get(
      '/documents',
      {
        schema: {
          tags: ['documents'],
          summary: 'Tra cứu sổ văn bản (lọc, tìm không dấu, sắp xếp, phân trang)',
          querystring: listQuery,
          response: {
            200: z.object({
              items: z.array(documentViewSchema),
              total: z.number(),
              page: z.number(),
              pageSize: z.number(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const q = request.query;
        if (q.from && q.to && q.to < q.from)
          throw new AppError('DATE_RANGE_INVALID', {
            field: 'to',
            params: { from: q.from, to: q.to },
          });
        const types = asArray(q.type);
        const tags = asArray(q.tag);
        const directions = asArray(q.direction);
        const regimes = asArray(q.regime);
        const statuses = asArray(q.status);
        const result = await browseDocuments(ctx, {
          actor: actorOf(request),
          filter: {
            ...(q.q ? { q: q.q } : {}),
            ...(types ? { typeKeys: types.map((t) => t.toUpperCase()) } : {}),
            ...(directions ? { directions } : {}),
            ...(regimes ? { regimes } : {}),
            ...(statuses ? { statuses } : {}),
            ...(q.issuer ? { issuerUnitId: q.issuer } : {}),
            ...(q.register ? { registerUnitId: q.register } : {}),
            ...(q.from ? { from: q.from } : {}),
            ...(q.to ? { to: q.to } : {}),
            ...(tags ? { tags: tags.map(viFold) } : {}),
          },
          page: { sort: q.sort, limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
        });
        return { ...result, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/documents/statistics',
      {
        schema: {
          tags: ['documents'],
          summary: 'Thống kê văn bản đã ban hành theo loại trong một kỳ',
          querystring: documentStatisticsInput.extend({
            issuer: z.coerce.number().int().positive().optional(),
          }),
          response: { 200: statisticsSchema, ...errorResponses },
        },
      },
      async (request) => documentStatistics(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.get(
      '/documents/:id',
      {
        schema: {
          tags: ['documents'],
          summary: 'Một văn bản: các trường, tệp, liên kết, đính chính',
          params: idParams,
          response: { 200: documentDetailSchema, ...errorResponses },
        },
      },
      async (request) => showDocument(ctx, { actor: actorOf(request), id: request.params.id }),
    );

    app.post(
      '/documents/outgoing',
      {
        schema: {
          tags: ['documents'],
          summary: 'Cấp số và vào sổ văn bản đi',
          body: issueDocumentInput,
          response: { 201: documentDetailSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await issueDocument(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.post(
      '/documents/incoming',
      {
        schema: {
          tags: ['documents'],
          summary: 'Vào sổ văn bản đến',
          body: registerIncomingInput,
          response: { 201: documentDetailSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await registerIncomingDocument(ctx, { actor: actorOf(request), input: request.body }),
          ),
    );

    app.post(
      '/documents/external',
      {
        schema: {
          tags: ['documents'],
          summary: 'Ghi nhận văn bản dẫn chiếu (luật, nghị quyết…)',
          body: recordExternalInput,
          response: { 201: documentDetailSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await recordExternalDocument(ctx, { actor: actorOf(request), input: request.body }),
          ),
    );

    app.post(
      '/documents/:id/corrections',
      {
        schema: {
          tags: ['documents'],
          summary: 'Thu hồi, hủy số hoặc đính chính',
          params: idParams,
          body: z
            .object({
              kind: z.enum(['recall', 'cancel_number', 'erratum']),
              reason: z.string().max(1000),
              erratumDocumentId: z.number().int().positive().optional(),
              on: dateParam.optional(),
              version: z.number().int().positive().optional(),
            })
            .strict(),
          response: { 200: documentDetailSchema, ...errorResponses },
        },
      },
      async (request) => {
        const version = versionOf(request, request.body.version);
        return correctDocument(ctx, {
          actor: actorOf(request),
          input: {
            ...request.body,
            documentId: request.params.id,
            ...(version !== undefined ? { version } : {}),
          } as never,
        });
      },
    );

    app.post(
      '/documents/:id/links',
      {
        schema: {
          tags: ['documents'],
          summary:
            'Ghi liên kết thay thế / sửa đổi (văn bản này thay thế hoặc sửa đổi văn bản khác)',
          params: idParams,
          body: linkDocumentsInput.omit({ fromDocumentId: true }),
          response: { 200: documentDetailSchema, ...errorResponses },
        },
      },
      async (request) =>
        linkDocuments(ctx, {
          actor: actorOf(request),
          input: { ...request.body, fromDocumentId: request.params.id },
        }),
    );

    app.put(
      '/documents/:id/validity',
      {
        schema: {
          tags: ['documents'],
          summary: 'Cập nhật hiệu lực văn bản quy phạm pháp luật',
          params: idParams,
          body: setValidityInput.omit({ documentId: true }),
          response: { 200: documentDetailSchema, ...errorResponses },
        },
      },
      async (request) => {
        const version = versionOf(request, request.body.version);
        return setDocumentValidity(ctx, {
          actor: actorOf(request),
          input: {
            ...request.body,
            documentId: request.params.id,
            ...(version !== undefined ? { version } : {}),
          },
        });
      },
    );

    app.post(
      '/documents/:id/files',
      {
        schema: {
          tags: ['documents'],
          summary: 'Đính kèm tệp (multipart: kind, file)',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 201: documentFileSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request);
        const kind = z.enum(FILE_KINDS).safeParse(upload.fields.kind ?? 'attachment');
        if (!kind.success)
          throw new AppError('FIELD_INVALID', {
            field: 'kind',
            params: { reason: FILE_KINDS.join(', ') },
          });
        const view = await attachDocumentFile(ctx, {
          actor: actorOf(request),
          input: { documentId: request.params.id, kind: kind.data, fileName: upload.fileName },
          bytes: upload.bytes,
        });
        return reply.status(201).send(view);
      },
    );

    app.get(
      '/documents/:id/files/:fileId',
      {
        schema: {
          tags: ['documents'],
          summary: 'Tải tệp đính kèm',
          params: z
            .object({
              id: z.coerce.number().int().positive(),
              fileId: z.coerce.number().int().positive(),
            })
            .strict(),
        },
      },
      async (request, reply) => {
        const file = await readDocumentFile(ctx, {
          actor: actorOf(request),
          documentId: request.params.id,
          fileId: request.params.fileId,
        });
        return reply
          .type(file.mediaType)
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          )
          .send(file.bytes);
      },
    );

    app.post(
      '/documents/import',
      {
        schema: {
          tags: ['documents'],
          summary:
            'Nhập sổ văn bản từ Excel (Phụ lục IV Nghị định 30/2020; multipart: register, file) — tất cả hoặc không',
          consumes: ['multipart/form-data'],
          response: {
            200: z.object({
              kind: z.enum(['outgoing', 'incoming']),
              imported: z.number(),
              sheet: z.string(),
              sha256: z.string(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const upload = await readUpload(request);
        const register = Number(upload.fields.register);
        if (!Number.isInteger(register) || register <= 0)
          throw new AppError('FIELD_REQUIRED', { field: 'register' });
        return importRegister(ctx, {
          actor: actorOf(request),
          input: { register, fileName: upload.fileName },
          bytes: upload.bytes,
        });
      },
    );
  };
}
