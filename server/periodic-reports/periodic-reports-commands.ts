import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../platform/actor';
import { dateOption, intOption, printJson, withContext } from '../cli/run-command';
import { formatShortDate } from '../../shared/vi/date';
import { formatPercent } from '../../shared/vi/number';
import { issuePeriodicRequests } from './issue-periodic-requests';
import { reportingTimeliness } from './reporting-timeliness';

/** `dieuhanh periodic-reports issue|timeliness`: the UBND's reporting regime from the command line. */
export function registerPeriodicReportCommands(program: Command): void {
  const group = program
    .command('periodic-reports')
    .description('Chế độ báo cáo định kỳ của các đơn vị gửi UBND (NĐ 09/2019)');

  group
    .command('issue')
    .description('Gửi yêu cầu báo cáo của một kỳ: mỗi đơn vị một nhiệm vụ, hạn theo ngày làm việc')
    .requiredOption('--regime <id>', 'mã số chế độ báo cáo', intOption('regime'))
    .requiredOption('--period <kỳ>', 'kỳ báo cáo: 2023-06, 2023-Q2, 2023-H1, 2023-9M, 2023')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { regime: number; period: string; json?: boolean }) =>
      withContext(async (ctx) => {
        const result = await issuePeriodicRequests(ctx, {
          actor: SYSTEM_ACTOR,
          input: { regimeId: o.regime, period: o.period },
        });
        if (o.json) return printJson(result);
        process.stdout.write(
          `Kỳ ${result.period}: đã gửi ${result.created.length} yêu cầu mới, ${result.existing.length} yêu cầu đã có.\n`,
        );
        for (const r of result.created)
          process.stdout.write(
            `  ${r.unit.name}: hạn gửi ${formatShortDate(r.deadline)} (nhiệm vụ ${r.taskId})\n`,
          );
      }),
    );

  group
    .command('timeliness')
    .description('Chấp hành chế độ báo cáo theo đơn vị (hạn gửi trong khoảng ngày)')
    .requiredOption('--from <ngày>', 'từ ngày (YYYY-MM-DD hoặc dd/mm/yyyy)', dateOption('from'))
    .requiredOption('--to <ngày>', 'đến ngày', dateOption('to'))
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { from: string; to: string; json?: boolean }) =>
      withContext(async (ctx) => {
        const lines = await reportingTimeliness(ctx, {
          actor: SYSTEM_ACTOR,
          input: { from: o.from, to: o.to },
        });
        if (o.json) return printJson(lines);
        if (lines.length === 0) {
          process.stdout.write('Không có yêu cầu báo cáo nào có hạn gửi trong khoảng này.\n');
          return;
        }
        for (const l of lines)
          process.stdout.write(
            `${l.unit.name}: phải gửi ${l.due}, đúng hạn ${l.onTime}, trễ ${l.late} (${l.lateDays} ngày làm việc), chưa gửi ${l.missing}` +
              `${l.pending > 0 ? `, chưa đến hạn ${l.pending}` : ''}` +
              `; tỷ lệ đúng hạn ${l.rate === null ? '-' : formatPercent(l.rate * 100, { decimals: 1 })}\n`,
          );
      }),
    );
}
