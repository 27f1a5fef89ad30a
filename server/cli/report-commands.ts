import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../platform/actor';
import { AppError } from '../platform/errors';
import { renderError } from '../platform/render-error';
import { exportReport, REPORT_FORMATS, type ReportFormat } from '../reports/export-report';
import { periodReport, type PeriodTemplate } from '../reports/find-report';
import type { PeriodRef } from '../../shared/periods/periods';
import { issueReport } from '../reports/issue-report';
import { readDocx, DocxReadError } from '../reports/docx-model';
import { checkNd30 } from '../reports/check-nd30';
import { checkNd30Pdf } from '../reports/check-pdf';
import { tasksAnnex } from '../reports/annexes/tasks-annex';
import { disbursementAnnex } from '../reports/annexes/disbursement-annex';
import { indicatorsAnnex } from '../reports/annexes/indicators-annex';
import { REGISTER_DIRECTIONS, registerAnnex } from '../reports/annexes/register-annex';
import type { AnnexFile } from '../reports/annexes/sheet-writer';
import type { AppContext } from '../platform/context';
import type { Selectable } from 'kysely';
import type { ReportsTable } from '../reports/tables';
import {
  CliInputError,
  dateOption,
  EXIT_BAD_INPUT,
  printJson,
  reportError,
  withContext,
} from './run-command';

