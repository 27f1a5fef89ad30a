import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { SYSTEM_ACTOR } from '../platform/actor';
import { CliInputError, dateOption, printJson, withContext } from '../cli/run-command';
import { formatMoney, formatPercent } from '../../shared/vi/number';
import { formatShortDate } from '../../shared/vi/date';
import { importCapitalPlans } from './import-capital-plans';
import { importDisbursements } from './import-disbursements';
import { investmentDashboard } from './investment-dashboard';

/** A progress bar on stderr (plain lines when stderr is not a terminal). */
function progressBar(label: string) {
  const bar = new SingleBar(
    {
      format: `${label} |{bar}| {percentage}% | {value}/{total} dòng`,
      stream: process.stderr,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 2_000,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

async function readInput(file: string): Promise<Uint8Array> {
  return readFile(file).catch(() => {
    throw new CliInputError(`không đọc được tệp "${file}"`);
  });
}

const pct = (x: number | null) => (x === null ? '-' : formatPercent(x));
const ty = (vnd: number) => formatMoney(vnd, 'ty', { decimals: 3 });

/**
 * `dieuhanh import capital-plans|disbursements FILE` (the Excel templates of
 * docs/IMPORT.md, all or nothing, with a progress bar) and `dieuhanh
 * investment status` (the provincial disbursement figures on a date).
 */
export function registerInvestmentCommands(program: Command): void {
  // Another area may own the `import` group too: join it rather than declare it twice.
  const importGroup =
    program.commands.find((c) => c.name() === 'import') ??
    program
      .command('import')
      .description('Nhập dữ liệu từ tệp Excel theo mẫu (xem docs/IMPORT.md)');
  importGroup
    .command('capital-plans <file>')
    .description('Nhập kế hoạch vốn đầu tư công theo mẫu (tất cả hoặc không)')
    .option('--province <mã>', 'tỉnh (mặc định: tỉnh mặc định)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, o: { province?: string; json?: boolean }) =>
      withContext(async (ctx) => {
        const bytes = await readInput(file);
        const bar = progressBar('Kế hoạch vốn');
        try {
          const result = await importCapitalPlans(ctx, {
            actor: SYSTEM_ACTOR,
            fileName: basename(file),
            bytes,
            province: o.province,
            onProgress: o.json ? undefined : (done, total) => bar.update(done, total),
          });
          bar.stop();
          if (o.json) printJson(result);
          else
            process.stdout.write(
              `Đã nhập ${result.imported} dòng kế hoạch vốn: kế hoạch Thủ tướng giao ${ty(result.pmAmount)}, kế hoạch địa phương giao ${ty(result.localAmount)}.\n`,
            );
        } finally {
          bar.stop();
        }
      }),
    );
  importGroup
    .command('disbursements <file>')
    .description('Nhập số liệu giải ngân (tạm ứng, thanh toán) theo mẫu (tất cả hoặc không)')
    .option('--province <mã>', 'tỉnh (mặc định: tỉnh mặc định)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, o: { province?: string; json?: boolean }) =>
      withContext(async (ctx) => {
        const bytes = await readInput(file);
        const bar = progressBar('Giải ngân');
        try {
          const result = await importDisbursements(ctx, {
            actor: SYSTEM_ACTOR,
            fileName: basename(file),
            bytes,
            province: o.province,
            onProgress: o.json ? undefined : (done, total) => bar.update(done, total),
          });
          bar.stop();
          if (o.json) printJson(result);
          else
            process.stdout.write(
              `Đã nhập ${result.imported} dòng giải ngân, cộng thêm ${ty(result.netAmount)} vào số đã giải ngân.\n`,
            );
        } finally {
          bar.stop();
        }
      }),
    );

  program
    .command('investment')
    .description('Đầu tư công: tình hình giải ngân')
    .command('status')
    .description(
      'Tỷ lệ giải ngân toàn tỉnh (hai mẫu số) so với mục tiêu, chủ đầu tư dưới mức bình quân, 03 Chương trình MTQG, dự báo',
    )
    .option(
      '--at <date>',
      'ngày báo cáo (mặc định: hôm nay theo đồng hồ hệ thống)',
      dateOption('at'),
    )
    .option('--province <mã>', 'tỉnh (mặc định: tỉnh mặc định)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { at?: string; province?: string; json?: boolean }) =>
      withContext(async (ctx) => {
        const d = await investmentDashboard(ctx, {
          actor: SYSTEM_ACTOR,
          input: { ...(o.at ? { at: o.at } : {}), ...(o.province ? { province: o.province } : {}) },
        });
        if (o.json) {
          printJson(d);
          return;
        }
        const out = (line: string) => process.stdout.write(`${line}\n`);
        const p = d.provincial;
        out(
          `Giải ngân vốn đầu tư công năm ${d.year} đến ngày ${formatShortDate(d.at)} — ${d.province.name}`,
        );
        out(`  Đã giải ngân: ${ty(p.disbursed)}`);
        out(`  Kế hoạch Thủ tướng giao ${ty(p.planPm)}: đạt ${pct(p.ratePm)}`);
        out(`  Kế hoạch địa phương giao ${ty(p.planLocal)}: đạt ${pct(p.rateLocal)}`);
        out(
          `  Mục tiêu: tối thiểu ${formatPercent(d.target.rate, { decimals: 0 })} ${d.target.basis === 'pm' ? 'kế hoạch Thủ tướng giao' : 'kế hoạch địa phương giao'}${d.target.recorded ? '' : ' (mặc định)'}`,
        );
        const g = d.programmes.total;
        out(
          `  03 Chương trình MTQG (vốn đầu tư): ${ty(g.disbursed)} / ${ty(g.planPm)}, đạt ${pct(g.ratePm)}`,
        );
        if (d.projection)
          out(
            `  Dự báo đến 31/01/${d.year + 1}: ${ty(d.projection.projected)}, đạt ${pct(d.projection.projectedRatePm)} kế hoạch Thủ tướng giao`,
          );
        out(
          `  Cần giải ngân bình quân ${ty(d.pace.perMonth)}/tháng trong ${d.pace.monthsLeft} tháng còn lại`,
        );
        out(
          `Chủ đầu tư dưới mức bình quân (${pct(d.investors.average)}): ${d.investors.belowAverage.length}`,
        );
        for (const b of d.investors.belowAverage.slice(0, 15))
          out(`  ${b.investor.name.slice(0, 60).padEnd(60)} ${pct(b.rate).padStart(8)}`);
      }),
    );
}
