import type { Command } from 'commander';
import { loadConfig } from '../platform/config';
import { openContext } from '../platform/context';
import { openDatabase } from '../platform/db/database';
import { migrateToLatest, migrationState } from '../platform/db/migrate';
import { backupDatabase, restoreDatabase } from '../platform/db/backup';
import { printJson, reportError, withContext } from './run-command';

/** `dieuhanh db …`: migrations, backup and restore. */
export function registerDbCommands(program: Command): void {
  const db = program
    .command('db')
    .description('Cơ sở dữ liệu: cập nhật cấu trúc, sao lưu, phục hồi');

  db.command('migrate')
    .description('Áp dụng các bản cập nhật cấu trúc còn thiếu (cũng chạy khi khởi động)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { json?: boolean }) => {
      const config = loadConfig();
      const handle = openDatabase({
        engine: config.engine,
        url: config.databaseUrl,
        sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs,
        ...(config.pgSchema ? { pgSchema: config.pgSchema } : {}),
      });
      try {
        const { applied } = await migrateToLatest(handle);
        const state = await migrationState(handle);
        if (o.json) printJson({ engine: config.engine, appliedNow: applied, ...state });
        else
          process.stdout.write(
            `${config.engine}: đã áp dụng ${applied.length} bản cập nhật; hiện ở ${state.latest ?? '(trống)'}.\n`,
          );
      } catch (e) {
        reportError(e);
      } finally {
        await handle.close();
      }
    });

  db.command('backup <file>')
    .description('Sao lưu cơ sở dữ liệu ra tệp (SQLite: sao lưu trực tuyến; PostgreSQL: pg_dump)')
    .action(async (file: string) =>
      withContext(async (ctx) => {
        const { bytes } = await backupDatabase(ctx.db, ctx.config, file);
        process.stdout.write(`Đã sao lưu ${ctx.db.engine} vào ${file} (${bytes} byte).\n`);
      }),
    );

  db.command('restore <file>')
    .description('Phục hồi cơ sở dữ liệu từ tệp sao lưu (dừng máy chủ trước)')
    .action(async (file: string) => {
      try {
        const config = loadConfig();
        await restoreDatabase(config, file);
        const ctx = await openContext(config);
        await ctx.db.close();
        process.stdout.write(`Đã phục hồi ${config.engine} từ ${file}.\n`);
      } catch (e) {
        reportError(e);
      }
    });
}
