/**
 * The commendation list (đề nghị biểu dương) and the criticism list (phê
 * bình, nhắc nhở) of an evaluation, each entry with its reasons (pure). A
 * unit is commended when rated HTXSNV, or when rated HTTNV and outstanding on
 * a criterion; it is criticised for any failing the rule set names, whatever
 * its level (a unit may be on both lists for different reasons).
 */
import { LEVEL_LABELS } from '../../shared/evaluation/rating';
import { formatNumber, formatPercent } from '../../shared/vi/number';
import type {
  ListEntry,
  ListReason,
  ProvinceInputs,
  UnitInputs,
  UnitResult,
} from './evaluation-model';
import type { EvaluationRuleSet, ListRules } from './rule-sets';
import {
  disbursementPace,
  dueCount,
  revenueRatio,
  unitOnTimeRate,
  weightedUrgings,
} from './scorecard-rules';

const num = (n: number) => formatNumber(n, { decimals: 2 });

function commendationReasons(
  rs: EvaluationRuleSet,
  lists: ListRules,
  r: UnitResult,
  u: UnitInputs,
  p: ProvinceInputs,
  ranked: number,
): ListReason[] {
  if (r.score === null || (r.level !== 'HTXSNV' && r.level !== 'HTTNV')) return [];
  const reasons: ListReason[] = [];
  const outstanding: ListReason[] = [];
  if (r.level === 'HTXSNV')
    reasons.push({
      criterion: 'score',
      text: `Đạt ${num(r.score)} điểm, xếp thứ ${r.rank}/${ranked}, mức ${LEVEL_LABELS.HTXSNV}`,
    });
  if (u.tasks) {
    const due = dueCount(u.tasks);
    if (due >= lists.onTimeAllMinDue && unitOnTimeRate(u.tasks) === 1)
      outstanding.push({
        criterion: 'taskOnTime',
        text: `100% trong số ${due} nhiệm vụ đến hạn hoàn thành đúng hạn`,
      });
  }
  const pace = disbursementPace(rs, p);
  const avg = p.disbursement.average;
  if (u.disbursement && pace > 0 && u.disbursement.rate >= pace)
    outstanding.push({
      criterion: 'disbursement',
      text:
        `Giải ngân đạt ${formatPercent(u.disbursement.rate)} kế hoạch, bằng hoặc vượt tiến độ phải đạt ${formatPercent(pace)}` +
        (avg === null ? '' : ` (bình quân tỉnh ${formatPercent(avg)})`),
    });
  const rev = revenueRatio(u);
  if (rev !== null && rev >= 1)
    outstanding.push({
      criterion: 'revenue',
      text: `Thu ngân sách đạt ${formatPercent(rev * 100)} tiến độ dự toán`,
    });
  return [...reasons, ...outstanding];
}

function criticismReasons(
  rs: EvaluationRuleSet,
  lists: ListRules,
  r: UnitResult,
  u: UnitInputs,
  p: ProvinceInputs,
): ListReason[] {
  const reasons: ListReason[] = [];
  if (r.level === 'KHTNV' && r.score !== null)
    reasons.push({
      criterion: 'score',
      text: `Chỉ đạt ${num(r.score)} điểm (dưới 50), mức ${LEVEL_LABELS.KHTNV}`,
    });
  const avg = p.disbursement.average;
  if (u.disbursement && avg !== null && u.disbursement.rate < avg)
    reasons.push({
      criterion: 'disbursement',
      text: `Tỷ lệ giải ngân ${formatPercent(u.disbursement.rate)} thấp hơn bình quân tỉnh ${formatPercent(avg)}`,
    });
  if (u.tasks && u.tasks.CHT_QUA_HAN >= lists.overdueAtLeast)
    reasons.push({
      criterion: 'overdueTasks',
      text: `Còn ${u.tasks.CHT_QUA_HAN} nhiệm vụ quá hạn chưa hoàn thành`,
    });
  const urged = weightedUrgings(rs, u);
  if (urged >= lists.urgingsWeightedAtLeast)
    reasons.push({
      criterion: 'urgings',
      text: `Bị đôn đốc nhiều lần: ${u.urgings.nhac_nho} lần nhắc nhở, ${u.urgings.phe_binh} lần phê bình, ${u.urgings.kiem_diem} lần yêu cầu kiểm điểm`,
    });
  const rev = revenueRatio(u);
  if (rev !== null && rev < lists.revenueBelow)
    reasons.push({
      criterion: 'revenue',
      text: `Thu ngân sách chỉ đạt ${formatPercent(rev * 100)} tiến độ dự toán (dưới ${formatPercent(lists.revenueBelow * 100)})`,
    });
  const missing = u.reportingTimeliness?.missing ?? 0;
  if (missing >= lists.missingReportsAtLeast)
    reasons.push({
      criterion: 'reportingTimeliness',
      text: `Chưa gửi ${missing} báo cáo định kỳ đã đến hạn`,
    });
  return reasons;
}

/**
 * Both lists: commendations best-ranked first, criticisms worst-ranked first
 * (units without a score last). `lists` are the year's thresholds (by default
 * the rule set's).
 */
export function evaluationLists(
  rs: EvaluationRuleSet,
  results: readonly UnitResult[],
  inputs: readonly UnitInputs[],
  p: ProvinceInputs,
  lists: ListRules = rs.lists,
): { commendations: ListEntry[]; criticisms: ListEntry[] } {
  const byId = new Map(inputs.map((u) => [u.unit.id, u]));
  const ranked = results.filter((r) => r.rank !== null).length;
  const entry = (r: UnitResult, reasons: ListReason[]): ListEntry => ({
    unit: { id: r.unit.id, code: r.unit.code, name: r.unit.name },
    score: r.score,
    rank: r.rank,
    reasons,
  });
  const commendations: ListEntry[] = [];
  const criticisms: ListEntry[] = [];
  for (const r of results) {
    const u = byId.get(r.unit.id);
    if (!u) continue;
    const good = commendationReasons(rs, lists, r, u, p, ranked);
    if (good.length > 0) commendations.push(entry(r, good));
    const bad = criticismReasons(rs, lists, r, u, p);
    if (bad.length > 0) criticisms.push(entry(r, bad));
  }
  const last = Number.MAX_SAFE_INTEGER;
  commendations.sort((a, b) => (a.rank ?? last) - (b.rank ?? last));
  criticisms.sort((a, b) => (b.rank ?? -1) - (a.rank ?? -1));
  return { commendations, criticisms };
}
