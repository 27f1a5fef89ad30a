import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../platform/actor';
import { AppError } from '../platform/errors';
import { renderError } from '../platform/render-error';
import { exportReport, REPORT_FORMATS, type ReportFormat } from '../reports/export-report';
import { semiannualReport } from '../reports/find-report';
import { issueReport } from '../reports/issue-report';
import { readDocx, DocxReadError } from '../reports/docx-model';
import { checkNd30 } from '../reports/check-nd30';
import { checkNd30Pdf } from '../reports/check-pdf';
import { CliInputError, EXIT_BAD_INPUT, printJson, reportError, withContext } from './run-command';

/** Writes a file atomically: to a temporary name, then renamed, so a failure leaves nothing half-written. */
async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

/** `dieuhanh report …`: generate and check reports. */
export function registerReportCommands(program: Command): void {
  const report = program
    .command('report')
    .description('Báo cáo: tạo từ số liệu theo thể thức Nghị định 30/2020, kiểm tra thể thức');

  report
    .command('semiannual')
    .description(
      'Báo cáo tóm tắt tình hình công tác 6 tháng (bản đã ban hành nếu có, nếu không là bản dự thảo)',
    )
    .requiredOption('--year <year>', 'năm')
    .option('--half <n>', '1 = 6 tháng đầu năm, 2 = 6 tháng cuối năm', '1')
    .option(
      '--basis <basis>',
      'nd09 (thời gian chốt số liệu, mặc định cho báo cáo HĐND) hoặc calendar',
    )
    .option('--format <format>', `định dạng: ${REPORT_FORMATS.join(', ')}`, 'docx')
    .option('--issue', 'ban hành bản dự thảo (cấp số) trước khi xuất')
    .requiredOption('-o, --output <file>', 'tệp ghi ra')
    .action(
      async (o: {
        year: string;
        half: string;
        basis?: string;
        format: string;
        issue?: boolean;
        output: string;
      }) =>
        withContext(async (ctx) => {
          if (!/^\d{4}$/.test(o.year)) throw new CliInputError('--year: năm 4 chữ số');
          if (o.half !== '1' && o.half !== '2') throw new CliInputError('--half: 1 hoặc 2');
          if (!(REPORT_FORMATS as readonly string[]).includes(o.format))
            throw new CliInputError(`--format: ${REPORT_FORMATS.join(', ')}`);
          if (o.basis !== undefined && o.basis !== 'nd09' && o.basis !== 'calendar')
            throw new CliInputError('--basis: nd09 hoặc calendar');
          let r = await semiannualReport(ctx, {
            actor: SYSTEM_ACTOR,
            year: Number(o.year),
            half: Number(o.half),
            ...(o.basis ? { basis: o.basis } : {}),
          });
          if (o.issue && r.status === 'draft')
            r = await issueReport(ctx, { actor: SYSTEM_ACTOR, input: { reportId: r.id } });
          const out = await exportReport(ctx, {
            actor: SYSTEM_ACTOR,
            reportId: r.id,
            format: o.format as ReportFormat,
          });
          await writeAtomic(o.output, out.bytes);
          process.stderr.write(
            `Đã ghi ${o.output} (${out.content.header.numberLine}, ${r.status === 'issued' ? 'đã ban hành' : 'dự thảo'}).\n`,
          );
        }),
    );

  report
    .command('check <docx>')
    .description(
      'Kiểm tra thể thức văn bản theo Nghị định 30/2020 (quy tắc R1–R13; P1–P2 với --pdf); xem docs/ND30-CHECKER.md',
    )
    .option('--pdf <file>', 'kiểm tra thêm bản PDF (phông nhúng, Quốc hiệu một dòng)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, o: { pdf?: string; json?: boolean }) => {
      try {
        const bytes = await readFile(file).catch(() => {
          throw new CliInputError(`không đọc được tệp "${file}"`);
        });
        const model = await readDocx(bytes).catch((e: unknown) => {
          if (e instanceof DocxReadError)
            throw new AppError('DOCX_UNREADABLE', { field: 'file', params: { reason: e.message } });
          throw e;
        });
        const results = checkNd30(model);
        if (o.pdf) {
          const pdf = await readFile(o.pdf).catch(() => {
            throw new CliInputError(`không đọc được tệp "${o.pdf ?? ''}"`);
          });
          results.push(...(await checkNd30Pdf(pdf)));
        }
        const failed = results.filter((r) => !r.passed && r.severity === 'error');
        if (o.json) printJson({ ok: failed.length === 0, results });
        else {
          for (const r of results)
            process.stdout.write(
              `${r.passed ? 'ĐẠT ' : r.severity === 'error' ? 'LỖI ' : 'LƯU Ý'} ${r.rule.padEnd(4)} ${r.title}${r.passed ? '' : `: ${r.message}`}\n`,
            );
          process.stdout.write(
            failed.length === 0
              ? 'Văn bản đúng thể thức.\n'
              : `${failed.length} quy tắc không đạt.\n`,
          );
        }
        if (failed.length > 0) process.exitCode = 1;
      } catch (e) {
        if (e instanceof AppError) {
          process.stderr.write(`Lỗi [${e.code}]: ${renderError(e, 'vi').message}\n`);
          process.exitCode = EXIT_BAD_INPUT;
        } else reportError(e);
      }
    });
}
