/**
 * Times generating the semi-annual summary (229/BC-UBND) from the demo
 * province's data: building the content and rendering the DOCX, and the PDF
 * through the product (LibreOffice headless in its own profile, then the
 * check that every paragraph is in the PDF's text) against a plain
 * `soffice --convert-to pdf` of the same DOCX.
 *
 *   npx tsx bench/report-generation.bench.ts [--runs 5] [--reuse]
 *   DATABASE_URL=postgres://…/dieuhanh_bench npx tsx bench/report-generation.bench.ts --engine postgres
 *
 * The demo is created once (SQLite: data/bench/report.sqlite; `--reuse` keeps it).
 * Side by side, rounds rotated so outside load falls on all alike; median and p95.
 * Not run by CI. Results: bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../server/platform/config';
import { openContext, type AppContext } from '../server/platform/context';
import { SYSTEM_ACTOR } from '../server/platform/actor';
import { createDemo } from '../server/demo/create-demo';
import { semiannualReport } from '../server/reports/find-report';
import { buildReportContent } from '../server/reports/build-content';
import { renderReportDocx } from '../server/reports/render-docx';
import { exportReport } from '../server/reports/export-report';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    runs: { type: 'string', default: '5' },
    reuse: { type: 'boolean', default: false },
  },
});

async function open(): Promise<AppContext> {
  const dir = resolve('data/bench');
  mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'silent',
    DIEUHANH_DATA_DIR: dir,
    DIEUHANH_NOW: '2023-07-10T08:00:00+07:00',
  };
  if (args.engine !== 'postgres') {
    const file = join(dir, 'report.sqlite');
    if (!args.reuse)
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    env.DATABASE_URL = file;
  } else if (!process.env.DATABASE_URL?.startsWith('postgres')) {
    throw new Error('--engine postgres needs DATABASE_URL=postgres://… (a dedicated database)');
  }
  return openContext(loadConfig(env));
}

function stats(ms: number[]): { median: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

async function main(): Promise<void> {
  const runs = Number(args.runs);
  const ctx = await open();
  try {
    const existing = await ctx.db.q
      .selectFrom('reports')
      .select('id')
      .executeTakeFirst()
      .catch(() => undefined);
    if (!existing || !args.reuse) {
      const t0 = performance.now();
      await createDemo(ctx, { reset: true });
      process.stdout.write(`demo created in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
    const report = await semiannualReport(ctx, { actor: SYSTEM_ACTOR, year: 2023, half: 1 });
    // A fresh draft is generated from the data on each view; the issued one is frozen text.
    const draft = await ctx.db.q
      .selectFrom('reports')
      .selectAll()
      .where('status', '=', 'draft')
      .executeTakeFirst();
    const target =
      draft ??
      (await import('../server/reports/manage-reports')).createReport(ctx, {
        actor: SYSTEM_ACTOR,
        input: { year: 2023, half: 1 },
      });
    const draftRow = await target;
    const docx = await renderReportDocx(await buildReportContent(ctx, draftRow));
    const dir = mkdtempSync(join(tmpdir(), 'dh-bench-report-'));
    const docxFile = join(dir, 'report.docx');
    writeFileSync(docxFile, docx);

    const cases: Record<string, () => Promise<void>> = {
      'draft: content + DOCX': async () => {
        await renderReportDocx(await buildReportContent(ctx, draftRow));
      },
      'issued: DOCX': async () => {
        await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId: report.id, format: 'docx' });
      },
      'issued: PDF (product)': async () => {
        await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId: report.id, format: 'pdf' });
      },
      'plain soffice --convert-to pdf': async () => {
        const out = join(dir, 'plain');
        const r = spawnSync(
          'soffice',
          [
            `-env:UserInstallation=file://${join(dir, 'profile-plain')}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            out,
            docxFile,
          ],
          { stdio: 'ignore' },
        );
        if (r.status !== 0) throw new Error('soffice failed');
      },
      'issued: XLSX annexes': async () => {
        await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId: report.id, format: 'xlsx' });
      },
    };
    const names = Object.keys(cases);
    const times = new Map<string, number[]>(names.map((n) => [n, []]));
    for (const n of names) await cases[n]?.(); // warm-up (LibreOffice's first start, caches)
    for (let round = 0; round < runs; round += 1) {
      for (let k = 0; k < names.length; k += 1) {
        const name = names[(round + k) % names.length] ?? '';
        const t0 = performance.now();
        await cases[name]?.();
        times.get(name)?.push(performance.now() - t0);
      }
    }
    rmSync(dir, { recursive: true, force: true });
    const plain = stats(times.get('plain soffice --convert-to pdf') ?? []).median;
    process.stdout.write(
      `\nSemi-annual report 2023 H1, ${args.engine}, ${runs} rounds, ${cpus().length} CPUs, DOCX ${(docx.length / 1024).toFixed(0)} KB\n`,
    );
    process.stdout.write('| case | median ms | p95 ms | ÷ plain soffice |\n|---|---:|---:|---:|\n');
    for (const n of names) {
      const s = stats(times.get(n) ?? []);
      process.stdout.write(
        `| ${n} | ${s.median.toFixed(0)} | ${s.p95.toFixed(0)} | ${(s.median / plain).toFixed(2)} |\n`,
      );
    }
  } finally {
    await ctx.db.close();
  }
}

await main();
