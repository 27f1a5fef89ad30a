import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { actorOf, versionOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { authorize, scopePathOf } from '../access/policy';
import {
  createReport,
  createReportInput,
  loadReportFor,
  updateNarrativeInput,
  updateNarrative,
} from './manage-reports';
import { exportReport, REPORT_FORMATS } from './export-report';
import { issueReport, issueReportInput, attachSignedReport } from './issue-report';
import { buildReportContent } from './build-content';
import { templateFor } from './templates/registry';
import type { ReportsTable } from './tables';
import { annexRoutes } from './annexes/routes';

const reportView = z.object({
  id: z.number(),
  kind: z.string(),
  template: z.string(),
  typeName: z.string(),
  summary: z.string(),
  issuerUnitId: z.number(),
  period: z.unknown(),
  basis: z.enum(['nd09', 'calendar']),
  windowFrom: z.string(),
  windowTo: z.string(),
  councilSessionId: z.number().nullable(),
  signerPersonId: z.number().nullable(),
  signingAuthority: z.enum(['TM', 'KT']),
  recipients: z.array(z.string()),
  status: z.enum(['draft', 'issued']),
  documentId: z.number().nullable(),
  /** Số, ký hiệu of the register entry once issued ("229/BC-UBND"). */
  numberSymbol: z.string().nullable(),
  issuedOn: z.string().nullable(),
  version: z.number(),
  /** Narrative blocks people may edit: key and current text (empty for generated ones). */
  editableBlocks: z.array(z.object({ key: z.string(), text: z.string(), defaultText: z.string() })),
});

async function present(
  ctx: AppContext,
  r: Selectable<ReportsTable>,
): Promise<z.output<typeof reportView>> {
  const narratives = new Map(
    (
      await ctx.db.q
        .selectFrom('report_narratives')
        .select(['block_key', 'text'])
        .where('report_id', '=', r.id)
        .execute()
    ).map((n) => [n.block_key, n.text]),
  );
  const template = templateFor(r.template);
  const document = r.document_id
    ? await ctx.db.q
        .selectFrom('documents')
        .select('number_symbol')
        .where('id', '=', r.document_id)
        .executeTakeFirst()
    : undefined;
  return {
    id: r.id,
    kind: r.kind,
    template: r.template,
    typeName: r.type_name,
    summary: r.summary,
    issuerUnitId: r.issuer_unit_id,
    period: JSON.parse(r.period) as unknown,
    basis: r.basis,
    windowFrom: r.window_from,
    windowTo: r.window_to,
    councilSessionId: r.council_session_id,
    signerPersonId: r.signer_person_id,
    signingAuthority: r.signing_authority,
    recipients: JSON.parse(r.recipients) as string[],
    status: r.status,
    documentId: r.document_id,
    numberSymbol: document?.number_symbol ?? null,
    issuedOn: r.issued_on,
    version: r.version,
    editableBlocks: template.blocks
      .filter((b) => b.kind === 'narrative')
      .map((b) => ({
        key: b.key,
        text: narratives.get(b.key) ?? ('text' in b ? b.text : ''),
        defaultText: 'text' in b ? b.text : '',
      })),
  };
}

/** The content as laid out on paper (shared/reports/content.ts): what the preview shows. */
const reportContentView = z.object({
  header: z.object({
    parentLine: z.string().nullable(),
    authorityLines: z.array(z.string()),
    numberLine: z.string(),
    placeDateLine: z.string(),
  }),
  typeName: z.string(),
  summaryLines: z.array(z.string()),
  addressees: z.array(z.string()).nullable(),
  blocks: z.array(
    z.union([
      z.object({
        kind: z.literal('heading'),
        key: z.string(),
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        label: z.string(),
        text: z.string(),
      }),
      z.object({
        kind: z.literal('paragraph'),
        key: z.string(),
        label: z.string().optional(),
        text: z.string(),
        origin: z.enum(['narrative', 'generated', 'fixed']),
        bullet: z.boolean().optional(),
      }),
    ]),
  ),
  signature: z.object({
    authorityLine: z.string().nullable(),
    titleLine: z.string(),
    name: z.string(),
  }),
  recipients: z.array(z.string()),
});

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();

/** Reports: draft from data, edit narratives, preview, export DOCX/PDF/XLSX, issue, attach the signed PDF. */
export function reportRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    await app.register(annexRoutes(ctx));
    app.get(
      '/reports',
      {
        schema: {
          tags: ['reports'],
          summary: 'Danh sách báo cáo',
          response: { 200: z.object({ items: z.array(reportView) }), ...errorResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        authorize(actor, 'report.read');
        let q = ctx.db.q
          .selectFrom('reports as r')
          .innerJoin('units as u', 'u.id', 'r.issuer_unit_id')
          .selectAll('r');
        const scope = scopePathOf(actor);
        if (scope) q = q.where('u.path', 'like', `${scope}%`);
        const rows = await q.orderBy('r.id', 'desc').limit(200).execute();
        return { items: await Promise.all(rows.map((r) => present(ctx, r))) };
      },
    );
    app.post(
      '/reports',
      {
        schema: {
          tags: ['reports'],
          summary: 'Tạo báo cáo (dự thảo) từ mẫu cho một kỳ',
          body: createReportInput,
          response: { 201: reportView, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await present(
              ctx,
              await createReport(ctx, { actor: actorOf(request), input: request.body }),
            ),
          ),
    );
    app.get(
      '/reports/:id',
      {
        schema: {
          tags: ['reports'],
          summary: 'Một báo cáo',
          params: idParams,
          response: { 200: reportView, ...errorResponses },
        },
      },
      async (request) =>
        present(
          ctx,
          await loadReportFor(ctx.db.q, actorOf(request), request.params.id, 'report.read'),
        ),
    );
    app.get(
      '/reports/:id/content',
      {
        schema: {
          tags: ['reports'],
          summary: 'Nội dung báo cáo (xem trước)',
          params: idParams,
          response: { 200: reportContentView, ...errorResponses },
        },
      },
      async (request) =>
        buildReportContent(
          ctx,
          await loadReportFor(ctx.db.q, actorOf(request), request.params.id, 'report.read'),
        ),
    );
    app.put(
      '/reports/:id/narratives/:blockKey',
      {
        schema: {
          tags: ['reports'],
          summary: 'Sửa một đoạn văn của báo cáo dự thảo',
          params: z
            .object({
              id: z.coerce.number().int().positive(),
              blockKey: z.string().min(1).max(100),
            })
            .strict(),
          body: updateNarrativeInput.pick({ text: true, version: true }),
          response: { 200: reportView, ...errorResponses },
        },
      },
      async (request) => {
        const version = versionOf(request, request.body.version);
        return present(
          ctx,
          await updateNarrative(ctx, {
            actor: actorOf(request),
            input: {
              reportId: request.params.id,
              blockKey: request.params.blockKey,
              text: request.body.text,
              ...(version !== undefined ? { version } : {}),
            },
          }),
        );
      },
    );
    app.get(
      '/reports/:id/export',
      {
        schema: {
          tags: ['reports'],
          summary: 'Tải báo cáo: DOCX (thể thức Nghị định 30), PDF, XLSX (phụ lục) hoặc JSON',
          params: idParams,
          querystring: z
            .object({
              format: z.enum(REPORT_FORMATS).default('docx'),
              /** `inline` shows the file in the browser (the PDF preview) instead of downloading it. */
              disposition: z.enum(['attachment', 'inline']).default('attachment'),
            })
            .strict(),
        },
      },
      async (request, reply) => {
        const out = await exportReport(ctx, {
          actor: actorOf(request),
          reportId: request.params.id,
          format: request.query.format,
        });
        return reply
          .type(out.mediaType)
          .header(
            'content-disposition',
            `${request.query.disposition}; filename*=UTF-8''${encodeURIComponent(out.fileName)}`,
          )
          .send(out.bytes);
      },
    );
    app.post(
      '/reports/:id/issue',
      {
        schema: {
          tags: ['reports'],
          summary: 'Ban hành báo cáo: cấp số, ghi sổ, cố định nội dung',
          params: idParams,
          body: issueReportInput.omit({ reportId: true }).nullish(),
          response: { 200: reportView, ...errorResponses },
        },
      },
      async (request) => {
        const body = request.body ?? {};
        const version = versionOf(request, body.version);
        return present(
          ctx,
          await issueReport(ctx, {
            actor: actorOf(request),
            input: {
              ...body,
              reportId: request.params.id,
              ...(version !== undefined ? { version } : {}),
            },
          }),
        );
      },
    );
    app.post(
      '/reports/:id/signed',
      {
        schema: {
          tags: ['reports'],
          summary: 'Đính kèm bản PDF đã ký số (multipart: file)',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: {
            201: z.object({ id: z.number(), fileName: z.string(), sha256: z.string() }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const file = await request.file();
        if (!file) throw new AppError('FIELD_REQUIRED', { field: 'file' });
        const view = await attachSignedReport(ctx, {
          actor: actorOf(request),
          reportId: request.params.id,
          fileName: file.filename,
          bytes: await file.toBuffer(),
        });
        return reply
          .status(201)
          .send({ id: view.id, fileName: view.fileName, sha256: view.sha256 });
      },
    );
  };
}
