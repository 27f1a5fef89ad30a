/**
 * Run time of the extractors (shared/extract) against input size: each of
 * citations, figures and tasks on inputs of 64 KB, 256 KB and 1 MB, built
 * from a real document (the seed report, repeated) and from adversarial
 * patterns — long runs with no line break, digits and dots without end,
 * "Giao … chủ trì, phối hợp …" with no full stop, symbol-like fragments,
 * "Luật" repeated, unclosed numbered items. Linear work shows as a constant
 * ms per 100 KB from one size to the next; catastrophic backtracking would
 * show as a ratio far above 4 between 256 KB and 1 MB.
 *
 *   npx tsx bench/extract-linear.bench.ts [--runs 5]
 *
 * Median of the runs per cell. Not run by CI. Results: bench/RESULTS.md.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { extractCitations } from '../shared/extract/citations';
import { extractFigures } from '../shared/extract/figures';
import { extractTasks } from '../shared/extract/tasks';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(args.runs));

const SEED = readFileSync(
  new URL('../../shared/corpus/00-seed.txt', import.meta.url),
  'utf8',
).normalize('NFC');

/** Repeats `unit` until the text has `bytes` UTF-8 bytes (cut at a character boundary). */
function fill(unit: string, bytes: number): string {
  const one = Buffer.byteLength(unit);
  let s = unit.repeat(Math.ceil(bytes / one));
  while (Buffer.byteLength(s) > bytes) s = s.slice(0, Math.floor(s.length * 0.999));
  return s;
}

const INPUTS: Record<string, string> = {
  'seed report, repeated': SEED + '\n',
  'one line, no break': 'Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp các sở ngành ',
  'digits and dots': '1.2.3.4.5,6,7.8 ',
  'assignment without full stop':
    'Giao Sở Tài chính chủ trì, phối hợp Sở Xây dựng, UBND các huyện, thị xã, thành phố, ',
  'symbol-like fragments': '12/ 3-/ Số: /QĐ- UBND-/ 45-KL/ /TW 06/2024/ ',
  '"Luật" repeated': 'Luật Luật Tổ chức Luật Luật ',
  'unclosed numbered items': '1. a) - 2. b) - (3) ',
};

const SIZES = [64 * 1024, 256 * 1024, 1024 * 1024];
const EXTRACTORS: Array<[string, (t: string) => unknown[]]> = [
  ['citations', extractCitations],
  ['figures', extractFigures],
  ['tasks', extractTasks],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const rows: string[] = [];
let worst = 0;
for (const [name, unit] of Object.entries(INPUTS)) {
  for (const [ex, run] of EXTRACTORS) {
    const times = SIZES.map((size) => {
      const text = fill(unit, size);
      run(text); // warm-up
      const t: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        run(text);
        t.push(performance.now() - start);
      }
      return median(t);
    });
    worst = Math.max(worst, times[2] ?? 0);
    const ratio = (times[1] ?? 0) > 0 ? (times[2] ?? 0) / (times[1] ?? 1) : 0;
    rows.push(
      `| ${name} | ${ex} | ${times.map((x) => x.toFixed(1)).join(' | ')} | ${ratio.toFixed(2)} |`,
    );
  }
}
process.stdout.write(
  [
    `Extractors, median of ${runs} runs (ms); ratio = 1 MB ÷ 256 KB (4 = linear)`,
    '',
    '| Input | Extractor | 64 KB | 256 KB | 1 MB | ratio |',
    '|---|---|---:|---:|---:|---:|',
    ...rows,
    '',
    `Slowest at 1 MB: ${worst.toFixed(1)} ms`,
    '',
  ].join('\n'),
);
