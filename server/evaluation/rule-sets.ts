/**
 * Rule sets of the evaluation of units and their heads, versioned by year
 * (GUIDE §6.3): which criteria the provincial scorecard has and their default
 * weights, how each input becomes points, how heads are rated and which
 * thresholds put a unit on the commendation or the criticism list. Pure: no I/O.
 *
 * - `nd90-2020` (2020–2025): heads rated on the ND 90/2020 criteria (amended
 *   by ND 48/2023), no point scale and no quota (the "20 % of HTTNV" cap is
 *   [U] for 2023).
 * - `nd335-2025` (from 2026): heads rated on the ND 335/2025 point scale
 *   (≥ 90 HTXSNV, 70–< 90 HTTNV, 50–< 70 HTNV, < 50 KHTNV), HTXSNV at most
 *   20 % of those rated HTTNV or better.
 */
import type { UrgingKind } from '../tasks/tables';

/** Criteria of the provincial scorecard of a unit. */
export const CRITERION_KEYS = [
  'taskOnTime',
  'overdueTasks',
  'urgings',
  'revenue',
  'disbursement',
  'reportingTimeliness',
] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

/** Weight of each criterion, in percent; they sum to 100. */
export type Weights = Record<CriterionKey, number>;

/** Vietnamese names of the criteria, as the scorecard prints them. */
export const CRITERION_LABELS: Record<CriterionKey, string> = {
  taskOnTime: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
  overdueTasks: 'Nhiệm vụ quá hạn chưa hoàn thành',
  urgings: 'Văn bản đôn đốc nhận được',
  revenue: 'Thu ngân sách so với dự toán',
  disbursement: 'Giải ngân vốn đầu tư công',
  reportingTimeliness: 'Chấp hành chế độ báo cáo định kỳ',
};

/** How inputs become a 0–1 value (the points are weight × value). */
export interface Scales {
  /** This many open overdue tasks or more earn nothing; none earns everything; linear between. */
  overdueZeroAt: number;
  /** Weighted urgings (by kind) at which the criterion earns nothing. */
  urgingZeroAt: number;
  /** Weight of one urging of each kind: a phê bình weighs more than a nhắc nhở. */
  urgingWeights: Record<UrgingKind, number>;
  /**
   * Months over which the year's disbursement target is expected: the year's
   * plan may be disbursed until 31/01 of the next year (Luật Đầu tư công 2019
   * Điều 68 khoản 2), so 13; the pace by month m is target × m ÷ 13.
   */
  disbursementMonths: number;
}

/** Thresholds of the commendation (biểu dương) and criticism (phê bình) lists. */
export interface ListRules {
  /** Commend a unit whose tasks were all done on time when at least this many came due. */
  onTimeAllMinDue: number;
  /** Criticise a unit with at least this many open overdue tasks. */
  overdueAtLeast: number;
  /** Criticise a unit whose urgings, weighted by kind, reach this much. */
  urgingsWeightedAtLeast: number;
  /** Criticise revenue below this share of the pro-rated estimate (r). */
  revenueBelow: number;
  /** Criticise a unit that has not sent at least this many periodic reports due in the period. */
  missingReportsAtLeast: number;
}

/** The thresholds of the lists, in the order they are shown. */
export const LIST_THRESHOLD_KEYS = [
  'onTimeAllMinDue',
  'overdueAtLeast',
  'urgingsWeightedAtLeast',
  'revenueBelow',
  'missingReportsAtLeast',
] as const satisfies ReadonlyArray<keyof ListRules>;

/** Vietnamese wording of each threshold, as the settings page and the notes print it. */
export const LIST_THRESHOLD_LABELS: Record<keyof ListRules, string> = {
  onTimeAllMinDue:
    'Biểu dương đơn vị hoàn thành đúng hạn 100% nhiệm vụ khi có ít nhất số nhiệm vụ đến hạn này',
  overdueAtLeast: 'Phê bình đơn vị có từ số nhiệm vụ quá hạn chưa hoàn thành này trở lên',
  urgingsWeightedAtLeast:
    'Phê bình đơn vị bị đôn đốc từ mức này trở lên (nhắc nhở 1, phê bình 2, yêu cầu kiểm điểm 3)',
  revenueBelow: 'Phê bình đơn vị thu ngân sách dưới tỷ lệ này của tiến độ dự toán (0,9 = 90%)',
  missingReportsAtLeast: 'Phê bình đơn vị chưa gửi từ số báo cáo định kỳ đã đến hạn này trở lên',
};

