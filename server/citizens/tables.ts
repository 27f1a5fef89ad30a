import type { Generated } from 'kysely';
import type { ReceptionLeaderKind } from '../../shared/citizens/reception';
import type { CaseClassification, NumberingKind } from '../../shared/citizens/case-number';
import type { DayUnit, StepKey, Variant } from '../../shared/citizens/legal-limits';

/** Định kỳ (periodic, on the published schedule) or đột xuất (ad hoc). */
export const RECEPTION_SESSION_KINDS = ['periodic', 'ad_hoc'] as const;
export type ReceptionSessionKind = (typeof RECEPTION_SESSION_KINDS)[number];

/** Phiên tiếp công dân — one reception day (or half-day) of a leader. */
export interface CitizenReceptionSessionsTable {
  id: Generated<number>;
  /** Where citizens are received: the UBND (Trụ sở tiếp công dân) or the agency. */
  unit_id: number;
  /** The leader whose reception it is (Chủ tịch, Giám đốc Sở…). */
  leader_person_id: number;
  leader_kind: ReceptionLeaderKind;
  session_date: string;
  /** Local `HH:MM`. */
  start_time: string;
  end_time: string;
  kind: ReceptionSessionKind;
  location: string | null;
  /** Day the schedule was published (công khai lịch tiếp); null for an ad-hoc session. */
  published_on: string | null;
  /** 0/1: 0 when scheduled but not held (`not_held_reason`). */
  held: number;
  not_held_reason: string | null;
  /** 0/1: 0 when the leader delegated (ủy quyền) the session. */
  in_person: number;
  delegate_person_id: number | null;
  delegate_name: string | null;
  /** Lượt người được tiếp. */
  persons_received: number;
  /** Vụ việc. */
  cases_received: number;
  /** Đoàn đông người and their total headcount. */
  group_delegations: number;
  group_headcount: number;
  note: string | null;
  /** The entry of the leaders' calendar (Chủ tịch, Phó Chủ tịch UBND tỉnh only). */
  leader_event_id: number | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** The last sequence given in a series on a day, per province (atomic upsert). */
export interface CitizenCaseCountersTable {
  province_unit_id: number;
  series: NumberingKind;
  day: string;
  last_sequence: number;
}

/** Kênh tiếp nhận: at a reception session, by post, hotline, web portal, social network / OTT. */
export const CASE_CHANNELS = ['reception', 'post', 'hotline', 'portal', 'social'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** Lần đầu / lần hai of a complaint. */
export const COMPLAINT_INSTANCES = ['first', 'second'] as const;
export type ComplaintInstance = (typeof COMPLAINT_INSTANCES)[number];

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Đơn, vụ việc — a complaint, denunciation, petition or feedback from any channel. */
export interface CitizenCasesTable {
  id: Generated<number>;
  /** `KN.20230614.0003` (shared/citizens/case-number.ts). */
  case_number: string;
  province_unit_id: number;
  /** The body that received it (UBND tỉnh by default). */
  receiving_unit_id: number;
  /** The unit answerable for handling it (đơn vị được giao xử lý); null until assigned. */
  unit_id: number | null;
  received_on: string;
  channel: CaseChannel;
  classification: CaseClassification;
  /** 0/1: thuộc thẩm quyền of the receiving body. */
  competent: number;
  /** Complaints only. */
  instance: ComplaintInstance | null;
  variant: Variant;
  /** Complaints: the day the decision or act was received or became known (thời hiệu, Điều 9). */
  known_on: string | null;
  /** The recorded reason a late complaint is accepted. */
  late_reason: string | null;
  first_instance_case_id: number | null;
  first_instance_decided_on: string | null;
  reception_session_id: number | null;
  /** Nội dung tóm tắt — never personal data. */
  summary: string;
  /** viFold of the number and summary. */
  search_text: string;
  /** Đoàn đông người: headcount (0: not a group). */
  group_headcount: number;
  status: CaseStatus;
  closed_on: string | null;
  outcome: string | null;
  /** Set when retention erased the personal fields. */
  persons_erased_on: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** Who a protected person is in a case. */
export const CASE_PERSON_ROLES = [
  'complainant',
  'denouncer',
  'petitioner',
  'representative',
] as const;
export type CasePersonRole = (typeof CASE_PERSON_ROLES)[number];

/**
 * Protected personal fields (Luật Tố cáo Điều 47–48; ND 13/2023): read only
 * by the case's handlers or by break-glass, every read audited.
 */
export interface CitizenCasePersonsTable {
  id: Generated<number>;
  case_id: number;
  role: CasePersonRole;
  full_name: string | null;
  id_number: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
}

/** Cán bộ xử lý — the users assigned to handle a case. */
export interface CitizenCaseHandlersTable {
  case_id: number;
  user_id: number;
  assigned_on: string;
}

/** A granted extension as stored (JSON array on the step). */
export interface StoredExtension {
  days: number;
  decidedOn: string;
  decisionRef: string | null;
  dueDate: string;
}

/** One statutory step of a case with its legal clock. */
export interface CitizenCaseStepsTable {
  id: Generated<number>;
  case_id: number;
  step_key: StepKey;
  /** The variant applied (after fallback). */
  variant: Variant;
  /** Calendar or working days, as counted when the clock started. */
  unit: DayUnit;
  start_date: string;
  base_due_date: string;
  due_date: string;
  /** JSON StoredExtension[]. */
  extensions: string;
  completed_on: string | null;
  decision_ref: string | null;
  created_at: string;
}

export interface CitizenCaseTables {
  citizen_reception_sessions: CitizenReceptionSessionsTable;
  citizen_case_counters: CitizenCaseCountersTable;
  citizen_cases: CitizenCasesTable;
  citizen_case_persons: CitizenCasePersonsTable;
  citizen_case_handlers: CitizenCaseHandlersTable;
  citizen_case_steps: CitizenCaseStepsTable;
}
