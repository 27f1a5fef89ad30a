import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../platform/actor';
import { printJson, withContext } from '../cli/run-command';
import { eraseExpiredPersons } from './erase-expired-persons';

const LABELS: Record<string, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  petition: 'Kiến nghị',
  feedback: 'Phản ánh',
};

/** `dieuhanh citizens erase-expired`: retention of the personal data of citizens' cases. */
export function registerCitizenCommands(program: Command): void {
  const group = program
    .command('citizens')
    .description('Tiếp công dân, đơn và vụ việc: khiếu nại, tố cáo, kiến nghị, phản ánh');

  group
    .command('erase-expired')
    .description(
      'Xóa thông tin nhân thân của hồ sơ đã kết thúc quá thời hạn lưu giữ (citizenPersonRetentionDays)',
    )
    .option('--dry-run', 'chỉ đếm, không xóa')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { dryRun?: boolean; json?: boolean }) =>
      withContext(async (ctx) => {
        const s = await eraseExpiredPersons(ctx, {
          actor: SYSTEM_ACTOR,
          input: { dryRun: o.dryRun === true },
        });
        if (o.json) return printJson(s);
        process.stdout.write(
          `${s.dryRun ? 'Sẽ xóa' : 'Đã xóa'} thông tin nhân thân của ${s.persons} người trong ${s.cases} hồ sơ (ngày ${s.asOf}).\n`,
        );
        for (const [kind, c] of Object.entries(s.byClassification))
          process.stdout.write(
            `  ${LABELS[kind] ?? kind}: lưu ${c.retentionDays} ngày sau khi kết thúc; ${c.cases} hồ sơ, ${c.persons} người\n`,
          );
      }),
    );
}
