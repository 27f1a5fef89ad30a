import type { Command } from 'commander';
import type { AppContext } from '../platform/context';
import { Presets, SingleBar } from 'cli-progress';
import { createDemo } from '../demo/create-demo';
import {
  createScaleData,
  InsufficientDiskError,
  scalePlan,
  SCALES,
  type Scale,
} from '../demo/scale/create-scale';
import { CliInputError, intOption, printJson, withContext } from './run-command';

function scaleOption(value: string): Scale {
  if (!(value in SCALES))
    throw new CliInputError(
      `--scale: "${value}" phải là province (20.000 nhiệm vụ) hoặc x10 (10 tỉnh)`,
    );
  return value as Scale;
}

/** `dieuhanh demo`: the illustrative province, or synthetic provinces for benchmarks (`--scale`). */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Tạo tỉnh minh họa (Bình Phước, số liệu năm 2023 — Dữ liệu minh họa)')
    .option('--reset', 'xóa toàn bộ dữ liệu hiện có rồi tạo lại')
    .option(
      '--scale <quy-mo>',
      'tạo dữ liệu mô phỏng để đo hiệu năng: province (1 tỉnh, 20.000 nhiệm vụ) hoặc x10 (10 tỉnh, 200.000)',
      scaleOption,
    )
    .option(
      '--tasks <n>',
      'tổng số nhiệm vụ mô phỏng (thay số mặc định của --scale)',
      intOption('tasks'),
    )
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { reset?: boolean; scale?: Scale; tasks?: number; json?: boolean }) =>
      withContext(async (ctx) => {
        if (o.tasks !== undefined && !o.scale)
          throw new CliInputError('--tasks chỉ dùng cùng --scale');
        const summary = o.scale
          ? await runScale(ctx, o.scale, o.tasks, o.reset === true)
          : await createDemo(ctx, {
              reset: o.reset === true,
              progress: (m) => process.stderr.write(`${m}\n`),
            });
        if (o.json) printJson(summary);
        else {
          process.stdout.write(
            o.scale
              ? 'Đã tạo dữ liệu mô phỏng (đo hiệu năng), ngày làm việc 10/7/2023.\n'
              : 'Đã tạo tỉnh minh họa (Dữ liệu minh họa), ngày làm việc 10/7/2023.\n',
          );
          for (const [k, v] of Object.entries(summary))
            process.stdout.write(
              `  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}\n`,
            );
        }
      }),
    );
}

async function runScale(ctx: AppContext, scale: Scale, tasks: number | undefined, reset: boolean) {
  const plan = scalePlan(scale, tasks);
  const bar = new SingleBar(
    {
      format: 'Nhiệm vụ mô phỏng |{bar}| {percentage}% | {value}/{total} | còn {eta_formatted}',
      stream: process.stderr,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 10_000,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  const started = ctx.systemNow().getTime();
  let begun = false;
  try {
    const summary = await createScaleData(ctx, {
      ...plan,
      reset,
      onProgress: (done, total) => {
        if (!begun) {
          bar.start(total, done);
          begun = true;
        } else bar.update(done);
      },
    });
    bar.stop();
    return { ...summary, seconds: Math.round((ctx.systemNow().getTime() - started) / 100) / 10 };
  } catch (e) {
    if (begun) bar.stop();
    if (e instanceof InsufficientDiskError) throw new CliInputError(e.message);
    throw e;
  }
}
