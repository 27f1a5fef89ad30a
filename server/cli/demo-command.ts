import type { Command } from 'commander';
import { createDemo } from '../demo/create-demo';
import { printJson, withContext } from './run-command';

/** `dieuhanh demo`: the illustrative province. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Tạo tỉnh minh họa (Bình Phước, số liệu năm 2023 — Dữ liệu minh họa)')
    .option('--reset', 'xóa toàn bộ dữ liệu hiện có rồi tạo lại')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { reset?: boolean; json?: boolean }) =>
      withContext(async (ctx) => {
        const summary = await createDemo(ctx, {
          reset: o.reset === true,
          progress: (m) => process.stderr.write(`${m}\n`),
        });
        if (o.json) printJson(summary);
        else {
          process.stdout.write(
            'Đã tạo tỉnh minh họa (Dữ liệu minh họa), ngày làm việc 10/7/2023.\n',
          );
          for (const [k, v] of Object.entries(summary))
            process.stdout.write(`  ${k}: ${String(v)}\n`);
        }
      }),
    );
}
