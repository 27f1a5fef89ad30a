/**
 * Rating rules for evaluating units' heads, versioned by year (GUIDE §6.3):
 * the ND 335/2025 point scale from 2026 (HTXSNV ≥ 90, HTTNV 70–<90, HTNV
 * 50–<70, KHTNV < 50; HTXSNV at most 20 % of those rated HTTNV), and the
 * weighted provincial scorecard used for 2023 with the ND 90/2020 levels.
 */

export const LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
/** Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

/** The ND 335/2025 level of a score, before the quota. */
export function nd335Level(score: number): Level {
  if (score >= 90) return 'HTXSNV';
  if (score >= 70) return 'HTTNV';
  if (score >= 50) return 'HTNV';
  return 'KHTNV';
}

/**
 * Applies the HTXSNV quota: at most `quota` (default 20 %) of the number
 * rated HTTNV — read as everyone scoring 70 or more, the pool HTXSNV is drawn
 * from ([U]: the wording is "20% of those rated HTTNV"; the basis is a
 * setting). The best scores keep HTXSNV (ties broken by the given order);
 * the others become HTTNV.
 */
export function applyExcellenceQuota<T extends { score: number }>(
  rated: readonly T[],
  opts: { quota?: number; basis?: 'good_or_better' | 'good_only' } = {},
): Array<T & { level: Level; demotedByQuota: boolean }> {
  const quota = opts.quota ?? 0.2;
  const initial = rated.map((r) => ({ ...r, level: nd335Level(r.score) }));
  const good = initial.filter((r) => r.level === 'HTTNV').length;
  const excellent = initial.filter((r) => r.level === 'HTXSNV');
  const pool =
    (opts.basis ?? 'good_or_better') === 'good_or_better' ? good + excellent.length : good;
  const allowed = Math.floor(pool * quota + 1e-9);
  const keep = new Set(
    [...excellent]
      .map((r, i) => ({ r, i }))
      .sort((a, b) => b.r.score - a.r.score || a.i - b.i)
      .slice(0, allowed)
      .map((x) => x.r),
  );
  return initial.map((r) =>
    r.level === 'HTXSNV' && !keep.has(r)
      ? { ...r, level: 'HTTNV' as Level, demotedByQuota: true }
      : { ...r, demotedByQuota: false },
  );
}

/** One criterion of a weighted scorecard. */
export interface Criterion {
  key: string;
  label: string;
  /** Weight in percent; all weights of a scorecard sum to 100. */
  weight: number;
}

/** Why a scorecard's weights are not acceptable, or null. */
export function validateWeights(criteria: readonly Criterion[]): string | null {
  if (criteria.some((c) => !(c.weight >= 0))) return 'trọng số không được âm';
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  return Math.abs(total - 100) > 1e-9
    ? `tổng trọng số phải bằng 100% (đang là ${Math.round(total * 100) / 100}%)`
    : null;
}

/** A criterion's contribution: its normalised value (0–1), weight and points, with the input explained. */
export interface ScorePart {
  key: string;
  label: string;
  weight: number;
  /** 0–1, or null when the input is missing (the weight is then redistributed). */
  normalised: number | null;
  points: number;
  input: string;
}

/**
 * Σ weight × normalised value, in points out of 100. Criteria without input
 * (null) drop out and the remaining weights are scaled up to 100, so a unit
 * is not punished for a figure that does not apply to it; this is shown in
 * the explanation.
 */
export function weightedScore(parts: ReadonlyArray<Omit<ScorePart, 'points'>>): {
  score: number;
  parts: ScorePart[];
} {
  const present = parts.filter((p) => p.normalised !== null);
  const presentWeight = present.reduce((s, p) => s + p.weight, 0);
  const scale = presentWeight > 0 ? 100 / presentWeight : 0;
  const out = parts.map((p) => ({
    ...p,
    points: p.normalised === null ? 0 : p.weight * scale * Math.max(0, Math.min(1, p.normalised)),
  }));
  return { score: out.reduce((s, p) => s + p.points, 0), parts: out };
}