/** Writes a file atomically: to a temporary name, then renamed, so a failure leaves nothing half-written. */
async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new CliInputError(
      `không ghi được tệp "${path}": ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/** The options every period report command shares: --year, --basis, --format. */
function periodReportOptions(o: { year: string; basis?: string; format: string }): {
  year: number;
  basis: 'nd09' | 'calendar' | undefined;
} {
  if (!/^\d{4}$/.test(o.year)) throw new CliInputError('--year: năm 4 chữ số');
  if (!(REPORT_FORMATS as readonly string[]).includes(o.format))
    throw new CliInputError(`--format: ${REPORT_FORMATS.join(', ')}`);
  if (o.basis !== undefined && o.basis !== 'nd09' && o.basis !== 'calendar')
    throw new CliInputError('--basis: nd09 hoặc calendar');
  return { year: Number(o.year), basis: o.basis };
}

/** Issues the draft when asked (--issue), then writes the report in the format asked. */
async function exportPeriodReport(
  ctx: AppContext,
  report: Selectable<ReportsTable>,
  o: { format: string; issue?: boolean; output: string },
): Promise<void> {
  const r =
    o.issue && report.status === 'draft'
      ? await issueReport(ctx, { actor: SYSTEM_ACTOR, input: { reportId: report.id } })
      : report;
  const out = await exportReport(ctx, {
    actor: SYSTEM_ACTOR,
    reportId: r.id,
    format: o.format as ReportFormat,
  });
  await writeAtomic(o.output, out.bytes);
  process.stderr.write(
    `Đã ghi ${o.output} (${out.content.header.numberLine}, ${r.status === 'issued' ? 'đã ban hành' : 'dự thảo'}).\n`,
  );
}

/** `dieuhanh report …`: generate and check reports. */
export function registerReportCommands(program: Command): void {
  const report = program
    .command('report')
    .description('Báo cáo: tạo từ số liệu theo thể thức Nghị định 30/2020, kiểm tra thể thức');

  // The period reports: each exports the issued report of its period, else the latest draft, else a new draft.
  const periodCommand = (
    name: string,
    description: string,
    template: PeriodTemplate,
    basisHelp: string,
    periodOption: { flags: string; help: string; default?: string } | null,
    toPeriod: (year: number, value: string | undefined) => PeriodRef,
  ) => {
    const command = report.command(name).description(description);
    command.requiredOption('--year <year>', 'năm');
    if (periodOption?.default !== undefined)
      command.option(periodOption.flags, periodOption.help, periodOption.default);
    else if (periodOption) command.requiredOption(periodOption.flags, periodOption.help);
    command
      .option('--basis <basis>', basisHelp)
      .option('--format <format>', `định dạng: ${REPORT_FORMATS.join(', ')}`, 'docx')
      .option('--issue', 'ban hành bản dự thảo (cấp số) trước khi xuất')
      .requiredOption('-o, --output <file>', 'tệp ghi ra')
      .action(
        async (o: {
          year: string;
          half?: string;
          month?: string;
          quarter?: string;
          basis?: string;
          format: string;
          issue?: boolean;
          output: string;
        }) =>
          withContext(async (ctx) => {
            const common = periodReportOptions(o);
            const r = await periodReport(ctx, {
              actor: SYSTEM_ACTOR,
              template,
              period: toPeriod(common.year, o.half ?? o.month ?? o.quarter),
              basis: common.basis,
            });
            await exportPeriodReport(ctx, r, o);
          }),
      );
  };
  const PERIOD_BASIS = 'nd09 (thời gian chốt số liệu, mặc định) hoặc calendar';

  periodCommand(
    'semiannual',
    'Báo cáo tóm tắt tình hình công tác 6 tháng (bản đã ban hành nếu có, nếu không là bản dự thảo)',
    'semiannual-summary',
    'nd09 (thời gian chốt số liệu, mặc định cho báo cáo HĐND) hoặc calendar',
    { flags: '--half <n>', help: '1 = 6 tháng đầu năm, 2 = 6 tháng cuối năm', default: '1' },
    (year, half) => {
      if (half !== '1' && half !== '2') throw new CliInputError('--half: 1 hoặc 2');
      return { kind: 'half', year, index: Number(half) };
    },
  );
  periodCommand(
    'monthly',
    'Báo cáo kết quả thực hiện nhiệm vụ tháng cho hội nghị đánh giá hàng tháng (bản đã ban hành nếu có, nếu không là bản dự thảo)',
    'monthly-review',
    'nd09 (15 tháng trước – 14 tháng này, mặc định) hoặc calendar',
    { flags: '--month <month>', help: 'tháng (1–12)' },
    (year, value) => {
      const month = Number(value);
      if (!Number.isInteger(month) || month < 1 || month > 12)
        throw new CliInputError('--month: tháng từ 1 đến 12');
      return { kind: 'month', year, index: month };
    },
  );
  periodCommand(
    'quarterly',
    'Báo cáo quý: kết quả thực hiện nhiệm vụ và nhiệm vụ trọng tâm quý tiếp theo',
    'quarterly-report',
    PERIOD_BASIS,
    { flags: '--quarter <n>', help: 'quý (1–4)' },
    (year, quarter) => {
      if (!/^[1-4]$/.test(quarter ?? '')) throw new CliInputError('--quarter: quý từ 1 đến 4');
      return { kind: 'quarter', year, index: Number(quarter) };
    },
  );
  periodCommand(
    'nine-month',
    'Báo cáo 9 tháng: kết quả thực hiện nhiệm vụ và nhiệm vụ trọng tâm quý IV',
    'nine-month-report',
    PERIOD_BASIS,
    null,
    (year) => ({ kind: 'nine_months', year, index: 1 }),
  );
  periodCommand(
    'annual',
    'Báo cáo năm: kết quả thực hiện nhiệm vụ và nhiệm vụ trọng tâm năm sau',
    'annual-report',
    PERIOD_BASIS,
    null,
    (year) => ({ kind: 'year', year, index: 1 }),
  );

  registerAnnexCommands(report);

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

const yearOption = (value: string): number => {
  if (!/^\d{4}$/.test(value)) throw new CliInputError(`--year: "${value}" không phải năm 4 chữ số`);
  return Number(value);
};

/** Options every annex command shares: the output file and the (only) format. */
interface AnnexOptions {
  format: string;
  output: string;
}

/** Builds an annex and writes it atomically; nothing is written when building fails. */
function writeAnnexAction<O extends AnnexOptions>(
  build: (ctx: AppContext, o: O) => Promise<AnnexFile>,
): (o: O) => Promise<void> {
  return (o) =>
    withContext(async (ctx) => {
      if (o.format !== 'xlsx') throw new CliInputError('--format: phụ lục chỉ xuất được xlsx');
      const file = await build(ctx, o);
      await writeAtomic(o.output, file.bytes);
      process.stderr.write(`Đã ghi ${o.output} (${file.bytes.length} byte).\n`);
    });
}

/** `dieuhanh report tasks|disbursement|indicators|register`: XLSX annexes on their own. */
function registerAnnexCommands(report: Command): void {
  const annex = (name: string, description: string) =>
    report
      .command(name)
      .description(description)
      .option('--format <format>', 'định dạng: xlsx', 'xlsx')
      .requiredOption('-o, --output <file>', 'tệp ghi ra');

  annex(
    'tasks',
    'Phụ lục tình hình thực hiện nhiệm vụ theo mẫu Văn phòng Chính phủ: bảng theo đơn vị (hoặc lãnh đạo phụ trách), danh sách nhiệm vụ, nhiệm vụ quá hạn',
  )
    .requiredOption('--at <date>', 'ngày báo cáo', dateOption('at'))
    .option('--by <dimension>', 'nhóm bảng theo: unit (đơn vị chủ trì) hoặc leader', 'unit')
    .action(
      writeAnnexAction(async (ctx, o: AnnexOptions & { at: string; by: string }) => {
        if (o.by !== 'unit' && o.by !== 'leader') throw new CliInputError('--by: unit hoặc leader');
        return tasksAnnex(ctx, { actor: SYSTEM_ACTOR, input: { at: o.at, by: o.by } });
      }),
    );

  annex(
    'disbursement',
    'Phụ lục giải ngân vốn đầu tư công: danh mục dự án, theo chủ đầu tư, theo nguồn vốn (kế hoạch Thủ tướng giao và địa phương giao)',
  )
    .requiredOption('--year <year>', 'năm kế hoạch', yearOption)
    .requiredOption('--at <date>', 'ngày báo cáo (số liệu lũy kế đến ngày này)', dateOption('at'))
    .option('--province <mã>', 'tỉnh (mặc định: tỉnh mặc định)')
    .action(
      writeAnnexAction((ctx, o: AnnexOptions & { year: number; at: string; province?: string }) =>
        disbursementAnnex(ctx, {
          actor: SYSTEM_ACTOR,
          input: { year: o.year, at: o.at, ...(o.province ? { province: o.province } : {}) },
        }),
      ),
    );

  annex(
    'indicators',
    'Phụ lục bảng chỉ tiêu kinh tế - xã hội và thu ngân sách theo nguồn của một kỳ',
  )
    .requiredOption('--year <year>', 'năm', yearOption)
    .option(
      '--period <kỳ>',
      'kỳ trong năm: 2023-06, 2023-Q2, 2023-H1, 2023-9M, 2023 (mặc định: cả năm nếu đã hết năm, nếu không là tháng trước)',
    )
    .option('--province <mã>', 'tỉnh')
    .action(
      writeAnnexAction(
        (ctx, o: AnnexOptions & { year: number; period?: string; province?: string }) =>
          indicatorsAnnex(ctx, {
            actor: SYSTEM_ACTOR,
            input: {
              year: o.year,
              ...(o.period ? { period: o.period } : {}),
              ...(o.province ? { province: o.province } : {}),
            },
          }),
      ),
    );

  annex(
    'register',
    'Sổ đăng ký văn bản đi hoặc đến của một kỳ (Nghị định 30/2020, Phụ lục IV); sổ đến kèm sổ theo dõi giải quyết',
  )
    .requiredOption('--direction <direction>', 'outgoing (văn bản đi) hoặc incoming (văn bản đến)')
    .requiredOption(
      '--from <date>',
      'từ ngày (ngày văn bản; ngày đến với sổ đến)',
      dateOption('from'),
    )
    .requiredOption('--to <date>', 'đến ngày', dateOption('to'))
    .option('--register <đơn vị>', 'đơn vị có sổ (mã, tên); mặc định UBND tỉnh')
    .action(
      writeAnnexAction(
        async (
          ctx,
          o: AnnexOptions & { direction: string; from: string; to: string; register?: string },
        ) => {
          const direction = REGISTER_DIRECTIONS.find((d) => d === o.direction);
          if (!direction) throw new CliInputError('--direction: outgoing hoặc incoming');
          return registerAnnex(ctx, {
            actor: SYSTEM_ACTOR,
            input: {
              direction,
              from: o.from,
              to: o.to,
              ...(o.register ? { register: o.register } : {}),
            },
          });
        },
      ),
    );
}
