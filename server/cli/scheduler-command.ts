import type { Command } from 'commander';
import { loadNotificationConfig } from '../notifications/notification-config';
import { createScheduler } from '../notifications/scheduler';
import { readLease, SCHEDULER_LEASE } from '../notifications/scheduler-lease';
import { printJson, withContext } from './run-command';

/** `dieuhanh scheduler run [--once]`, `dieuhanh scheduler status`: reminders and notifications. */
export function registerSchedulerCommand(program: Command): void {
  const scheduler = program
    .command('scheduler')
    .description('Bộ lập lịch nhắc hạn và gửi thông báo (một bộ cho mỗi cơ sở dữ liệu)');

  scheduler
    .command('run')
    .description('Chạy bộ lập lịch; dừng an toàn bằng Ctrl+C hoặc SIGTERM')
    .option('--once', 'chạy một lượt (lập lịch rồi gửi) rồi thoát')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { once?: boolean; json?: boolean }) =>
      withContext(async (ctx) => {
        const s = createScheduler(ctx, { config: loadNotificationConfig() });
        if (o.once) {
          try {
            const result = await s.runOnce();
            if (o.json) printJson(result);
            else if (!result.leader)
              process.stdout.write('Một bộ lập lịch khác đang chạy trên cơ sở dữ liệu này.\n');
            else
              process.stdout.write(
                result.plan.enabled
                  ? `Đã lập ${result.plan.enqueued} thông báo mới; đã gửi ${result.dispatch?.sent ?? 0}, thử lại sau ${result.dispatch?.retried ?? 0}, bỏ ${result.dispatch?.dead ?? 0}.\n`
                  : 'Thông báo đang tắt (notificationsEnabled = false): không lập, không gửi.\n',
              );
          } finally {
            await s.close();
          }
          return;
        }
        const stop = () => s.stop();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        process.stderr.write(`Bộ lập lịch đang chạy (${s.holder}).\n`);
        await s.run();
      }),
    );

  scheduler
    .command('status')
    .description('Ai đang giữ quyền lập lịch, và số thông báo theo kênh và trạng thái')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { json?: boolean }) =>
      withContext(async (ctx) => {
        const lease = await readLease(ctx.db, SCHEDULER_LEASE);
        const counts = await ctx.db.q
          .selectFrom('outbox')
          .select(['channel', 'status', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy(['channel', 'status'])
          .orderBy('channel')
          .orderBy('status')
          .execute();
        const held =
          lease?.holder && lease.leaseUntil > ctx.systemNow().toISOString() ? lease : null;
        if (o.json) {
          printJson({ lease: held, outbox: counts });
          return;
        }
        process.stdout.write(
          held
            ? `Đang chạy: ${held.holder} (giữ đến ${held.leaseUntil}).\n`
            : 'Không có bộ lập lịch nào đang chạy.\n',
        );
        for (const c of counts) process.stdout.write(`  ${c.channel} ${c.status}: ${c.n}\n`);
      }),
    );
}
