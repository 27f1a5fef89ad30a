import type { Generated } from 'kysely';

/**
 * The two denominators of a disbursement rate (GUIDE §5.2): the plan assigned
 * by the Prime Minister (kế hoạch Thủ tướng Chính phủ giao, `pm`) and the plan
 * as the province allocated it (kế hoạch địa phương giao, `local`), which can
 * be larger because the province adds its own sources.
 */
export const PLAN_BASES = ['pm', 'local'] as const;
export type PlanBasis = (typeof PLAN_BASES)[number];

/** Vốn đầu tư phát triển (public investment) or kinh phí sự nghiệp (recurrent funds, never counted as disbursement of public investment). */
export const FUNDING_KINDS = ['investment', 'recurrent'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

/** Ngân sách địa phương or ngân sách trung ương. */
export const BUDGET_LEVELS = ['local', 'central'] as const;
export type BudgetLevel = (typeof BUDGET_LEVELS)[number];

/**
 * The 3 national target programmes (chương trình mục tiêu quốc gia, GUIDE §5.3):
 * giảm nghèo bền vững (NQ 24/2021/QH15), xây dựng nông thôn mới (NQ
 * 25/2021/QH15), vùng đồng bào DTTS và miền núi (NQ 120/2020/QH14).
 */
export const PROGRAMMES = ['giam_ngheo', 'nong_thon_moi', 'dtts'] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** Tạm ứng (advance) or thanh toán khối lượng hoàn thành (payment, which may recover advances). */
export const DISBURSEMENT_KINDS = ['advance', 'payment'] as const;
export type DisbursementKind = (typeof DISBURSEMENT_KINDS)[number];

/** Nhóm dự án: quan trọng quốc gia, A, B, C (Luật Đầu tư công 2019 Điều 7). */
export const PROJECT_GROUPS = ['QG', 'A', 'B', 'C'] as const;
export type ProjectGroup = (typeof PROJECT_GROUPS)[number];

/** A node of the capital-source tree: national (no province) or a province's own sub-source. */
export interface CapitalSourcesTable {
  id: Generated<number>;
  province_unit_id: number | null;
  parent_id: number | null;
  code: string;
  name: string;
  short_name: string;
  /** Materialised path of ids from the root, `/1/3/`. */
  path: string;
  depth: number;
  budget_level: BudgetLevel | null;
  /** Null on a group mixing both kinds (a programme node). */
  funding_kind: FundingKind | null;
  programme: Programme | null;
  sort_order: Generated<number>;
  created_at: string;
}

/** Dự án đầu tư công: belongs to its province and to its investor unit (chủ đầu tư). */
export interface InvestmentProjectsTable {
  id: Generated<number>;
  province_unit_id: number;
  investor_unit_id: number;
  code: string;
  name: string;
  /** Công trình trọng điểm của tỉnh. */
  key_project: Generated<number>;
  location: string | null;
  location_unit_id: number | null;
  group_class: ProjectGroup | null;
  /** Tổng mức đầu tư, VND. */
  total_investment: number | null;
  start_year: number | null;
  end_year: number | null;
  sort_key: string;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** One line of a yearly capital plan: a project's allocation from one capital source. */
export interface CapitalPlansTable {
  id: Generated<number>;
  project_id: number;
  province_unit_id: number;
  source_id: number;
  plan_year: number;
  pm_amount: number;
  local_amount: number;
  /** Ngày giao kế hoạch: the line counts from this date. */
  assigned_on: string;
  decision_ref: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** Điều chỉnh kế hoạch vốn: dated, stored as deltas (and the totals after). */
export interface CapitalPlanAdjustmentsTable {
  id: Generated<number>;
  plan_id: number;
  adjusted_on: string;
  pm_delta: number;
  local_delta: number;
  pm_after: number;
  local_after: number;
  reason: string;
  decision_ref: string | null;
  created_at: string;
}

/** A treasury transaction, counted for the plan year it is stored with. */
export interface DisbursementsTable {
  id: Generated<number>;
  project_id: number;
  province_unit_id: number;
  source_id: number;
  plan_year: number;
  kind: DisbursementKind;
  amount: number;
  /** Part of a payment that recovers earlier advances (thu hồi tạm ứng). */
  recovered_advance: Generated<number>;
  paid_on: string;
  /** 1–12 within the plan year, 13 for January of the next year. */
  period_month: number;
  voucher_ref: string | null;
  note: string | null;
  entered_by_user_id: number | null;
  created_at: string;
}

/** The province's disbursement target for a year (e.g. ≥ 95 % for 2023), with its source when known. */
export interface DisbursementTargetsTable {
  id: Generated<number>;
  province_unit_id: number;
  plan_year: number;
  /** Percent, e.g. 95. */
  target_rate: number;
  basis: PlanBasis;
  source_document_id: number | null;
  source_text: string | null;
  created_at: string;
  updated_at: string;
}

export interface InvestmentTables {
  capital_sources: CapitalSourcesTable;
  investment_projects: InvestmentProjectsTable;
  capital_plans: CapitalPlansTable;
  capital_plan_adjustments: CapitalPlanAdjustmentsTable;
  disbursements: DisbursementsTable;
  disbursement_targets: DisbursementTargetsTable;
}
