import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../platform/actor';
import { CliInputError, printJson, withContext } from '../cli/run-command';
import { LEVEL_LABELS } from '../../shared/evaluation/rating';
import { formatNumber } from '../../shared/vi/number';
import { runEvaluation } from './run-evaluation';

function yearOption(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new CliInputError(`--year: "${value}" phải là năm, ví dụ 2023`);
  return Number(value);
}

function halfOption(value: string): 1 | 2 {
  if (value !== '1' && value !== '2')
    throw new CliInputError(
      `--half: "${value}" phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)`,
    );
  return value === '1' ? 1 : 2;
}

const points = (s: number | null) => (s === null ? '-' : formatNumber(s, { decimals: 2 }));

/**
 * `dieuhanh evaluation run --year 2023 [--half 1] [--province X] [--json]`:
 * evaluates and ranks the province's units and their heads for an ended
 * period, stores the run, and prints the ranking and both lists.
 */
export function registerEvaluationCommands(program: Command): void {
  program
    .command('evaluation')
    .description('Đánh giá, xếp hạng đơn vị và người đứng đầu')
    .command('run')
    .description(
      'Chấm điểm, xếp hạng các sở, ban, ngành, UBND cấp huyện và xếp loại người đứng đầu cho một kỳ đã kết thúc; lưu kết quả',
    )
    .requiredOption('--year <năm>', 'năm đánh giá', yearOption)
    .option('--half <1|2>', '6 tháng đầu (1) hoặc cuối (2) năm; bỏ trống: cả năm', halfOption)
    .option('--province <mã>', 'tỉnh (mặc định: tỉnh mặc định)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { year: number; half?: 1 | 2; province?: string; json?: boolean }) =>
      withContext(async (ctx) => {
        const run = await runEvaluation(ctx, {
          actor: SYSTEM_ACTOR,
          input: {
            year: o.year,
            ...(o.half ? { half: o.half } : {}),
            ...(o.province ? { province: o.province } : {}),
          },
        });
        if (o.json) {
          printJson(run);
          return;
        }
        const out = (line: string) => process.stdout.write(`${line}\n`);
        out(`Kết quả đánh giá ${run.period.label} — ${run.province.name} (lượt số ${run.id})`);
        out(`  ${run.ruleSet.label}`);
        for (const u of run.units)
          out(
            `  ${String(u.rank ?? '-').padStart(3)}. ${u.unit.name.slice(0, 55).padEnd(55)} ${points(u.score).padStart(7)}  ${u.level ?? 'chưa đủ dữ liệu'}`,
          );
        out(`Đề nghị biểu dương (${run.commendations.length}):`);
        for (const e of run.commendations)
          out(`  - ${e.unit.name}: ${e.reasons.map((r) => r.text).join('; ')}`);
        out(`Phê bình, nhắc nhở (${run.criticisms.length}):`);
        for (const e of run.criticisms)
          out(`  - ${e.unit.name}: ${e.reasons.map((r) => r.text).join('; ')}`);
        out('Người đứng đầu (mức đề xuất):');
        for (const h of run.heads)
          out(
            `  - ${h.unit.name}: ${h.head ? `${h.head.title} ${h.head.fullName}` : '(chưa có người đứng đầu)'} — ${h.level ? LEVEL_LABELS[h.level] : 'chưa đủ dữ liệu'}${h.demotedByQuota ? ' (do hạn mức HTXSNV)' : ''}`,
          );
        for (const n of run.notes) out(`* ${n}`);
      }),
    );
}