/** A versioned rule set. */
export interface EvaluationRuleSet {
  key: 'nd90-2020' | 'nd335-2025';
  label: string;
  /** The legal basis printed with every result. */
  legalBasis: string;
  fromYear: number;
  /** Last year it applies to; null while in force. */
  toYear: number | null;
  defaultWeights: Weights;
  scales: Scales;
  /**
   * A unit is scored only when the criteria it has data for carry at least
   * this share of the weight (percent): a score built on one minor figure
   * would rank it against units judged on everything.
   */
  minCoverage: number;
  /** How heads (người đứng đầu) are rated. */
  heads: 'nd90' | 'nd335';
  /** HTXSNV quota among heads, as a share of those rated HTTNV or better; null: none. */
  excellenceQuota: number | null;
  /** Default thresholds of the lists; a province sets its own per year (setting `evaluationListThresholds`). */
  lists: ListRules;
}

/**
 * Default weights: task accountability first (on-time rate, overdue, urgings:
 * 45 %), then the two money figures the seed links to heads' evaluation
 * (B.5: budget revenue and disbursement, 45 %), then reporting discipline.
 * A province changes them per year (setting `evaluationWeights`).
 */
const DEFAULT_WEIGHTS: Weights = {
  taskOnTime: 25,
  overdueTasks: 10,
  urgings: 10,
  revenue: 15,
  disbursement: 30,
  reportingTimeliness: 10,
};

const SCALES: Scales = {
  overdueZeroAt: 10,
  urgingZeroAt: 10,
  urgingWeights: { nhac_nho: 1, phe_binh: 2, kiem_diem: 3 },
  disbursementMonths: 13,
};

const LISTS: ListRules = {
  onTimeAllMinDue: 5,
  overdueAtLeast: 8,
  urgingsWeightedAtLeast: 10,
  revenueBelow: 0.9,
  missingReportsAtLeast: 1,
};

/** Every rule set, oldest first. */
export const RULE_SETS: readonly EvaluationRuleSet[] = [
  {
    key: 'nd90-2020',
    label: 'Bộ tiêu chí của tỉnh; người đứng đầu xếp loại theo Nghị định 90/2020/NĐ-CP',
    legalBasis:
      'Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 (sửa đổi, bổ sung bởi Nghị định số 48/2023/NĐ-CP); bộ tiêu chí chấm điểm đơn vị của tỉnh',
    fromYear: 2020,
    toYear: 2025,
    defaultWeights: DEFAULT_WEIGHTS,
    scales: SCALES,
    minCoverage: 40,
    heads: 'nd90',
    excellenceQuota: null,
    lists: LISTS,
  },
  {
    key: 'nd335-2025',
    label: 'Bộ tiêu chí của tỉnh; người đứng đầu xếp loại theo thang điểm Nghị định 335/2025/NĐ-CP',
    legalBasis: 'Nghị định số 335/2025/NĐ-CP; bộ tiêu chí chấm điểm đơn vị của tỉnh',
    fromYear: 2026,
    toYear: null,
    defaultWeights: DEFAULT_WEIGHTS,
    scales: SCALES,
    minCoverage: 40,
    heads: 'nd335',
    excellenceQuota: 0.2,
    lists: LISTS,
  },
];

/** The rule set in force for an evaluation year; null before ND 90/2020. */
export function ruleSetFor(year: number): EvaluationRuleSet | null {
  return (
    RULE_SETS.find((r) => year >= r.fromYear && (r.toYear === null || year <= r.toYear)) ?? null
  );
}

/** The rule set with this key (stored runs name theirs). */
export function ruleSetByKey(key: string): EvaluationRuleSet | null {
  return RULE_SETS.find((r) => r.key === key) ?? null;
}
