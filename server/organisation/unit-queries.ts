import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { viFold } from '../../shared/vi/text';
import type { UnitKind } from './tables';

/** A unit as seen on one date: its identity and the name valid that day. */
export interface UnitRow {
  id: number;
  code: string;
  kind: UnitKind;
  parentId: number | null;
  path: string;
  name: string;
  shortName: string;
  symbolCode: string | null;
  validFrom: string;
  validTo: string | null;
  successorId: number | null;
  version: number;
}

function unitsOn(q: Tx, asOf: string) {
  return q
    .selectFrom('units as u')
    .innerJoin('unit_names as n', (j) =>
      j
        .onRef('n.unit_id', '=', 'u.id')
        .on('n.valid_from', '<=', asOf)
        .on((eb) => eb.or([eb('n.valid_to', 'is', null), eb('n.valid_to', '>=', asOf)])),
    )
    .select([
      'u.id',
      'u.code',
      'u.kind',
      'u.parent_id as parentId',
      'u.path',
      'n.name',
      'n.short_name as shortName',
      'n.symbol_code as symbolCode',
      'u.valid_from as validFrom',
      'u.valid_to as validTo',
      'u.successor_id as successorId',
      'u.version',
      'u.sort_order',
      'n.sort_key',
      'n.search_text',
    ]);
}

/** Units existing on `asOf`, with the names they bore that day, in display order. */
export async function listUnitsOn(
  q: Tx,
  opts: {
    asOf: string;
    underPath?: string;
    kinds?: readonly UnitKind[];
    search?: string;
    includeEnded?: boolean;
  },
): Promise<UnitRow[]> {
  let query = unitsOn(q, opts.asOf);
  if (!opts.includeEnded) {
    query = query
      .where('u.valid_from', '<=', opts.asOf)
      .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', opts.asOf)]));
  }
  if (opts.underPath) query = query.where('u.path', 'like', `${opts.underPath}%`);
  if (opts.kinds && opts.kinds.length > 0) query = query.where('u.kind', 'in', opts.kinds);
  if (opts.search) query = query.where('n.search_text', 'like', `%${viFold(opts.search)}%`);
  const rows = await query.orderBy('u.sort_order').orderBy('n.sort_key').orderBy('u.id').execute();
  return rows.map(toUnitRow);
}

function toUnitRow(r: {
  id: number;
  code: string;
  kind: UnitKind;
  parentId: number | null;
  path: string;
  name: string;
  shortName: string;
  symbolCode: string | null;
  validFrom: string;
  validTo: string | null;
  successorId: number | null;
  version: number;
}): UnitRow {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    parentId: r.parentId,
    path: r.path,
    name: r.name,
    shortName: r.shortName,
    symbolCode: r.symbolCode,
    validFrom: r.validFrom,
    validTo: r.validTo,
    successorId: r.successorId,
    version: r.version,
  };
}

/**
 * One unit with the name it bore on `asOf` (or its first/last name when the
 * date is outside its life), or undefined.
 */
export async function getUnit(q: Tx, id: number, asOf: string): Promise<UnitRow | undefined> {
  const exact = await unitsOn(q, asOf).where('u.id', '=', id).executeTakeFirst();
  if (exact) return toUnitRow(exact);
  // Outside the unit's life: show its nearest name.
  const u = await q
    .selectFrom('units')
    .select('valid_from')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!u) return undefined;
  const fallback = await q
    .selectFrom('unit_names')
    .select('valid_from')
    .where('unit_id', '=', id)
    .orderBy('valid_from', asOf < u.valid_from ? 'asc' : 'desc')
    .executeTakeFirst();
  if (!fallback) return undefined;
  const row = await unitsOn(q, fallback.valid_from).where('u.id', '=', id).executeTakeFirst();
  return row ? toUnitRow(row) : undefined;
}

/** The unit with this code, named as on `asOf`. */
export async function getUnitByCode(
  q: Tx,
  code: string,
  asOf: string,
): Promise<UnitRow | undefined> {
  const u = await q.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst();
  return u ? getUnit(q, u.id, asOf) : undefined;
}

/** Every name a unit has borne, oldest first. */
export async function unitNameHistory(q: Tx, unitId: number) {
  return q
    .selectFrom('unit_names')
    .select([
      'valid_from as validFrom',
      'valid_to as validTo',
      'name',
      'short_name as shortName',
      'symbol_code as symbolCode',
    ])
    .where('unit_id', '=', unitId)
    .orderBy('valid_from')
    .execute();
}

/**
 * Finds the unit a user or a file refers to, existing on `asOf`: by id, code,
 * or (diacritics-insensitive) full name, short name or ký hiệu code. Throws
 * UNKNOWN_UNIT naming `field` when nothing or more than one unit matches.
 */
export async function resolveUnit(
  q: Tx,
  ref: string | number,
  opts: { asOf: string; field: string; underPath?: string },
): Promise<UnitRow> {
  const candidates = await findUnitsByRef(q, ref, opts);
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  if (candidates.length > 1) {
    throw new AppError('UNIT_AMBIGUOUS', {
      field: opts.field,
      params: { value: String(ref), count: candidates.length },
    });
  }
  throw new AppError('UNKNOWN_UNIT', {
    field: opts.field,
    params: { value: String(ref), date: opts.asOf },
  });
}

async function findUnitsByRef(
  q: Tx,
  ref: string | number,
  opts: { asOf: string; underPath?: string },
): Promise<UnitRow[]> {
  const base = () => {
    let b = unitsOn(q, opts.asOf)
      .where('u.valid_from', '<=', opts.asOf)
      .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', opts.asOf)]));
    if (opts.underPath) b = b.where('u.path', 'like', `${opts.underPath}%`);
    return b;
  };
  if (typeof ref === 'number' || /^\d+$/.test(ref)) {
    return (await base().where('u.id', '=', Number(ref)).execute()).map(toUnitRow);
  }
  const byCode = await base().where('u.code', '=', ref.trim()).execute();
  if (byCode.length > 0) return byCode.map(toUnitRow);
  const folded = viFold(ref);
  const rows = await base().where('n.search_text', 'like', `%${folded}%`).execute();
  // Prefer exact folded matches on a name, short name or ký hiệu code.
  const exact = rows.filter(
    (r) =>
      viFold(r.name) === folded ||
      viFold(r.shortName) === folded ||
      (r.symbolCode !== null && viFold(r.symbolCode) === folded) ||
      viFold(r.code) === folded,
  );
  return (exact.length > 0 ? exact : rows.length === 1 ? rows : []).map(toUnitRow);
}
