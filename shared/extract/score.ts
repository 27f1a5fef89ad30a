/**
 * Scoring of the extractor against hand labels (issue 8, item 6): one-to-one greedy
 * matching — citations by upper-cased, space-stripped number-symbol, else by the folded
 * law name; tasks by overlapping character spans; figures by value (± 0,01) after
 * removing duplicate (value, unit) pairs — and lead-unit accuracy over matched gold
 * tasks that have a lead unit.
 */

import { viFold } from '../vi/text';
import { lawNameKey } from './citations';

/** True and false positives and negatives of one category. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts per category plus the lead-unit tally. */
export interface DocumentScore {
  citations: Counts;
  tasks: Counts;
  figures: Counts;
  leadUnit: { correct: number; total: number };
}

/** Gold citation fields the matching reads. */
export interface CitationLabel {
  text: string;
  number_symbol: string | null;
}
/** Gold task fields the matching reads; `start`/`end` are found from `text` when absent. */
export interface TaskLabel {
  text: string;
  lead_unit: string | null;
  start?: number;
  end?: number;
}
/** Gold figure fields the matching reads. */
export interface FigureLabel {
  value: number;
  unit: string;
}

/** Matching key of a citation: its number-symbol upper-cased without spaces, else `law:` and the folded name. */
export function citationKey(c: CitationLabel): string {
  return c.number_symbol !== null && c.number_symbol !== ''
    ? c.number_symbol.replace(/\s+/gu, '').toUpperCase()
    : `law:${lawNameKey(c.text)}`;
}

/** Greedy one-to-one matching: each gold item, in order, takes the first free prediction it accepts. */
function greedy<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  accepts: (g: G, p: P) => boolean,
): Array<[G, P]> {
  const used = new Set<number>();
  const pairs: Array<[G, P]> = [];
  for (const g of gold) {
    const j = predicted.findIndex((p, k) => !used.has(k) && accepts(g, p));
    if (j >= 0) {
      used.add(j);
      pairs.push([g, predicted[j] as P]);
    }
  }
  return pairs;
}

function counts(gold: number, predicted: number, matched: number): Counts {
  return { tp: matched, fp: predicted - matched, fn: gold - matched };
}

function dedupeFigures<F extends FigureLabel>(figures: readonly F[]): F[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.value}|${f.unit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Unit names compared ignoring accents, case and spacing. */
function sameUnit(a: string, b: string): boolean {
  return viFold(a).replace(/\s+/gu, '') === viFold(b).replace(/\s+/gu, '');
}

/** Scores one document's predictions against its labels; `body` locates gold task spans. */
export function scoreDocument(args: {
  body: string;
  gold: { citations: CitationLabel[]; tasks: TaskLabel[]; figures: FigureLabel[] };
  predicted: {
    citations: CitationLabel[];
    tasks: Array<{ lead_unit: string | null; start: number; end: number }>;
    figures: FigureLabel[];
  };
}): DocumentScore {
  const { body, gold, predicted } = args;
  const cit = greedy(
    gold.citations,
    predicted.citations,
    (g, p) => citationKey(g) === citationKey(p),
  );

  const goldTasks = gold.tasks.map((t) => {
    const start = t.start ?? body.indexOf(t.text);
    return { ...t, start, end: t.end ?? start + t.text.length };
  });
  const taskPairs = greedy(
    goldTasks.filter((t) => t.start >= 0),
    predicted.tasks,
    (g, p) => p.start < g.end && g.start < p.end,
  );
  let correct = 0;
  let total = 0;
  for (const [g, p] of taskPairs) {
    if (g.lead_unit === null) continue;
    total++;
    if (p.lead_unit !== null && sameUnit(g.lead_unit, p.lead_unit)) correct++;
  }

  const goldFigures = dedupeFigures(gold.figures);
  const predFigures = dedupeFigures(predicted.figures);
  const fig = greedy(
    goldFigures,
    predFigures,
    (g, p) => Math.abs(g.value - p.value) <= 0.01 + 1e-9,
  );

  return {
    citations: counts(gold.citations.length, predicted.citations.length, cit.length),
    tasks: counts(gold.tasks.length, predicted.tasks.length, taskPairs.length),
    figures: counts(goldFigures.length, predFigures.length, fig.length),
    leadUnit: { correct, total },
  };
}

/** Precision, recall and F1 of summed counts; 1 when there was nothing to find and nothing found. */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Sums document scores (micro-average). */
export function sumScores(scores: readonly DocumentScore[]): DocumentScore {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const total: DocumentScore = {
    citations: zero(),
    tasks: zero(),
    figures: zero(),
    leadUnit: { correct: 0, total: 0 },
  };
  for (const s of scores) {
    for (const k of ['citations', 'tasks', 'figures'] as const) {
      total[k].tp += s[k].tp;
      total[k].fp += s[k].fp;
      total[k].fn += s[k].fn;
    }
    total.leadUnit.correct += s.leadUnit.correct;
    total.leadUnit.total += s.leadUnit.total;
  }
  return total;
}
