/**
 * The provincial scorecard of a unit (pure): each criterion's input turned
 * into a 0–1 value by the rule set's scales, weighted by the year's weights
 * (criteria without data drop out and their weight is redistributed — the
 * arithmetic is shared/evaluation), explained line by line; then ranks and
 * the unit's level on the provincial point bands.
 */
import {
  nd335Level,
  weightedScore,
  type Level,
  LEVEL_LABELS,
} from '../../shared/evaluation/rating';
import { onTimeRate } from '../../shared/tasks/status';
import { formatMoney, formatNumber, formatPercent } from '../../shared/vi/number';
import type {
  ProvinceInputs,
  ScoreLine,
  TaskCounts,
  UnitInputs,
  UnitResult,
} from './evaluation-model';
import {
  CRITERION_KEYS,
  CRITERION_LABELS,
  type CriterionKey,
  type EvaluationRuleSet,
  type Weights,
} from './rule-sets';

const pct = (share: number) => formatPercent(share * 100);
const num = (n: number) => formatNumber(n, { decimals: 2 });

/** Score rounding: 2 decimals, before the level is read, so the printed score decides the level. */
export function roundScore(score: number): number {
  return Math.round(score * 100 + 1e-9) / 100;
}

/** The on-time rate of a unit's tasks (shared/tasks/status), null when none came due. */
export function unitOnTimeRate(t: TaskCounts): number | null {
  return onTimeRate({ ...t, dueSoon: 0 });
}

/** Tasks whose deadline has come (the base of the on-time rate). */
export function dueCount(t: TaskCounts): number {
  return t.HT_DUNG_HAN + t.HT_QUA_HAN + t.CHT_QUA_HAN;
}

/** The disbursement rate (percent) the target asks for by the end of the period. */
export function disbursementPace(rs: EvaluationRuleSet, p: ProvinceInputs): number {
  return (p.disbursement.targetRate * p.disbursement.monthsElapsed) / rs.scales.disbursementMonths;
}

/** Pooled revenue progress r = Σ actual ÷ Σ pro-rated estimate; null without a line. */
export function revenueRatio(u: UnitInputs): number | null {
  const prorated = u.revenue.reduce((s, l) => s + l.proratedEstimate, 0);
  if (u.revenue.length === 0 || prorated <= 0) return null;
  return u.revenue.reduce((s, l) => s + l.actual, 0) / prorated;
}

/** Urgings weighted by kind (nhắc nhở 1, phê bình 2, kiểm điểm 3 by default). */
export function weightedUrgings(rs: EvaluationRuleSet, u: UnitInputs): number {
  const w = rs.scales.urgingWeights;
  return (
    u.urgings.nhac_nho * w.nhac_nho +
    u.urgings.phe_binh * w.phe_binh +
    u.urgings.kiem_diem * w.kiem_diem
  );
}

type Part = { key: CriterionKey; normalised: number | null; input: string };

function taskParts(rs: EvaluationRuleSet, u: UnitInputs): Part[] {
  const t = u.tasks;
  if (!t) {
    const none = 'Không chủ trì nhiệm vụ nào trong kỳ';
    return [
      { key: 'taskOnTime', normalised: null, input: none },
      { key: 'overdueTasks', normalised: null, input: none },
      { key: 'urgings', normalised: null, input: none },
    ];
  }
  const due = dueCount(t);
  const rate = unitOnTimeRate(t);
  if (rate === null) {
    // Nothing came due: no overdue task and no urging would say nothing about the unit.
    const none = `Chưa có nhiệm vụ đến hạn (${t.total} nhiệm vụ trong kỳ)`;
    return [
      { key: 'taskOnTime', normalised: null, input: none },
      { key: 'overdueTasks', normalised: null, input: none },
      { key: 'urgings', normalised: null, input: none },
    ];
  }
  const onTime: Part = {
    key: 'taskOnTime',
    normalised: rate,
    input: `${t.HT_DUNG_HAN}/${due} nhiệm vụ đến hạn hoàn thành đúng hạn (${pct(rate)}); ${t.HT_QUA_HAN} hoàn thành quá hạn, ${t.CHT_QUA_HAN} chưa hoàn thành quá hạn`,
  };
  const zeroAt = rs.scales.overdueZeroAt;
  const overdue: Part = {
    key: 'overdueTasks',
    normalised: Math.max(0, 1 - t.CHT_QUA_HAN / zeroAt),
    input: `${t.CHT_QUA_HAN} nhiệm vụ quá hạn chưa hoàn thành (0: đủ điểm; từ ${zeroAt} trở lên: 0 điểm)`,
  };
  const w = weightedUrgings(rs, u);
  const uw = rs.scales.urgingWeights;
  const urgings: Part = {
    key: 'urgings',
    normalised: Math.max(0, 1 - w / rs.scales.urgingZeroAt),
    input: `${u.urgings.nhac_nho} lần nhắc nhở, ${u.urgings.phe_binh} lần phê bình, ${u.urgings.kiem_diem} lần yêu cầu kiểm điểm; quy đổi ${num(w)} (hệ số ${uw.nhac_nho}/${uw.phe_binh}/${uw.kiem_diem}; từ ${rs.scales.urgingZeroAt} trở lên: 0 điểm)`,
  };
  return [onTime, overdue, urgings];
}

