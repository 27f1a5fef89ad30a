import { describe, expect, it } from 'vitest';
import { applyExcellenceQuota, nd335Level, validateWeights, weightedScore } from './rating';

describe('ND 335/2025 levels', () => {
  it.each([
    [100, 'HTXSNV'],
    [90, 'HTXSNV'],
    [89.99, 'HTTNV'],
    [70, 'HTTNV'],
    [69.99, 'HTNV'],
    [50, 'HTNV'],
    [49.99, 'KHTNV'],
    [0, 'KHTNV'],
  ] as const)('%s points → %s', (score, level) => {
    expect(nd335Level(score)).toBe(level);
  });

  it('keeps HTXSNV for at most 20% of the pool, best scores first', () => {
    const people = [95, 92, 91, 85, 80, 78, 75, 72, 71, 70, 60].map((score, i) => ({
      id: i,
      score,
    }));
    // Pool (≥ 70): 10 people → 2 may be HTXSNV.
    const rated = applyExcellenceQuota(people);
    expect(rated.filter((r) => r.level === 'HTXSNV').map((r) => r.score)).toEqual([95, 92]);
    expect(rated.find((r) => r.score === 91)).toMatchObject({
      level: 'HTTNV',
      demotedByQuota: true,
    });
    // Boundary: a pool of 9 allows only 1 (floor of 1,8).
    expect(
      applyExcellenceQuota(people.slice(1))
        .filter((r) => r.level === 'HTXSNV')
        .map((r) => r.score),
    ).toEqual([92]);
    // A pool of 5 allows exactly 1; of 4 none.
    expect(
      applyExcellenceQuota([95, 80, 80, 80, 80].map((score) => ({ score }))).filter(
        (r) => r.level === 'HTXSNV',
      ),
    ).toHaveLength(1);
    expect(
      applyExcellenceQuota([95, 80, 80, 80].map((score) => ({ score }))).filter(
        (r) => r.level === 'HTXSNV',
      ),
    ).toHaveLength(0);
    expect(
      applyExcellenceQuota(people, { basis: 'good_only' }).filter((r) => r.level === 'HTXSNV'),
    ).toHaveLength(1);
  });
});

describe('weighted scorecard', () => {
  it('needs weights summing to 100%', () => {
    expect(
      validateWeights([
        { key: 'a', label: 'A', weight: 60 },
        { key: 'b', label: 'B', weight: 40 },
      ]),
    ).toBeNull();
    expect(
      validateWeights([
        { key: 'a', label: 'A', weight: 60 },
        { key: 'b', label: 'B', weight: 30 },
      ]),
    ).toContain('100%');
    expect(
      validateWeights([
        { key: 'a', label: 'A', weight: 110 },
        { key: 'b', label: 'B', weight: -10 },
      ]),
    ).toContain('âm');
  });

  it('adds weighted points and redistributes missing inputs', () => {
    const full = weightedScore([
      { key: 'ontime', label: 'Tỷ lệ đúng hạn', weight: 40, normalised: 0.9, input: '90%' },
      { key: 'disb', label: 'Giải ngân', weight: 60, normalised: 0.5, input: '47,5%' },
    ]);
    expect(full.score).toBeCloseTo(36 + 30);
    const missing = weightedScore([
      { key: 'ontime', label: 'Tỷ lệ đúng hạn', weight: 40, normalised: 0.9, input: '90%' },
      {
        key: 'rev',
        label: 'Thu ngân sách',
        weight: 60,
        normalised: null,
        input: 'không giao dự toán',
      },
    ]);
    expect(missing.score).toBeCloseTo(90);
    expect(missing.parts[1]?.points).toBe(0);
  });
});
