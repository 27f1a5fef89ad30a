/**
 * `npm run eval:extract [CORPUS_DIR]`: scores the extractor of `shared/extract/` on the
 * hand-labelled corpus (default `../shared/corpus/` beside the repository) with the
 * matching rules of issue 8 item 6, and prints precision, recall and F1 for citations,
 * tasks and figures, and the lead-unit accuracy. It reports: the exit code is 0 whatever
 * the scores, 1 only when the corpus cannot be read.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCitations } from '../shared/extract/citations';
import { extractFigures } from '../shared/extract/figures';
import { extractTasks } from '../shared/extract/tasks';
import {
  prf,
  scoreDocument,
  sumScores,
  type CitationLabel,
  type Counts,
  type DocumentScore,
  type FigureLabel,
  type TaskLabel,
} from '../shared/extract/score';

interface Labels {
  citations?: CitationLabel[];
  tasks?: TaskLabel[];
  figures?: FigureLabel[];
}

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(process.argv[2] ?? join(here, '..', '..', 'shared', 'corpus'));

function pct(x: number): string {
  return x.toFixed(3).replace('.', ',');
}

function line(name: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${name.padEnd(10)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function main(): void {
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no .txt documents in ${corpus}`);
  const scores: DocumentScore[] = [];
  console.log(`Corpus: ${corpus} (${files.length} documents)\n`);
  console.log(
    'document                                        cit tp/fp/fn   task tp/fp/fn   fig tp/fp/fn   lead',
  );
  for (const file of files) {
    const raw = readFileSync(join(corpus, file), 'utf8');
    // Line 1 is `# source: <url>`; the labelled text starts on line 2.
    const body = raw.slice(raw.indexOf('\n') + 1).normalize('NFC');
    const labels = JSON.parse(
      readFileSync(join(corpus, file.replace(/\.txt$/u, '.json')), 'utf8'),
    ) as Labels;
    const score = scoreDocument({
      body,
      gold: {
        citations: labels.citations ?? [],
        tasks: labels.tasks ?? [],
        figures: labels.figures ?? [],
      },
      predicted: {
        citations: extractCitations(body),
        tasks: extractTasks(body),
        figures: extractFigures(body),
      },
    });
    scores.push(score);
    const c = (k: Counts): string => `${k.tp}/${k.fp}/${k.fn}`.padEnd(15);
    console.log(
      `${file
        .replace(/\.txt$/u, '')
        .slice(0, 46)
        .padEnd(
          48,
        )}${c(score.citations)}${c(score.tasks)}${c(score.figures)}${score.leadUnit.correct}/${score.leadUnit.total}`,
    );
  }
  const total = sumScores(scores);
  console.log('\nMicro-averaged over the corpus:');
  console.log(line('citations', total.citations));
  console.log(line('tasks', total.tasks));
  console.log(line('figures', total.figures));
  const lead = total.leadUnit;
  console.log(
    `lead unit  accuracy ${lead.total === 0 ? 'n/a' : pct(lead.correct / lead.total)}   (${lead.correct} of ${lead.total} matched gold tasks with a lead unit)`,
  );
}

try {
  main();
} catch (error) {
  console.error(
    `eval:extract cannot run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
