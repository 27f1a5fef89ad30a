/**
 * Where indicator resources sit in the organisation tree, for `authorize`:
 * an indicator belongs to its owner unit; a figure belongs to the unit it is
 * about, and a province-wide figure to the owner unit that answers for it.
 */
import type { Selectable } from 'kysely';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { defaultProvince } from '../organisation/province';
import { resolveUnit, type UnitRow } from '../organisation/unit-queries';
import type { IndicatorsTable } from './tables';

/** An indicator row with the paths of its owner unit and its province. */
export type LoadedIndicator = Selectable<IndicatorsTable> & {
  owner_path: string;
  province_path: string;
  province_code: string;
};

/** A unit a figure is about: the province itself or a unit in it. */
export interface Subject {
  id: number;
  code: string;
  path: string;
  isProvince: boolean;
}

/** Loads an indicator with its paths; NOT_FOUND naming `field` when absent. */
export async function loadIndicator(
  q: Tx,
  id: number,
  field = 'indicatorId',
): Promise<LoadedIndicator> {
  const row = await q
    .selectFrom('indicators as i')
    .innerJoin('units as o', 'o.id', 'i.owner_unit_id')
    .innerJoin('units as p', 'p.id', 'i.province_unit_id')
    .selectAll('i')
    .select(['o.path as owner_path', 'p.path as province_path', 'p.code as province_code'])
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { field, params: { entity: 'chỉ tiêu', id } });
  return row;
}

/** The unit paths of an indicator as a catalogue entry (owner unit). */
export function indicatorPaths(ind: LoadedIndicator): string[] {
  return [ind.owner_path];
}

/**
 * The unit paths of a figure: the unit it is about and the owner unit (either
 * may enter it); a province-wide figure belongs to the owner unit only.
 */
export function figurePaths(ind: LoadedIndicator, subject: Subject): string[] {
  return subject.isProvince ? [ind.owner_path] : [subject.path, ind.owner_path];
}

/** The unit answerable for a figure (approval setting, explanations): the owner for province-wide figures. */
export function answeringUnitId(ind: LoadedIndicator, subject: Subject): number {
  return subject.isProvince ? ind.owner_unit_id : subject.id;
}

/** The province (kind `province`) on a unit's path, if any. */
export async function provinceOfPath(
  q: Tx,
  path: string,
): Promise<{ id: number; code: string; path: string } | undefined> {
  const ids = path
    .split('/')
    .filter(Boolean)
    .map((s) => Number(s));
  if (ids.length === 0) return undefined;
  return q
    .selectFrom('units')
    .select(['id', 'code', 'path'])
    .where('id', 'in', ids)
    .where('kind', '=', 'province')
    .orderBy('path', 'desc')
    .executeTakeFirst();
}

/**
 * The province a listing or a table is about: the one asked for, else the
 * province of the actor's scope, else the default province.
 */
export async function chooseProvince(
  q: Tx,
  actor: Actor,
  asOf: string,
  requested?: string | number,
): Promise<UnitRow> {
  if (requested !== undefined) {
    const unit = await resolveUnit(q, requested, { asOf, field: 'province' });
    if (unit.kind !== 'province') {
      throw new AppError('FIELD_INVALID', {
        field: 'province',
        params: { reason: `"${unit.name}" không phải là một tỉnh` },
      });
    }
    return unit;
  }
  if (actor.kind === 'user') {
    const p = await provinceOfPath(q, actor.scopePath);
    if (p) return resolveUnit(q, p.id, { asOf, field: 'province' });
  }
  return defaultProvince(q, asOf);
}

/**
 * The unit a figure is about: the province when `ref` is absent or names the
 * province, else a unit inside the indicator's province.
 */
export async function resolveSubject(
  q: Tx,
  ind: LoadedIndicator,
  ref: string | number | null | undefined,
  opts: { asOf: string; field: string },
): Promise<Subject> {
  if (
    ref === undefined ||
    ref === null ||
    ref === '' ||
    ref === ind.province_unit_id ||
    ref === ind.province_code
  ) {
    const province = { id: ind.province_unit_id, code: ind.province_code };
    return { ...province, path: ind.province_path, isProvince: true };
  }
  const unit = await resolveUnit(q, ref, opts);
  if (!unit.path.startsWith(ind.province_path)) {
    throw new AppError('INDICATOR_UNIT_OUTSIDE_PROVINCE', {
      field: opts.field,
      params: { unit: unit.name },
    });
  }
  return {
    id: unit.id,
    code: unit.code,
    path: unit.path,
    isProvince: unit.id === ind.province_unit_id,
  };
}

/**
 * Who did something, for the rows that record it: the user's id, full name
 * and role (the system actor's name, no role).
 */
export async function actorStamp(
  q: Tx,
  actor: Actor,
): Promise<{ userId: number | null; name: string; role: string | null }> {
  if (actor.kind !== 'user') return { userId: null, name: actor.name, role: null };
  const u = await q
    .selectFrom('users')
    .select('full_name')
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  return { userId: actor.userId, name: u?.full_name ?? actor.name, role: actor.role };
}
