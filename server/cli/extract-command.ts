import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../platform/actor';
import { AppError } from '../platform/errors';
import { analyseExtraction, exportAnalysis } from '../extract/extractions';
import { readExtractionInput } from '../extract/read-input';
import { CliInputError, printJson, withContext } from './run-command';

/**
 * `dieuhanh extract FILE [--json]`: reads a document (.txt, .docx, .pdf with a text layer)
 * and prints its citations, assigned tasks and figures, matched to the register and the
 * organisation registry of the database — without keeping anything.
 */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'Trích xuất văn bản được trích dẫn, nhiệm vụ được giao và số liệu từ một tệp (.txt, .docx, .pdf)',
    )
    .argument('<file>', 'tệp văn bản')
    .option('--json', 'in kết quả dạng JSON (citations, tasks, figures)')
    .option('--province <unit>', 'tỉnh (mã hoặc tên) của sổ văn bản và đơn vị')
    .action(async (file: string, o: { json?: boolean; province?: string }) =>
      withContext(async (ctx) => {
        const size = await stat(file).catch(() => null);
        if (!size?.isFile()) throw new CliInputError(`không đọc được tệp ${file}`);
        if (size.size > ctx.config.maxFileBytes)
          throw new AppError('EXTRACT_FILE_TOO_LARGE', {
            field: 'file',
            params: {
              limit: `${Math.round(ctx.config.maxFileBytes / 1024 / 1024)} MB`,
              maxBytes: ctx.config.maxFileBytes,
            },
          });
        const input = await readExtractionInput(
          { name: basename(file), bytes: await readFile(file) },
          { maxBytes: ctx.config.maxFileBytes },
        );
        const { analysis } = await analyseExtraction(ctx, {
          actor: SYSTEM_ACTOR,
          input: {
            text: input.text,
            inputKind: input.kind,
            ...(o.province ? { province: o.province } : {}),
          },
        });
        if (o.json) {
          printJson(exportAnalysis(analysis));
          return;
        }
        const out = process.stdout;
        const d = analysis.document;
        out.write(
          `Văn bản: ${d.number_symbol ?? '(không rõ số)'}${d.date ? ` ngày ${d.date}` : ''}${d.document_id ? ` — có trong sổ (#${d.document_id})` : ''}\n`,
        );
        out.write(`\nVăn bản được trích dẫn (${analysis.citations.length}):\n`);
        for (const c of analysis.citations)
          out.write(`  - ${c.text}${c.document_id ? `  [trong sổ #${c.document_id}]` : ''}\n`);
        out.write(`\nNhiệm vụ được giao (${analysis.tasks.length}):\n`);
        for (const t of analysis.tasks) {
          const lead = t.lead?.unit_names[0] ?? t.lead_unit ?? '(chưa rõ chủ trì)';
          out.write(
            `  ${t.item_label ?? '-'} ${t.text.slice(0, 100)}\n      chủ trì: ${lead}; thời hạn: ${t.deadline ?? 'không nêu'}${t.existing_task_id ? `; đã có nhiệm vụ #${t.existing_task_id}` : ''}\n`,
          );
        }
        out.write(`\nSố liệu: ${analysis.figures.length}\n`);
      }),
    );
}
