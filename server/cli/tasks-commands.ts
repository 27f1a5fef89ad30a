import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../platform/actor';
import {
  taskStatistics,
  TASK_STAT_DIMENSIONS,
  type TaskStatDimension,
} from '../tasks/task-statistics';
import { importTasks } from '../tasks/import-tasks';
import { formatPercent } from '../../shared/vi/number';
import { formatShortDate } from '../../shared/vi/date';
import { CliInputError, dateOption, printJson, withContext } from './run-command';

/** `dieuhanh tasks …`: statistics and import. */
export function registerTasksCommands(program: Command): void {
  const tasks = program.command('tasks').description('Nhiệm vụ: thống kê, nhập từ Excel');
  tasks
    .command('stats')
    .description('Thống kê nhiệm vụ theo mẫu Văn phòng Chính phủ tại một ngày báo cáo')
    .option(
      '--at <date>',
      'ngày báo cáo (mặc định: hôm nay theo đồng hồ hệ thống)',
      dateOption('at'),
    )
    .option('--by <dimension>', `nhóm theo: ${TASK_STAT_DIMENSIONS.join(', ')}`, 'unit')
    .option('--year <year>', 'năm (với --by month)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { at?: string; by: string; year?: string; json?: boolean }) =>
      withContext(async (ctx) => {
        if (!(TASK_STAT_DIMENSIONS as readonly string[]).includes(o.by))
          throw new CliInputError(`--by: một trong ${TASK_STAT_DIMENSIONS.join(', ')}`);
        if (o.year !== undefined && !/^\d{4}$/.test(o.year))
          throw new CliInputError('--year: năm 4 chữ số');
        const stats = await taskStatistics(ctx, {
          actor: SYSTEM_ACTOR,
          input: {
            by: o.by as TaskStatDimension,
            ...(o.at ? { at: o.at } : {}),
            ...(o.year ? { year: Number(o.year) } : {}),
          },
        });
        if (o.json) {
          printJson(stats);
          return;
        }
        process.stdout.write(
          `Tình hình thực hiện nhiệm vụ đến ngày ${formatShortDate(stats.at)}\n`,
        );
        process.stdout.write(
          `${'Nhóm'.padEnd(40)} ${'HT đúng'.padStart(8)} ${'HT quá'.padStart(7)} ${'CHT trong'.padStart(10)} ${'CHT quá'.padStart(8)} ${'Không hạn'.padStart(10)} ${'Đúng hạn'.padStart(9)}\n`,
        );
        for (const r of [...stats.rows, stats.total]) {
          process.stdout.write(
            `${r.label.slice(0, 40).padEnd(40)} ${String(r.HT_DUNG_HAN).padStart(8)} ${String(r.HT_QUA_HAN).padStart(7)} ${String(r.CHT_TRONG_HAN).padStart(10)} ${String(r.CHT_QUA_HAN).padStart(8)} ${String(r.KHONG_THOI_HAN).padStart(10)} ${(r.onTimeRate === null ? '-' : formatPercent(r.onTimeRate * 100, { decimals: 1 })).padStart(9)}\n`,
          );
        }
      }),
    );
  tasks
    .command('import <file>')
    .description(
      'Nhập nhiệm vụ đang thực hiện từ tệp Excel theo mẫu (tất cả hoặc không; xem docs/IMPORT.md)',
    )
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, o: { json?: boolean }) =>
      withContext(async (ctx) => {
        const bytes = await readFile(file).catch(() => {
          throw new CliInputError(`không đọc được tệp "${file}"`);
        });
        const result = await importTasks(ctx, {
          actor: SYSTEM_ACTOR,
          fileName: basename(file),
          bytes,
          onProgress: o.json
            ? undefined
            : (done, total) => process.stderr.write(`\r  ${done}/${total} nhiệm vụ`),
        });
        if (!o.json) process.stderr.write('\n');
        if (o.json) printJson(result);
        else process.stdout.write(`Đã nhập ${result.imported} nhiệm vụ.\n`);
      }),
    );
}
