import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { AppError } from '../platform/errors';
import { readExtractionInput } from './read-input';
import {
  exportAnalysis,
  importExtraction,
  importExtractionInput,
  listExtractions,
  showExtraction,
} from './extractions';
import {
  confirmExtraction,
  confirmExtractionInput,
  registerCitation,
  registerCitationInput,
} from './confirm-extraction';
import {
  confirmResultSchema,
  extractionExportSchema,
  extractionSummarySchema,
  extractionViewSchema,
} from './http-schemas';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();

/** Reading documents for citations, tasks and figures; review and confirmation into tasks. */
export function extractionRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    const tags = ['extractions'];

    app.get(
      '/extractions',
      {
        schema: {
          tags,
          summary: 'Các văn bản đã đọc để trích xuất nhiệm vụ (mới nhất trước)',
          response: { 200: z.array(extractionSummarySchema), ...errorResponses },
        },
      },
      async (request) => listExtractions(ctx, { actor: actorOf(request) }),
    );

    app.post(
      '/extractions',
      {
        schema: {
          tags,
          summary:
            'Đọc một văn bản (nội dung dán vào): trích dẫn, nhiệm vụ được giao, số liệu — lưu để rà soát',
          body: importExtractionInput,
          response: { 201: extractionViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await importExtraction(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.post(
      '/extractions/upload',
      {
        schema: {
          tags,
          summary:
            'Đọc một tệp văn bản (multipart: file .txt/.docx/.pdf có lớp chữ; documentId?) — lưu để rà soát',
          consumes: ['multipart/form-data'],
          response: { 201: extractionViewSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const file = await request.file();
        if (!file) throw new AppError('FIELD_REQUIRED', { field: 'file' });
        const bytes = await file.toBuffer();
        const field = file.fields.documentId;
        const documentId =
          field && 'value' in field && typeof field.value === 'string' && /^\d+$/.test(field.value)
            ? Number(field.value)
            : undefined;
        const input = await readExtractionInput(
          { name: file.filename, bytes },
          { maxBytes: ctx.config.maxFileBytes },
        );
        const view = await importExtraction(ctx, {
          actor: actorOf(request),
          input: {
            text: input.text,
            inputKind: input.kind,
            fileName: file.filename,
            ...(documentId ? { documentId } : {}),
          },
        });
        return reply.status(201).send(view);
      },
    );

    app.get(
      '/extractions/:id',
      {
        schema: {
          tags,
          summary: 'Một bản trích xuất: nội dung văn bản, trích dẫn, dự thảo nhiệm vụ, số liệu',
          params: idParams,
          response: { 200: extractionViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        showExtraction(ctx, { actor: actorOf(request), input: { id: request.params.id } }),
    );

    app.get(
      '/extractions/:id/export',
      {
        schema: {
          tags,
          summary:
            'Kết quả trích xuất dạng JSON theo mẫu nhãn của bộ ngữ liệu (citations, tasks, figures)',
          params: idParams,
          response: { 200: extractionExportSchema, ...errorResponses },
        },
      },
      async (request) =>
        exportAnalysis(
          (await showExtraction(ctx, { actor: actorOf(request), input: { id: request.params.id } }))
            .analysis,
        ),
    );

    app.post(
      '/extractions/:id/confirm',
      {
        schema: {
          tags,
          summary:
            'Xác nhận các dự thảo nhiệm vụ đã chọn: tạo nhiệm vụ gắn với văn bản (không tạo trùng) — tất cả hoặc không',
          params: idParams,
          body: confirmExtractionInput.omit({ extractionId: true }),
          response: { 200: confirmResultSchema, ...errorResponses },
        },
      },
      async (request) =>
        confirmExtraction(ctx, {
          actor: actorOf(request),
          input: { ...request.body, extractionId: request.params.id },
        }),
    );

    app.post(
      '/extractions/:id/citations/:index/register',
      {
        schema: {
          tags,
          summary: 'Vào sổ văn bản được trích dẫn chưa có trong sổ (văn bản bên ngoài)',
          params: z
            .object({
              id: z.coerce.number().int().positive(),
              index: z.coerce.number().int().min(0),
            })
            .strict(),
          body: registerCitationInput.omit({ extractionId: true, index: true }),
          response: { 200: extractionViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        registerCitation(ctx, {
          actor: actorOf(request),
          input: {
            ...request.body,
            extractionId: request.params.id,
            index: request.params.index,
          },
        }),
    );
  };
}
