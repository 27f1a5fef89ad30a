import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { renderError } from '../platform/render-error';
import { CliInputError, EXIT_BAD_INPUT, printJson, withContext } from '../cli/run-command';
import { formatNumber, formatPercent } from '../../shared/vi/number';
import { importIndicatorValues } from './import-indicator-values';
import { indicatorTable } from './indicator-table';
import { revenueBySource } from './revenue-by-source';
import { setColourThresholds } from './set-colour-thresholds';
import { INDICATOR_CATEGORIES, type IndicatorCategory } from './tables';

const COLOUR_MARK = { green: 'xanh', amber: 'vàng', red: 'ĐỎ', grey: '—' } as const;
const num = (x: number | null, decimals = 1) => (x === null ? '-' : formatNumber(x, { decimals }));
const pct = (x: number | null) => (x === null ? '-' : formatPercent(x, { decimals: 1 }));

/** A progress bar on stderr for one phase of the import (plain lines when not a terminal). */
function phaseBar() {
  let bar: SingleBar | null = null;
  let phase = '';
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    update(done: number, total: number, next: 'check' | 'write') {
      if (next !== phase || !bar) {
        stop();
        phase = next;
        bar = new SingleBar(
          {
            format: `${next === 'check' ? 'Kiểm tra' : 'Ghi số liệu'} |{bar}| {percentage}% | {value}/{total} dòng`,
            stream: process.stderr,
            noTTYOutput: !process.stderr.isTTY,
            notTTYSchedule: 2_000,
            hideCursor: true,
          },
          Presets.shades_classic,
        );
        bar.start(total, done);
      } else bar.update(done);
    },
    stop,
  };
}

function category(value: string): IndicatorCategory {
  if (!(INDICATOR_CATEGORIES as readonly string[]).includes(value))
    throw new CliInputError(`--category: một trong ${INDICATOR_CATEGORIES.join(', ')}`);
  return value as IndicatorCategory;
}

function ratioOption(name: string) {
  return (value: string): number => {
    const n = Number(value.replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0) throw new CliInputError(`--${name}: số dương, ví dụ 0,9`);
    return n;
  };
}

/**
 * `dieuhanh import indicators FILE` (the Excel template of docs/IMPORT.md,
 * all or nothing, with a progress bar), and `dieuhanh indicators table |
 * revenue | thresholds`.
 */
