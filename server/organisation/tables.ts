import type { Generated } from 'kysely';

/** Kinds of organisational unit (see docs/GLOSSARY.md). */
export const UNIT_KINDS = [
  'national_root', // a national deployment's root
  'province', // Tỉnh — the root of a province's subtree
  'provincial_committee', // UBND tỉnh
  'provincial_council', // HĐND tỉnh
  'party_committee', // Tỉnh ủy, Huyện ủy
  'agency', // sở, ban, ngành; Văn phòng UBND; Thanh tra tỉnh
  'district_committee', // UBND huyện, thị xã, thành phố
  'commune_committee', // UBND xã, phường, thị trấn
  'division', // phòng of an agency or a district
  'central_body', // Quốc hội, Chính phủ, Thủ tướng, Bộ, Ban Chấp hành Trung ương
  'working_group', // tổ công tác with members from several units
  'other_body', // MTTQ, courts, central agencies based in the province (ngành dọc)
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Ranks of a position: who heads, deputises, sits on or works in a unit. */
export const POSITION_RANKS = ['head', 'deputy', 'member', 'staff'] as const;
export type PositionRank = (typeof POSITION_RANKS)[number];

export interface UnitsTable {
  id: Generated<number>;
  code: string;
  kind: UnitKind;
  parent_id: number | null;
  /** Materialised path of ids from the root, `/1/5/23/`, for subtree queries. */
  path: string;
  valid_from: string;
  valid_to: string | null;
  successor_id: number | null;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface UnitNamesTable {
  id: Generated<number>;
  unit_id: number;
  valid_from: string;
  valid_to: string | null;
  name: string;
  short_name: string;
  symbol_code: string | null;
  sort_key: string;
  search_text: string;
}

export interface PeopleTable {
  id: Generated<number>;
  full_name: string;
  email: string | null;
  phone: string | null;
  sort_key: string;
  search_text: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface PositionsTable {
  id: Generated<number>;
  person_id: number;
  unit_id: number;
  title: string;
  rank: PositionRank;
  /** viFold of the title (global search). */
  search_text: string;
  /** JSON array of the fields a leader is in charge of (lĩnh vực phụ trách). */
  fields_of_charge: string;
  valid_from: string;
  valid_to: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface UnitMembersTable {
  id: Generated<number>;
  group_unit_id: number;
  member_unit_id: number;
  person_id: number | null;
  role: string;
  valid_from: string;
  valid_to: string | null;
}

export interface UnitTransfersTable {
  id: Generated<number>;
  from_unit_id: number;
  to_unit_id: number;
  effective_on: string;
  /** JSON: counts of what moved, by kind. */
  moved: string;
  created_at: string;
}

export interface CouncilTermsTable {
  id: Generated<number>;
  council_unit_id: number;
  number: number;
  start_year: number;
  end_year: number;
}

export type CouncilSessionKind = 'regular' | 'thematic';

export interface CouncilSessionsTable {
  id: Generated<number>;
  term_id: number;
  number: number;
  kind: CouncilSessionKind;
  starts_on: string;
  ends_on: string;
  version: Generated<number>;
}

export interface OrganisationTables {
  units: UnitsTable;
  unit_names: UnitNamesTable;
  people: PeopleTable;
  positions: PositionsTable;
  unit_members: UnitMembersTable;
  unit_transfers: UnitTransfersTable;
  council_terms: CouncilTermsTable;
  council_sessions: CouncilSessionsTable;
}
