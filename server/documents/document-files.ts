import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput, textSchema } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { FILE_KINDS } from './tables';
import { describeContent, detectFileType, formatBytes } from './file-rules';
import { loadAuthorizedDocument } from './document-access';
import type { DocumentFileView } from './document-view';

/** Input of attachDocumentFile (the bytes travel beside it). */
export const attachFileInput = z
  .object({
    documentId: z.number().int().positive(),
    kind: z.enum(FILE_KINDS),
    fileName: textSchema(255),
  })
  .strict();

/**
 * Stores a file for a register entry (the signed PDF, the DOCX, scans) after
 * checking its real type and its size. Classified entries keep no files. The
 * bytes are stored before the row; if the row cannot be written the bytes are
 * removed again unless another entry uses them.
 */
export async function attachDocumentFile(
  ctx: AppContext,
  {
    actor,
    input,
    bytes,
  }: { actor: Actor; input: z.input<typeof attachFileInput>; bytes: Uint8Array },
): Promise<DocumentFileView> {
  const data = parseInput(attachFileInput, input);
  const doc = await loadAuthorizedDocument(ctx.db.q, actor, data.documentId, 'document.write');
  if (doc.secrecy !== 'none') throw new AppError('DOCUMENT_SECRET_CONTENT', { field: 'file' });
  if (bytes.byteLength === 0)
    throw new AppError('FILE_EMPTY', { field: 'file', params: { fileName: data.fileName } });
  if (bytes.byteLength > ctx.config.maxFileBytes) {
    throw new AppError('FILE_TOO_LARGE', {
      field: 'file',
      params: {
        fileName: data.fileName,
        size: formatBytes(bytes.byteLength),
        limit: formatBytes(ctx.config.maxFileBytes),
      },
    });
  }
  const type = detectFileType(bytes, data.fileName);
  if (!type) {
    throw new AppError('FILE_TYPE_REFUSED', {
      field: 'file',
      params: { fileName: data.fileName, detected: describeContent(bytes) },
    });
  }
  // The copy signed by the province's digital-signature tool is always a PDF.
  if (data.kind === 'signed_pdf' && type.extension !== 'pdf') {
    throw new AppError('SIGNED_FILE_NOT_PDF', {
      field: 'file',
      params: { fileName: data.fileName, detected: type.extension.toUpperCase() },
    });
  }
  const stored = await ctx.files.put(bytes);
  try {
    return await ctx.db.write(async (tx) => {
      const row = await tx
        .insertInto('document_files')
        .values({
          document_id: doc.id,
          kind: data.kind,
          file_name: data.fileName,
          media_type: type.mediaType,
          size_bytes: stored.size,
          sha256: stored.sha256,
          storage_key: stored.key,
          created_at: ctx.clock.now().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const view: DocumentFileView = {
        id: row.id,
        kind: row.kind,
        fileName: row.file_name,
        mediaType: row.media_type,
        sizeBytes: row.size_bytes,
        sha256: row.sha256,
        createdAt: row.created_at,
      };
      await recordAudit(tx, ctx.systemNow(), {
        actor,
        action: 'document.attach_file',
        entity: 'document',
        entityId: doc.id,
        after: view,
      });
      return view;
    });
  } catch (e) {
    const used = await ctx.db.q
      .selectFrom('document_files')
      .select('id')
      .where('storage_key', '=', stored.key)
      .executeTakeFirst();
    if (!used) await ctx.files.remove(stored.key);
    throw e;
  }
}

/** Reads a stored file of an entry the actor may read: its metadata and bytes. */
export async function readDocumentFile(
  ctx: AppContext,
  { actor, documentId, fileId }: { actor: Actor; documentId: number; fileId: number },
): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  await loadAuthorizedDocument(ctx.db.q, actor, documentId, 'document.read');
  const row = await ctx.db.q
    .selectFrom('document_files')
    .selectAll()
    .where('id', '=', fileId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!row)
    throw new AppError('NOT_FOUND', { field: 'fileId', params: { entity: 'tệp', id: fileId } });
  return {
    fileName: row.file_name,
    mediaType: row.media_type,
    bytes: await ctx.files.get(row.storage_key),
  };
}
