import type { Tx } from '../platform/db/database';
import { getUnit } from '../organisation/unit-queries';
import type { ProjectGroup } from './tables';

/** A unit as a response names it. */
export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

/** Response shape of a public-investment project (never a raw row). */
export interface ProjectView {
  id: number;
  code: string;
  name: string;
  province: UnitRef;
  /** Chủ đầu tư. */
  investor: UnitRef;
  keyProject: boolean;
  location: string | null;
  locationUnit: UnitRef | null;
  groupClass: ProjectGroup | null;
  totalInvestment: number | null;
  startYear: number | null;
  endYear: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The project columns a view is built from. */
export const PROJECT_COLUMNS = [
  'p.id',
  'p.code',
  'p.name',
  'p.province_unit_id',
  'p.investor_unit_id',
  'p.key_project',
  'p.location',
  'p.location_unit_id',
  'p.group_class',
  'p.total_investment',
  'p.start_year',
  'p.end_year',
  'p.version',
  'p.created_at',
  'p.updated_at',
] as const;

export interface ProjectRow {
  id: number;
  code: string;
  name: string;
  province_unit_id: number;
  investor_unit_id: number;
  key_project: number;
  location: string | null;
  location_unit_id: number | null;
  group_class: ProjectGroup | null;
  total_investment: number | null;
  start_year: number | null;
  end_year: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Names of units as borne on `asOf` (a unit outside its life shows its nearest name). */
export async function unitRefs(
  q: Tx,
  ids: readonly number[],
  asOf: string,
): Promise<Map<number, UnitRef>> {
  const out = new Map<number, UnitRef>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    if (chunk.length === 0) continue;
    const rows = await q
      .selectFrom('units as u')
      .innerJoin('unit_names as n', 'n.unit_id', 'u.id')
      .select(['u.id', 'u.code', 'n.name'])
      .where('u.id', 'in', chunk)
      .where('n.valid_from', '<=', asOf)
      .where((eb) => eb.or([eb('n.valid_to', 'is', null), eb('n.valid_to', '>=', asOf)]))
      .execute();
    for (const r of rows) out.set(r.id, { id: r.id, code: r.code, name: r.name });
  }
  for (const id of unique) {
    if (out.has(id)) continue;
    const u = await getUnit(q, id, asOf);
    if (u) out.set(id, { id: u.id, code: u.code, name: u.name });
  }
  return out;
}

/** Shapes project rows, naming their units as on `asOf`. */
export async function toProjectViews(
  q: Tx,
  rows: readonly ProjectRow[],
  asOf: string,
): Promise<ProjectView[]> {
  const refs = await unitRefs(
    q,
    rows.flatMap((r) => [
      r.province_unit_id,
      r.investor_unit_id,
      ...(r.location_unit_id === null ? [] : [r.location_unit_id]),
    ]),
    asOf,
  );
  const ref = (id: number): UnitRef => refs.get(id) ?? { id, code: '', name: '' };
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    province: ref(r.province_unit_id),
    investor: ref(r.investor_unit_id),
    keyProject: r.key_project === 1,
    location: r.location,
    locationUnit: r.location_unit_id === null ? null : ref(r.location_unit_id),
    groupClass: r.group_class,
    totalInvestment: r.total_investment,
    startYear: r.start_year,
    endYear: r.end_year,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** One project's view by id (the caller has checked it exists and is in scope). */
export async function projectView(q: Tx, id: number, asOf: string): Promise<ProjectView> {
  const row = await q
    .selectFrom('investment_projects as p')
    .select(PROJECT_COLUMNS)
    .where('p.id', '=', id)
    .executeTakeFirstOrThrow();
  const [view] = await toProjectViews(q, [row], asOf);
  if (!view) throw new Error(`project ${id} vanished`);
  return view;
}
