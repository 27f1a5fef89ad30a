import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { defaultProvince } from '../organisation/province';
import { resolveUnit, type UnitRow } from '../organisation/unit-queries';
import type { Resource } from '../access/policy';

/** A province reference from a request (id or code); the default province when absent. */
export async function resolveProvince(
  q: Tx,
  ref: number | string | null | undefined,
  asOf: string,
): Promise<UnitRow> {
  if (ref === undefined || ref === null || ref === '') return defaultProvince(q, asOf);
  const unit = await resolveUnit(q, ref, { asOf, field: 'province' });
  if (unit.kind !== 'province')
    throw new AppError('FIELD_INVALID', {
      field: 'province',
      params: { reason: `"${unit.name}" không phải là một tỉnh` },
    });
  return unit;
}

/** The province a unit belongs to: the province at the root of its path. */
export async function provinceOfUnit(q: Tx, unit: { path: string }): Promise<number | null> {
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  if (ids.length === 0) return null;
  const rows = await q
    .selectFrom('units')
    .select(['id'])
    .where('id', 'in', ids)
    .where('kind', '=', 'province')
    .execute();
  return rows[0]?.id ?? null;
}

/** A project as the policy sees it: it belongs to its investor unit and to its province. */
export interface ProjectScope {
  id: number;
  code: string;
  name: string;
  provinceUnitId: number;
  investorUnitId: number;
  investorPath: string;
  provincePath: string;
}

/** The policy resource of a project (either path in the actor's scope suffices). */
export function projectResource(p: Pick<ProjectScope, 'investorPath' | 'provincePath'>): Resource {
  return { unitPaths: [p.investorPath, p.provincePath] };
}

/** Loads the scope of one project; NOT_FOUND naming `field` when there is none. */
export async function loadProjectScope(
  q: Tx,
  id: number,
  field = 'id',
): Promise<ProjectScope & { version: number }> {
  const row = await q
    .selectFrom('investment_projects as p')
    .innerJoin('units as inv', 'inv.id', 'p.investor_unit_id')
    .innerJoin('units as prov', 'prov.id', 'p.province_unit_id')
    .select([
      'p.id',
      'p.code',
      'p.name',
      'p.province_unit_id as provinceUnitId',
      'p.investor_unit_id as investorUnitId',
      'inv.path as investorPath',
      'prov.path as provincePath',
      'p.version',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { field, params: { entity: 'dự án', id } });
  return row;
}

/** Loads projects of a province by code (for imports), keyed by code. */
export async function projectsByCode(
  q: Tx,
  provinceUnitId: number,
  codes: readonly string[],
): Promise<Map<string, ProjectScope>> {
  const out = new Map<string, ProjectScope>();
  const unique = [...new Set(codes)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    if (chunk.length === 0) continue;
    const rows = await q
      .selectFrom('investment_projects as p')
      .innerJoin('units as inv', 'inv.id', 'p.investor_unit_id')
      .innerJoin('units as prov', 'prov.id', 'p.province_unit_id')
      .select([
        'p.id',
        'p.code',
        'p.name',
        'p.province_unit_id as provinceUnitId',
        'p.investor_unit_id as investorUnitId',
        'inv.path as investorPath',
        'prov.path as provincePath',
      ])
      .where('p.province_unit_id', '=', provinceUnitId)
      .where('p.code', 'in', chunk)
      .execute();
    for (const r of rows) out.set(r.code, r);
  }
  return out;
}
