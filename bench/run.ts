/**
 * `npm run bench`: the task-statistics and global-search benchmarks at one synthetic province
 * on SQLite, and on PostgreSQL too when BENCH_DATABASE_URL names a dedicated
 * database. Larger runs (x10, 2M tasks): see the commands in bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';

const runs: Array<{ engine: string; env: NodeJS.ProcessEnv }> = [
  { engine: 'sqlite', env: process.env },
];
const pg = process.env.BENCH_DATABASE_URL;
if (pg) runs.push({ engine: 'postgres', env: { ...process.env, DATABASE_URL: pg } });

const benches = ['bench/task-statistics.bench.ts', 'bench/search.bench.ts'];

let failed = false;
for (const r of runs.flatMap((run) => benches.map((bench) => ({ ...run, bench })))) {
  const res = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      r.bench,
      '--engine',
      r.engine,
      '--scale',
      'province',
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', env: r.env },
  );
  if (res.status !== 0) failed = true;
}
if (!pg)
  process.stdout.write(
    'PostgreSQL bỏ qua: đặt BENCH_DATABASE_URL=postgres://…/dieuhanh_bench để đo cả PostgreSQL.\n',
  );
process.exitCode = failed ? 1 : 0;
