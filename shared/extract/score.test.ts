import { describe, expect, it } from 'vitest';
import { citationKey, prf, scoreDocument, sumScores } from './score';

describe('scoreDocument', () => {
  const body = 'Giao Sở A chủ trì việc một. Giao Sở B thực hiện việc hai.';

  it('matches citations by spaceless upper-case symbol, else by folded law name, one to one', () => {
    expect(citationKey({ text: 'x', number_symbol: '229 /bc-UBND' })).toBe('229/BC-UBND');
    expect(citationKey({ text: 'Luật Xây dựng ngày 26/11/2003', number_symbol: null })).toBe(
      citationKey({ text: 'LUẬT XÂY DỰNG', number_symbol: null }),
    );
    const score = scoreDocument({
      body,
      gold: { citations: [{ text: 'a', number_symbol: '11/NQ-CP' }], tasks: [], figures: [] },
      predicted: {
        citations: [
          { text: 'b', number_symbol: '11/NQ-CP' },
          { text: 'c', number_symbol: '11/NQ-CP' },
        ],
        tasks: [],
        figures: [],
      },
    });
    expect(score.citations).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('matches tasks by overlapping spans and counts lead units over matched gold tasks', () => {
    const score = scoreDocument({
      body,
      gold: {
        citations: [],
        tasks: [
          { text: 'Giao Sở A chủ trì việc một.', lead_unit: 'Sở A' },
          { text: 'Giao Sở B thực hiện việc hai.', lead_unit: 'Sở B' },
        ],
        figures: [],
      },
      predicted: { citations: [], tasks: [{ lead_unit: 'sở a', start: 5, end: 12 }], figures: [] },
    });
    expect(score.tasks).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(score.leadUnit).toEqual({ correct: 1, total: 1 });
  });

  it('matches figures by value within 0.01 after dropping duplicate (value, unit) pairs', () => {
    const score = scoreDocument({
      body,
      gold: { citations: [], tasks: [], figures: [{ value: 9.3, unit: '%' }] },
      predicted: {
        citations: [],
        tasks: [],
        figures: [
          { value: 9.305, unit: '%' },
          { value: 9.305, unit: '%' },
          { value: 7, unit: 'ha' },
        ],
      },
    });
    expect(score.figures).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('prf and sumScores', () => {
  it('computes micro-averaged precision, recall and F1', () => {
    const one = { tp: 3, fp: 1, fn: 0 };
    const zero = { tp: 0, fp: 0, fn: 0 };
    const total = sumScores([
      { citations: one, tasks: zero, figures: zero, leadUnit: { correct: 1, total: 2 } },
      {
        citations: { tp: 1, fp: 0, fn: 4 },
        tasks: zero,
        figures: zero,
        leadUnit: { correct: 0, total: 0 },
      },
    ]);
    expect(total.citations).toEqual({ tp: 4, fp: 1, fn: 4 });
    expect(prf(total.citations)).toEqual({ precision: 0.8, recall: 0.5, f1: (2 * 0.4) / 1.3 });
    expect(prf(zero)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