function revenuePart(u: UnitInputs): Part {
  const r = revenueRatio(u);
  if (r === null)
    return {
      key: 'revenue',
      normalised: null,
      input: 'Không chủ trì chỉ tiêu thu ngân sách có dự toán',
    };
  const lines = u.revenue.map(
    (l) =>
      `${l.name}: lũy kế ${num(l.actual)} ${l.unitOfMeasure} so với ${num(l.proratedEstimate)} ${l.unitOfMeasure} phải đạt đến hết kỳ (${pct(l.expectedShare)} dự toán ${num(l.estimate)} ${l.unitOfMeasure})`,
  );
  return {
    key: 'revenue',
    normalised: Math.min(1, r),
    input: `${lines.join('; ')}; đạt ${pct(r)} tiến độ dự toán`,
  };
}

function disbursementPart(rs: EvaluationRuleSet, u: UnitInputs, p: ProvinceInputs): Part {
  const d = u.disbursement;
  if (!d)
    return {
      key: 'disbursement',
      normalised: null,
      input: 'Không làm chủ đầu tư dự án có kế hoạch vốn trong năm',
    };
  const pace = disbursementPace(rs, p);
  const basis =
    p.disbursement.basis === 'pm' ? 'kế hoạch Thủ tướng giao' : 'kế hoạch địa phương giao';
  const avg = p.disbursement.average;
  return {
    key: 'disbursement',
    normalised: pace > 0 ? Math.min(1, d.rate / pace) : null,
    input:
      `Giải ngân ${formatMoney(d.disbursed, 'ty')}/${formatMoney(d.plan, 'ty')} (${d.projects} dự án) = ${formatPercent(d.rate)} ${basis}; ` +
      `tiến độ phải đạt ${formatPercent(p.disbursement.targetRate)} × ${p.disbursement.monthsElapsed}/${rs.scales.disbursementMonths} tháng = ${formatPercent(pace)}` +
      (avg === null ? '' : `; bình quân tỉnh ${formatPercent(avg)}`),
  };
}

function reportingPart(u: UnitInputs): Part {
  const r = u.reportingTimeliness;
  if (!r || r.due === 0)
    return {
      key: 'reportingTimeliness',
      normalised: null,
      input: 'Chưa có dữ liệu: không có báo cáo định kỳ nào của đơn vị đến hạn trong kỳ',
    };
  return {
    key: 'reportingTimeliness',
    normalised: r.onTime / r.due,
    input: `${r.onTime}/${r.due} báo cáo định kỳ đến hạn gửi đúng hạn (${pct(r.onTime / r.due)}); ${r.late} gửi muộn, ${r.missing} chưa gửi`,
  };
}

/**
 * The scorecard of one unit: points by criterion with explanations, the total,
 * and the coverage (weight carried by criteria with data); no score when the
 * coverage is below the rule set's minimum.
 */
