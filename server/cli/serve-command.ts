import type { Command } from 'commander';
import { buildApp } from '../http/build-app';
import { loadConfig } from '../platform/config';
import { openContext, reloadClock } from '../platform/context';
import { CliInputError, reportError } from './run-command';
import { createDemoIfEmpty } from '../demo/create-demo';
import { inProcessScheduler } from '../notifications/in-process-scheduler';

/** `dieuhanh serve`: the HTTP server. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Chạy máy chủ web và API')
    .option('--port <n>', 'cổng (mặc định PORT hoặc 3000)')
    .option('--host <host>', 'địa chỉ lắng nghe (mặc định HOST hoặc 127.0.0.1)')
    .option('--demo-if-empty', 'tạo tỉnh minh họa nếu cơ sở dữ liệu còn trống')
    .action(async (o: { port?: string; host?: string; demoIfEmpty?: boolean }) => {
      try {
        if (o.port !== undefined && !/^\d{1,5}$/.test(o.port))
          throw new CliInputError(`--port: "${o.port}" không phải số cổng`);
        const config = loadConfig({
          ...process.env,
          ...(o.port ? { PORT: o.port } : {}),
          ...(o.host ? { HOST: o.host } : {}),
        });
        const ctx = await openContext(config);
        if (
          o.demoIfEmpty &&
          (await createDemoIfEmpty(ctx, (msg) => process.stderr.write(`${msg}\n`)))
        ) {
          await reloadClock(ctx);
        }
        const app = await buildApp(ctx);
        const scheduler = inProcessScheduler(ctx);
        const close = async () => {
          await app.close();
          await scheduler.stop();
          await ctx.db.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void close());
        process.once('SIGTERM', () => void close());
        const address = await app.listen({ port: config.port, host: config.host });
        scheduler.start();
        process.stderr.write(
          `dieuhanh đang chạy tại ${address.replace('127.0.0.1', 'localhost')} (${ctx.db.engine}, ngày ${ctx.clock.today()})\n`,
        );
      } catch (e) {
        reportError(e);
      }
    });
}
