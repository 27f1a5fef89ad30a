/**
 * The whole evaluation from its inputs (pure): units' scorecards, ranks and
 * levels, their heads' ratings by the rule set of the year, the two lists and
 * notes. Running it again on a stored run's inputs gives the stored result.
 */
import { LEVELS, type Level } from '../../shared/evaluation/rating';
import { formatMoney, formatNumber, formatPercent } from '../../shared/vi/number';
import { formatShortDate } from '../../shared/vi/date';
import type {
  EvaluationInputs,
  EvaluationResult,
  HeadResult,
  UnitResult,
} from './evaluation-model';
import { nd335Heads, nd90HeadLevel } from './head-rules';
import { evaluationLists } from './list-rules';
import {
  CRITERION_LABELS,
  type EvaluationRuleSet,
  type ListRules,
  type Weights,
} from './rule-sets';
import { disbursementPace, scoreUnits } from './scorecard-rules';

const atLeast = (level: Level | null, floor: Level) =>
  level !== null && LEVELS.indexOf(level) <= LEVELS.indexOf(floor);

function nd90Heads(inputs: EvaluationInputs, results: readonly UnitResult[]): HeadResult[] {
  const byId = new Map(inputs.units.map((u) => [u.unit.id, u]));
  return results.map((r) => {
    const u = byId.get(r.unit.id);
    // Subordinate units: those of the run inside this unit's subtree.
    const subs = results.filter(
      (o) => o.unit.id !== r.unit.id && o.unit.path.startsWith(r.unit.path) && o.level !== null,
    );
    const targets = u?.targets ?? [];
    const rating = nd90HeadLevel({
      tasks: u?.tasks ?? null,
      targets: {
        total: targets.length,
        completed: targets.filter((t) => t.ratio >= 1).length,
        exceeded: targets.filter((t) => t.ratio > 1).length,
      },
      subordinates: {
        total: subs.length,
        atLeastHtnv: subs.filter((s) => atLeast(s.level, 'HTNV')).length,
        atLeastHttnv: subs.filter((s) => atLeast(s.level, 'HTTNV')).length,
      },
    });
    return {
      unit: { id: r.unit.id, code: r.unit.code, name: r.unit.name },
      head: u?.head ?? null,
      score: r.score,
      level: rating.level,
      demotedByQuota: false,
      checks: rating.checks,
      explanation: [
        ...rating.explanation,
        'Mức đề xuất theo số liệu; các tiêu chí chung (Điều 3 Nghị định 90/2020/NĐ-CP) do cấp có thẩm quyền đánh giá.',
      ],
    };
  });
}

/** The thresholds of both lists in one sentence, for the run's notes. */
function listThresholdsNote(t: ListRules): string {
  const n = (x: number) => formatNumber(x, { decimals: 2 });
  return (
    `Ngưỡng xét danh sách: đề nghị biểu dương đơn vị xếp loại HTXSNV, hoặc HTTNV và nổi bật ở một tiêu chí (100% nhiệm vụ đúng hạn khi có từ ${n(t.onTimeAllMinDue)} nhiệm vụ đến hạn; giải ngân đạt tiến độ phải đạt; thu ngân sách đạt tiến độ dự toán); ` +
    `phê bình, nhắc nhở đơn vị xếp loại KHTNV, giải ngân thấp hơn bình quân tỉnh, có từ ${n(t.overdueAtLeast)} nhiệm vụ quá hạn chưa hoàn thành, bị đôn đốc từ ${n(t.urgingsWeightedAtLeast)} lượt quy đổi (nhắc nhở 1, phê bình 2, yêu cầu kiểm điểm 3), thu ngân sách dưới ${formatPercent(t.revenueBelow * 100)} tiến độ dự toán, hoặc chưa gửi từ ${n(t.missingReportsAtLeast)} báo cáo định kỳ đã đến hạn.`
  );
}

/**
 * Scores a run's inputs with a rule set, weights and the thresholds of the
 * lists (by default the rule set's).
 */
export function scoreEvaluation(opts: {
  ruleSet: EvaluationRuleSet;
  weights: Weights;
  inputs: EvaluationInputs;
  listThresholds?: ListRules;
}): EvaluationResult {
  const { ruleSet: rs, weights, inputs } = opts;
  const listThresholds = opts.listThresholds ?? rs.lists;
  const p = inputs.province;
  const units = scoreUnits(rs, weights, inputs.units, p);
  const byId = new Map(inputs.units.map((u) => [u.unit.id, u]));
  const heads =
    rs.heads === 'nd335'
      ? nd335Heads(
          units.map((r) => ({
            unit: { id: r.unit.id, code: r.unit.code, name: r.unit.name },
            head: byId.get(r.unit.id)?.head ?? null,
            score: r.score,
          })),
          rs.excellenceQuota ?? 1,
        )
      : nd90Heads(inputs, units);
  const lists = evaluationLists(rs, units, inputs.units, p, listThresholds);
  const d = p.disbursement;
  const notes = [
    `Căn cứ: ${rs.legalBasis}.`,
    `Số liệu đến hết ngày ${formatShortDate(p.period.to)}; nhiệm vụ tính gồm nhiệm vụ đơn vị chủ trì còn thực hiện trong kỳ (chưa hoàn thành trước ngày ${formatShortDate(p.period.from)}), xếp theo tình trạng tại ngày cuối kỳ.`,
    inputs.units.some((u) => u.reportingTimeliness !== null)
      ? `${CRITERION_LABELS.reportingTimeliness}: số báo cáo định kỳ gửi đúng hạn trên số báo cáo đến hạn trong kỳ (chế độ báo cáo định kỳ), xét tại ngày cuối kỳ; đơn vị không có báo cáo đến hạn được phân bổ lại trọng số ${weights.reportingTimeliness}%.`
      : `${CRITERION_LABELS.reportingTimeliness}: chưa có dữ liệu (không có báo cáo định kỳ nào đến hạn trong kỳ); trọng số ${weights.reportingTimeliness}% được phân bổ lại cho các tiêu chí có dữ liệu của từng đơn vị.`,
    d.average === null
      ? 'Giải ngân vốn đầu tư công: tỉnh chưa có kế hoạch vốn trong năm.'
      : `Giải ngân vốn đầu tư công toàn tỉnh: ${formatMoney(d.disbursed, 'ty')}/${formatMoney(d.plan, 'ty')} = ${formatPercent(d.average)} (bình quân tỉnh = tổng giải ngân ÷ tổng kế hoạch); mục tiêu năm ${formatPercent(d.targetRate)}${d.targetRecorded ? '' : ' (mặc định, tỉnh chưa ghi mục tiêu)'}, tiến độ phải đạt đến hết kỳ ${formatPercent(disbursementPace(rs, p))}.`,
    'Xếp loại đơn vị theo thang điểm của tỉnh: từ 90 điểm HTXSNV; 70 đến dưới 90 HTTNV; 50 đến dưới 70 HTNV; dưới 50 KHTNV (điểm làm tròn 2 chữ số thập phân).',
    listThresholdsNote(listThresholds),
  ];
  return {
    ruleSet: { key: rs.key, label: rs.label, legalBasis: rs.legalBasis },
    weights,
    listThresholds: { ...listThresholds },
    period: p.period,
    units,
    heads,
    commendations: lists.commendations,
    criticisms: lists.criticisms,
    notes,
  };
}
