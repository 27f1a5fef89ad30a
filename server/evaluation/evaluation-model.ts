/**
 * The shapes an evaluation passes around: the inputs gathered per unit and
 * for the province (stored with each run, so a result can be recomputed), and
 * the result. Types only.
 */
import type { Level } from '../../shared/evaluation/rating';
import type { UrgingKind } from '../tasks/tables';
import type { CriterionKey, EvaluationRuleSet, ListRules, Weights } from './rule-sets';

/** A unit as the evaluation names it. */
export interface EvaluatedUnit {
  id: number;
  code: string;
  name: string;
  /** `agency` (sở, ban, ngành) or `district_committee` (UBND cấp huyện). */
  kind: string;
  /** Materialised path: units below it in the run are its subordinate units. */
  path: string;
}

/** The head (người đứng đầu) of a unit at the end of the period. */
export interface UnitHead {
  personId: number;
  fullName: string;
  title: string;
}

/** The VPCP counts of the tasks a unit leads that were active in the period, at its end. */
export interface TaskCounts {
  HT_DUNG_HAN: number;
  HT_QUA_HAN: number;
  CHT_TRONG_HAN: number;
  CHT_QUA_HAN: number;
  KHONG_THOI_HAN: number;
  total: number;
}

/** One budget-revenue figure the unit answers for, against its estimate. */
export interface RevenueLine {
  code: string;
  name: string;
  unitOfMeasure: string;
  /** Cumulative actual to the end of the period. */
  actual: number;
  /** The year's estimate the indicator is judged against. */
  estimate: number;
  estimateKind: string;
  /** Share of the year's estimate expected by the end of the period (seasonal or linear). */
  expectedShare: number;
  proratedEstimate: number;
}

/** One target (chỉ tiêu) a unit answers for, and how far it got (r = actual ÷ pro-rated target). */
export interface TargetLine {
  code: string;
  name: string;
  ratio: number;
}

/** A unit's public-investment figures as investor (chủ đầu tư) at the end of the period. */
export interface UnitDisbursement {
  plan: number;
  disbursed: number;
  /** Percent of the plan on the province's basis. */
  rate: number;
  projects: number;
}

/**
 * Chấp hành chế độ báo cáo định kỳ: the unit's periodic-report requests whose
 * deadline fell in the period, judged at its end (server/periodic-reports).
 */
export interface UnitReportingTimeliness {
  /** Requests decided by the end of the period: onTime + late + missing. */
  due: number;
  onTime: number;
  late: number;
  missing: number;
}

/** Everything gathered about one unit. */
export interface UnitInputs {
  unit: EvaluatedUnit;
  head: UnitHead | null;
  /** Null when the unit led no task active in the period. */
  tasks: TaskCounts | null;
  /** Urgings (đôn đốc) received in the period, by kind. */
  urgings: Record<UrgingKind, number>;
  /** Top-level budget-revenue indicators the unit owns that have an estimate; empty when none. */
  revenue: RevenueLine[];
  /** Null when the unit invests no public capital planned for the year. */
  disbursement: UnitDisbursement | null;
  /** Targets of the indicators the unit owns (for the ND 90 criteria of its head). */
  targets: TargetLine[];
  /** Null when no periodic report of the unit came due in the period. */
  reportingTimeliness: UnitReportingTimeliness | null;
}

/** The period of an evaluation. */
export interface EvaluationPeriod {
  year: number;
  /** 1 or 2; null for the whole year. */
  half: number | null;
  from: string;
  to: string;
  /** `6 tháng đầu năm 2023`. */
  label: string;
}

/** Province-wide figures the criteria compare against. */
export interface ProvinceInputs {
  province: { id: number; code: string; name: string };
  period: EvaluationPeriod;
  disbursement: {
    /** `pm`: kế hoạch Thủ tướng giao; `local`: kế hoạch địa phương giao. */
    basis: 'pm' | 'local';
    targetRate: number;
    /** False when the province recorded no target for the year (the setting's default applies). */
    targetRecorded: boolean;
    plan: number;
    disbursed: number;
    /** Σ disbursed ÷ Σ plan of the province, percent; null without a plan. */
    average: number | null;
    /** Months of the plan year elapsed at the end of the period. */
    monthsElapsed: number;
  };
}

/** The inputs of a run. */
export interface EvaluationInputs {
  province: ProvinceInputs;
  units: UnitInputs[];
}

/** One criterion of a unit's scorecard with what it was computed from. */
export interface ScoreLine {
  key: CriterionKey;
  label: string;
  /** Configured weight, percent. */
  weight: number;
  /** Weight after redistributing the criteria without data, percent; 0 when not counted. */
  effectiveWeight: number;
  /** The input as a sentence (`12/15 nhiệm vụ đến hạn hoàn thành đúng hạn`). */
  input: string;
  /** 0–1; null when there is no data (the weight is redistributed). */
  normalised: number | null;
  points: number;
  /** How the points follow from the input and the weight. */
  explanation: string;
}

/** A unit's result. */
export interface UnitResult {
  unit: EvaluatedUnit;
  /** Out of 100, rounded to 2 decimals; null when no criterion has data. */
  score: number | null;
  rank: number | null;
  level: Level | null;
  lines: ScoreLine[];
  /** The summary sentence: score, rank, level. */
  summary: string;
}

/** One requirement of a level for a head, as checked. */
export interface HeadCheck {
  level: Level;
  requirement: string;
  /** Null when it does not apply (nothing to judge it on). */
  met: boolean | null;
  actual: string;
}

/** A head's rating. */
export interface HeadResult {
  unit: Pick<EvaluatedUnit, 'id' | 'code' | 'name'>;
  head: UnitHead | null;
  /** ND 335: the unit's score; ND 90: shown for information only. */
  score: number | null;
  level: Level | null;
  demotedByQuota: boolean;
  checks: HeadCheck[];
  explanation: string[];
}

/** A reason a unit is on a list. */
export interface ListReason {
  criterion: CriterionKey | 'score';
  text: string;
}

/** An entry of the commendation or criticism list. */
export interface ListEntry {
  unit: Pick<EvaluatedUnit, 'id' | 'code' | 'name'>;
  score: number | null;
  rank: number | null;
  reasons: ListReason[];
}

/** The result of a run. */
export interface EvaluationResult {
  ruleSet: Pick<EvaluationRuleSet, 'key' | 'label' | 'legalBasis'>;
  weights: Weights;
  /**
   * The thresholds the lists were drawn with (setting `evaluationListThresholds` of the
   * year, else the rule set's). Absent from runs stored before they were a setting.
   */
  listThresholds?: ListRules;
  period: EvaluationPeriod;
  /** Ranked units first (best first), then units without a score. */
  units: UnitResult[];
  heads: HeadResult[];
  /** Danh sách đề nghị biểu dương. */
  commendations: ListEntry[];
  /** Danh sách phê bình, nhắc nhở. */
  criticisms: ListEntry[];
  /** Notes on the whole run (missing data, the provincial average, the scales). */
  notes: string[];
}
