import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { getUnit, listUnitsOn, type UnitRow } from '../organisation/unit-queries';
import type { PeriodicReportRegimesTable } from './tables';
import type { Selectable } from 'kysely';

/** A regime row with its issuer and the units it names. */
export interface LoadedRegime {
  row: Selectable<PeriodicReportRegimesTable>;
  issuer: UnitRow;
  /** Units listed by name (the kind, if any, is resolved by {@link reportingUnits}). */
  listedUnitIds: number[];
}

/** The regime with its issuer as named on `asOf`; NOT_FOUND naming `field` when absent. */
export async function loadRegime(
  q: Tx,
  id: number,
  asOf: string,
  field = 'regimeId',
): Promise<LoadedRegime> {
  const row = await q
    .selectFrom('periodic_report_regimes')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { field, params: { entity: 'chế độ báo cáo', id } });
  const issuer = await getUnit(q, row.issuer_unit_id, asOf);
  if (!issuer) throw new Error(`issuer unit ${row.issuer_unit_id} of regime ${id} is missing`);
  const listed = await q
    .selectFrom('periodic_report_regime_units')
    .select('unit_id')
    .where('regime_id', '=', id)
    .orderBy('unit_id')
    .execute();
  return { row, issuer, listedUnitIds: listed.map((r) => r.unit_id) };
}

/** Every regime id, oldest first. */
export async function allRegimeIds(q: Tx): Promise<number[]> {
  const rows = await q.selectFrom('periodic_report_regimes').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/**
 * The units that must report on `asOf`: the listed ones existing that day,
 * plus every unit of the regime's kind in the issuer's province (the subtree
 * of the issuer's parent), the issuer itself excluded.
 */
export async function reportingUnits(
  q: Tx,
  regime: LoadedRegime,
  asOf: string,
): Promise<UnitRow[]> {
  const byId = new Map<number, UnitRow>();
  for (const id of regime.listedUnitIds) {
    const unit = await getUnit(q, id, asOf);
    if (unit && unit.validFrom <= asOf && (unit.validTo === null || unit.validTo >= asOf))
      byId.set(unit.id, unit);
  }
  const kind = regime.row.reporting_unit_kind;
  if (kind) {
    const parent =
      regime.issuer.parentId === null ? undefined : await getUnit(q, regime.issuer.parentId, asOf);
    const under = parent?.path ?? regime.issuer.path;
    for (const unit of await listUnitsOn(q, { asOf, underPath: under, kinds: [kind] }))
      if (unit.id !== regime.issuer.id) byId.set(unit.id, unit);
  }
  return [...byId.values()];
}

/** Unit paths a regime touches (issuer and reporting units): a user sees it when one is in scope. */
export async function regimePaths(q: Tx, regime: LoadedRegime, asOf: string): Promise<string[]> {
  return [regime.issuer.path, ...(await reportingUnits(q, regime, asOf)).map((u) => u.path)];
}
