import type { Generated } from 'kysely';
import type { Aggregation, Direction } from '../../shared/indicators/indicator-math';
import type { PeriodBasis, PeriodKind } from '../../shared/periods/periods';

/** Groups of the catalogue: the same engine serves budget revenue, trade, investment and the rest. */
export const INDICATOR_CATEGORIES = [
  'budget_revenue', // thu ngân sách nhà nước trên địa bàn, by source
  'trade', // kim ngạch xuất khẩu, nhập khẩu
  'investment_attraction', // thu hút đầu tư: FDI, trong nước, doanh nghiệp thành lập mới
  'economy', // GRDP, IIP, bán lẻ, CPI, nông nghiệp
  'social', // lao động, giảm nghèo, y tế, giáo dục, an toàn giao thông
  'environment', // rừng, chất thải, nước sạch
  'administration', // cải cách hành chính
] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

/** How often figures are reported (tần suất): each maps to one kind of period. */
export const FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const AGGREGATIONS = [
  'sum',
  'average',
  'last',
  'ratio',
] as const satisfies readonly Aggregation[];
export const DIRECTIONS = [
  'higher_is_better',
  'lower_is_better',
] as const satisfies readonly Direction[];
export const BASES = ['calendar', 'nd09'] as const satisfies readonly PeriodBasis[];

/**
 * Kinds of yearly target: kế hoạch (the HĐND's socio-economic plan), dự toán
 * Trung ương giao (the budget estimate assigned by the Prime Minister / Bộ Tài
 * chính) and dự toán HĐND tỉnh giao (the province's own, usually higher).
 */
export const TARGET_KINDS = ['plan', 'estimate_central', 'estimate_council'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Where a period value came from. */
export const VALUE_SOURCES = ['manual', 'import', 'api'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

/**
 * A value's life: entered (pending the unit leader's approval, or approved at
 * once), approved (it counts), rejected, or superseded by a later revision of
 * the same period (kept for the history).
 */
export const VALUE_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** Giải trình: requested by a leader, answered by the unit (through its leader), closed. */
export const EXPLANATION_STATUSES = ['requested', 'answered', 'closed'] as const;
export type ExplanationStatus = (typeof EXPLANATION_STATUSES)[number];

/** Messages of an explanation thread. */
export const MESSAGE_KINDS = ['request', 'draft', 'answer', 'close'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface IndicatorsTable {
  id: Generated<number>;
  /** The province whose catalogue holds the indicator (kind `province`). */
  province_unit_id: number;
  code: string;
  name_vi: string;
  name_en: string;
  category: IndicatorCategory;
  /** Đơn vị tính as printed (`tỷ đồng`, `triệu USD`, `%`, `dự án`); every value and target is in it. */
  unit_of_measure: string;
  frequency: Frequency;
  basis: PeriodBasis;
  aggregation: Aggregation;
  direction: Direction;
  /** Đơn vị chủ trì số liệu: the unit answerable for the figures. */
  owner_unit_id: number;
  data_source: string | null;
  /** The indicator this one breaks down (thu nội địa → tổng thu). */
  parent_id: number | null;
  /** Which yearly target colours the indicator. */
  colour_target: TargetKind;
  sort_order: Generated<number>;
  active: Generated<number>;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface IndicatorTargetsTable {
  id: Generated<number>;
  indicator_id: number;
  /** The province (province-wide target) or a unit in it. */
  unit_id: number;
  year: number;
  kind: TargetKind;
  value: number;
  /** The decision or resolution that set it (`NQ 25/NQ-HĐND`). */
  basis_document: string | null;
  set_by_name: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface IndicatorValuesTable {
  id: Generated<number>;
  indicator_id: number;
  /** Whose figure it is: the province (province-wide) or a unit in it. */
  unit_id: number;
  year: number;
  period_kind: PeriodKind;
  period_index: number;
  /** The period's dates on the indicator's basis (calendar, or the ND 09 window). */
  period_from: string;
  period_to: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  /** Số ước tính (ước): an estimate to be replaced by the actual figure. */
  is_estimate: number;
  note: string | null;
  source: ValueSource;
  /** File name of an import; null otherwise. */
  source_ref: string | null;
  status: ValueStatus;
  revision: number;
  superseded_by_id: number | null;
  entered_on: string;
  entered_at: string;
  entered_by_user_id: number | null;
  entered_by_name: string;
  decided_by_user_id: number | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
}

export interface IndicatorPeriodLocksTable {
  id: Generated<number>;
  province_unit_id: number;
  year: number;
  period_kind: PeriodKind;
  period_index: number;
  locked_on: string;
  locked_at: string;
  locked_by_user_id: number | null;
  locked_by_name: string;
  note: string | null;
}

export interface IndicatorExplanationsTable {
  id: Generated<number>;
  indicator_id: number;
  /** Whose figure is explained (the province, or a unit). */
  unit_id: number;
  /** The unit that answers: the owner unit for province-wide figures. */
  answering_unit_id: number;
  year: number;
  period_kind: PeriodKind;
  period_index: number;
  status: ExplanationStatus;
  due_on: string;
  /** The figures when the request was made. */
  colour: string;
  ratio: number | null;
  percent_of_target: number | null;
  requested_by_user_id: number | null;
  requested_by_name: string;
  requested_on: string;
  answered_on: string | null;
  closed_on: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface IndicatorExplanationMessagesTable {
  id: Generated<number>;
  explanation_id: number;
  kind: MessageKind;
  body: string;
  author_user_id: number | null;
  author_name: string;
  /** The author's role (`leader`, `unit_staff`…); null for the system. */
  author_role: string | null;
  at: string;
  on_date: string;
}

export interface UnitIndicatorSettingsTable {
  unit_id: number;
  /** Whether the unit leader must approve values before they count (default yes). */
  requires_value_approval: number;
  updated_at: string;
}

export interface IndicatorTables {
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  indicator_values: IndicatorValuesTable;
  indicator_period_locks: IndicatorPeriodLocksTable;
  indicator_explanations: IndicatorExplanationsTable;
  indicator_explanation_messages: IndicatorExplanationMessagesTable;
  unit_indicator_settings: UnitIndicatorSettingsTable;
}