export function scoreUnit(
  rs: EvaluationRuleSet,
  weights: Weights,
  u: UnitInputs,
  p: ProvinceInputs,
): { score: number | null; coverage: number; lines: ScoreLine[] } {
  const parts: Part[] = [
    ...taskParts(rs, u),
    revenuePart(u),
    disbursementPart(rs, u, p),
    reportingPart(u),
  ];
  const byKey = new Map(parts.map((x) => [x.key, x]));
  const ordered = CRITERION_KEYS.map((key) => {
    const x = byKey.get(key);
    return {
      key,
      label: CRITERION_LABELS[key],
      weight: weights[key],
      normalised: x?.normalised ?? null,
      input: x?.input ?? '',
    };
  });
  const { score, parts: scored } = weightedScore(ordered);
  const presentWeight = ordered.reduce((s, x) => s + (x.normalised === null ? 0 : x.weight), 0);
  const lines: ScoreLine[] = scored.map((x) => {
    const effectiveWeight =
      x.normalised === null || presentWeight <= 0 ? 0 : (x.weight * 100) / presentWeight;
    const explanation =
      x.normalised === null
        ? `${x.label}: ${x.input} → không tính; trọng số ${num(x.weight)}% được phân bổ lại cho các tiêu chí có dữ liệu`
        : `${x.label}: ${x.input} → ${pct(Math.max(0, Math.min(1, x.normalised)))} × trọng số ${num(effectiveWeight)}%${effectiveWeight.toFixed(6) === x.weight.toFixed(6) ? '' : ` (${num(x.weight)}% trước khi phân bổ lại)`} = ${num(x.points)} điểm`;
    return {
      key: x.key as CriterionKey,
      label: x.label,
      weight: x.weight,
      effectiveWeight,
      input: x.input,
      normalised: x.normalised,
      points: x.points,
      explanation,
    };
  });
  const covered = presentWeight >= rs.minCoverage - 1e-9 && presentWeight > 0;
  if (covered) return { score: roundScore(score), coverage: presentWeight, lines };
  // Not scored: show the inputs, claim no points.
  return {
    score: null,
    coverage: presentWeight,
    lines: lines.map((l) => ({
      ...l,
      effectiveWeight: 0,
      points: 0,
      explanation: `${l.label}: ${l.input} → không chấm điểm (đơn vị chưa đủ dữ liệu)`,
    })),
  };
}

/** Competition ranks on the score, best first (equal scores share a rank: 1, 2, 2, 4); null without a score. */
export function rankScores(scores: ReadonlyArray<number | null>): Array<number | null> {
  return scores.map((s) =>
    s === null ? null : 1 + scores.filter((o) => o !== null && o > s).length,
  );
}

/** A unit's level on the provincial point bands (the ND 335/2025 thresholds; no quota for units). */
export function unitLevel(score: number | null): Level | null {
  return score === null ? null : nd335Level(score);
}

/** Scores, ranks and levels every unit; ranked units first (best first), ties and unscored units in the given order. */
export function scoreUnits(
  rs: EvaluationRuleSet,
  weights: Weights,
  units: readonly UnitInputs[],
  p: ProvinceInputs,
): UnitResult[] {
  const scored = units.map((u) => ({ u, ...scoreUnit(rs, weights, u, p) }));
  const ranks = rankScores(scored.map((s) => s.score));
  const ranked = scored.filter((s) => s.score !== null).length;
  const results: UnitResult[] = scored.map((s, i) => {
    const rank = ranks[i] ?? null;
    const level = unitLevel(s.score);
    return {
      unit: s.u.unit,
      score: s.score,
      rank,
      level,
      lines: s.lines,
      summary:
        s.score === null || level === null
          ? `${s.u.unit.name}: chưa đủ dữ liệu để chấm điểm (các tiêu chí có dữ liệu chiếm ${num(s.coverage)}% trọng số, cần tối thiểu ${num(rs.minCoverage)}%)`
          : `${s.u.unit.name}: ${num(s.score)} điểm, xếp thứ ${rank}/${ranked}, mức ${LEVEL_LABELS[level]}`,
    };
  });
  // Array.prototype.sort is stable: ties keep the organisation's order.
  return results.sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
  );
}