export function registerIndicatorCommands(program: Command): void {
  // Another area may own the `import` group too: join it rather than declare it twice.
  const importGroup =
    program.commands.find((c) => c.name() === 'import') ??
    program
      .command('import')
      .description('Nhập dữ liệu từ tệp Excel theo mẫu (xem docs/IMPORT.md)');
  importGroup
    .command('indicators <file>')
    .description('Nhập số liệu chỉ tiêu theo mẫu (tất cả hoặc không; xem docs/IMPORT.md)')
    .option('--province <mã>', 'tỉnh (mặc định: tỉnh mặc định)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, o: { province?: string; json?: boolean }) =>
      withContext(async (ctx) => {
        const bytes = await readFile(file).catch(() => {
          throw new CliInputError(`không đọc được tệp "${file}"`);
        });
        const bar = phaseBar();
        try {
          const result = await importIndicatorValues(ctx, {
            actor: SYSTEM_ACTOR,
            fileName: basename(file),
            bytes,
            province: o.province,
            onProgress: o.json ? undefined : (done, total, phase) => bar.update(done, total, phase),
          });
          bar.stop();
          if (o.json) printJson(result);
          else
            process.stdout.write(
              `Đã nhập ${result.imported} số liệu chỉ tiêu (${result.approved} được tính ngay, ${result.pending} chờ duyệt).\n`,
            );
        } catch (e) {
          bar.stop();
          // Every row's problem is printed (the generic printer keeps only the first ones).
          if (!isAppError(e, 'IMPORT_FAILED')) throw e;
          const body = renderError(e, 'vi');
          process.stderr.write(`Lỗi [${body.code}]: ${body.message}\n`);
          for (const d of body.details ?? []) process.stderr.write(`  - ${d.message}\n`);
          process.exitCode = EXIT_BAD_INPUT;
        }
      }),
    );

  const indicators = program
    .command('indicators')
    .description('Chỉ tiêu kinh tế - xã hội, thu ngân sách: bảng chỉ tiêu, ngưỡng màu');
  indicators
    .command('table')
    .description('Bảng chỉ tiêu của một kỳ: lũy kế, % kế hoạch, so cùng kỳ, màu cảnh báo')
    .option('--period <kỳ>', 'kỳ báo cáo: 2023-06, 2023-Q2, 2023-H1, 2023 (mặc định: tháng trước)')
    .option('--province <mã>', 'tỉnh')
    .option('--category <nhóm>', `nhóm: ${INDICATOR_CATEGORIES.join(', ')}`, category)
    .option('--json', 'in kết quả dạng JSON')
    .action(
      async (o: {
        period?: string;
        province?: string;
        category?: IndicatorCategory;
        json?: boolean;
      }) =>
        withContext(async (ctx) => {
          const t = await indicatorTable(ctx, {
            actor: SYSTEM_ACTOR,
            input: {
              ...(o.period ? { period: o.period } : {}),
              ...(o.province ? { province: o.province } : {}),
              ...(o.category ? { category: o.category } : {}),
            },
          });
          if (o.json) {
            printJson(t);
            return;
          }
          process.stdout.write(`Bảng chỉ tiêu ${t.periodLabel} — ${t.province.name}\n`);
          for (const r of t.rows)
            process.stdout.write(
              `${r.indicator.code.padEnd(20)} ${r.indicator.nameVi.slice(0, 44).padEnd(44)} ${num(r.cumulative).padStart(12)} ${r.indicator.unitOfMeasure.padEnd(12)} ${pct(r.percentOfTarget).padStart(7)} ${pct(r.yoyChange).padStart(7)} ${COLOUR_MARK[r.colour]}\n`,
            );
          process.stdout.write(
            `Xanh ${t.counts.green}, vàng ${t.counts.amber}, đỏ ${t.counts.red}, chưa đủ số liệu ${t.counts.grey}.\n`,
          );
        }),
    );
  indicators
    .command('revenue')
    .description('Thu ngân sách theo nguồn so với dự toán Trung ương và HĐND tỉnh giao')
    .option('--period <kỳ>', 'kỳ báo cáo (mặc định: tháng trước)')
    .option('--province <mã>', 'tỉnh')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { period?: string; province?: string; json?: boolean }) =>
      withContext(async (ctx) => {
        const r = await revenueBySource(ctx, {
          actor: SYSTEM_ACTOR,
          input: {
            ...(o.period ? { period: o.period } : {}),
            ...(o.province ? { province: o.province } : {}),
          },
        });
        if (o.json) {
          printJson(r);
          return;
        }
        process.stdout.write(`Thu ngân sách ${r.periodLabel} (tỷ đồng)\n`);
        for (const x of r.rows)
          process.stdout.write(
            `${`${'  '.repeat(x.source.depth)}${x.source.nameVi}`.slice(0, 56).padEnd(56)} ${num(x.actual).padStart(10)} ${pct(x.percentOfEstimateCentral).padStart(7)} ${pct(x.percentOfEstimateCouncil).padStart(7)} ${pct(x.yoyChange).padStart(7)}\n`,
          );
      }),
    );
  indicators
    .command('thresholds')
    .description('Đặt ngưỡng màu: xanh khi r ≥ --green, vàng khi r ≥ --amber, đỏ khi thấp hơn')
    .requiredOption('--green <r>', 'ngưỡng xanh, ví dụ 1', ratioOption('green'))
    .requiredOption('--amber <r>', 'ngưỡng vàng, ví dụ 0,9', ratioOption('amber'))
    .action(async (o: { green: number; amber: number }) =>
      withContext(async (ctx) => {
        const t = await setColourThresholds(ctx, { actor: SYSTEM_ACTOR, input: o });
        process.stdout.write(
          `Ngưỡng màu: xanh khi r ≥ ${formatNumber(t.green)}, vàng khi r ≥ ${formatNumber(t.amber)}.\n`,
        );
      }),
    );
}
