import type { Generated } from 'kysely';
import type { PeriodBasis, PeriodKind } from '../../shared/periods/periods';
import type { UnitKind } from '../organisation/tables';

/**
 * How a regime's sending deadline (thời hạn gửi báo cáo) is set: N working
 * days after the data window closes, or a fixed day of the month (the first
 * such day after the close).
 */
export const DEADLINE_RULES = ['working_days_after', 'day_of_month'] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

/** Chế độ báo cáo định kỳ — one periodic report the UBND requires of its units. */
export interface PeriodicReportRegimesTable {
  id: Generated<number>;
  /** The body the reports go to (the UBND tỉnh); scope of the regime. */
  issuer_unit_id: number;
  /** "Báo cáo tình hình kinh tế - xã hội tháng". */
  name: string;
  period_kind: PeriodKind;
  /** `nd09`: the ND 09/2019 data window (15th → 14th); `calendar`: the calendar period. */
  basis: PeriodBasis;
  deadline_rule: DeadlineRule;
  /** Working days after the close (`working_days_after`) or the day of month (`day_of_month`). */
  deadline_value: number;
  /** Every unit of this kind in the issuer's province reports; null when the list is used. */
  reporting_unit_kind: UnitKind | null;
  /** 0/1. */
  active: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** The units listed by name in a regime. */
export interface PeriodicReportRegimeUnitsTable {
  regime_id: number;
  unit_id: number;
}

/** One unit's report for one period: the request (a task) and its receipt. */
export interface PeriodicReportRequestsTable {
  id: Generated<number>;
  regime_id: number;
  unit_id: number;
  /** Machine form of the period: '2023-06', '2023-Q2', '2023-H1', '2023-9M', '2023'. */
  period_key: string;
  window_from: string;
  window_to: string;
  /** Thời hạn gửi báo cáo. */
  deadline: string;
  /** The handling task sent to the unit. */
  task_id: number;
  issued_on: string;
  /** The incoming document of the register that is the unit's report. */
  received_document_id: number | null;
  received_on: string | null;
  created_at: string;
}

export interface PeriodicReportTables {
  periodic_report_regimes: PeriodicReportRegimesTable;
  periodic_report_regime_units: PeriodicReportRegimeUnitsTable;
  periodic_report_requests: PeriodicReportRequestsTable;
}
