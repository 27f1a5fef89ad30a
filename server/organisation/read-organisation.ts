import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { authorize, scopePathOf } from '../access/policy';
import type { UnitKind } from './tables';
import { getUnit, listUnitsOn, unitNameHistory, type UnitRow } from './unit-queries';
import { listPositionsOn, searchPeople, type PersonRow, type PositionRow } from './people';
import { listCouncilSessions, type CouncilSessionRow } from './council';

/**
 * Units the actor may see on a date: its scope subtree, plus the central
 * bodies every province cites (reference data).
 */
export async function browseUnits(
  ctx: AppContext,
  {
    actor,
    asOf,
    kinds,
    search,
    includeEnded,
  }: { actor: Actor; asOf: string; kinds?: UnitKind[]; search?: string; includeEnded?: boolean },
): Promise<UnitRow[]> {
  authorize(actor, 'unit.read');
  const scope = scopePathOf(actor);
  const base = {
    asOf,
    ...(kinds ? { kinds } : {}),
    ...(search ? { search } : {}),
    ...(includeEnded ? { includeEnded } : {}),
  };
  const own = await listUnitsOn(ctx.db.q, { ...base, ...(scope ? { underPath: scope } : {}) });
  if (!scope) return own;
  const central =
    kinds && !kinds.includes('central_body')
      ? []
      : await listUnitsOn(ctx.db.q, { ...base, kinds: ['central_body'] });
  const seen = new Set(own.map((u) => u.id));
  return [...own, ...central.filter((u) => !seen.has(u.id))];
}

/** One unit with its name history and the positions held in it on a date. */
export async function showUnit(
  ctx: AppContext,
  { actor, id, asOf }: { actor: Actor; id: number; asOf: string },
): Promise<
  UnitRow & { names: Awaited<ReturnType<typeof unitNameHistory>>; positions: PositionRow[] }
> {
  const unit = await getUnit(ctx.db.q, id, asOf);
  if (!unit) throw new AppError('NOT_FOUND', { field: 'id', params: { entity: 'đơn vị', id } });
  authorize(
    actor,
    'unit.read',
    unit.kind === 'central_body' ? undefined : { unitPaths: [unit.path] },
  );
  return {
    ...unit,
    names: await unitNameHistory(ctx.db.q, id),
    positions: await listPositionsOn(ctx.db.q, { asOf, unitId: id }),
  };
}

/** People matching a search (diacritics-insensitive). */
export async function browsePeople(
  ctx: AppContext,
  { actor, search }: { actor: Actor; search: string },
): Promise<PersonRow[]> {
  authorize(actor, 'person.read');
  return searchPeople(ctx.db.q, search, 200);
}

/** Positions held on a date, in one unit of the actor's scope or in all of them. */
export async function browsePositions(
  ctx: AppContext,
  { actor, asOf, unitId }: { actor: Actor; asOf: string; unitId?: number },
): Promise<PositionRow[]> {
  if (unitId !== undefined) {
    const unit = await getUnit(ctx.db.q, unitId, asOf);
    if (!unit)
      throw new AppError('NOT_FOUND', {
        field: 'unitId',
        params: { entity: 'đơn vị', id: unitId },
      });
    authorize(actor, 'person.read', { unitPaths: [unit.path] });
    return listPositionsOn(ctx.db.q, { asOf, unitId });
  }
  authorize(actor, 'person.read');
  const scope = scopePathOf(actor);
  const all = await listPositionsOn(ctx.db.q, { asOf });
  if (!scope) return all;
  const inScope = new Set(
    (await listUnitsOn(ctx.db.q, { asOf, underPath: scope, includeEnded: true })).map((u) => u.id),
  );
  return all.filter((p) => inScope.has(p.unitId));
}

/** HĐND sessions of councils in the actor's scope. */
export async function browseCouncilSessions(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<CouncilSessionRow[]> {
  authorize(actor, 'council.read');
  const scope = scopePathOf(actor);
  const sessions = await listCouncilSessions(ctx.db.q);
  if (!scope) return sessions;
  const councils = await ctx.db.q
    .selectFrom('units')
    .select(['id', 'path'])
    .where('kind', 'in', ['provincial_council'])
    .execute();
  const inScope = new Set(councils.filter((c) => c.path.startsWith(scope)).map((c) => c.id));
  return sessions.filter((s) => inScope.has(s.councilUnitId));
}

/** A council term (khóa) as listed. */
export interface CouncilTermRow {
  id: number;
  councilUnitId: number;
  number: number;
  startYear: number;
  endYear: number;
}

/** HĐND terms of councils in the actor's scope, newest first. */
export async function browseCouncilTerms(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<CouncilTermRow[]> {
  authorize(actor, 'council.read');
  let q = ctx.db.q
    .selectFrom('council_terms as t')
    .innerJoin('units as u', 'u.id', 't.council_unit_id')
    .select(['t.id', 't.council_unit_id', 't.number', 't.start_year', 't.end_year']);
  const scope = scopePathOf(actor);
  if (scope) q = q.where('u.path', 'like', `${scope}%`);
  const rows = await q.orderBy('t.start_year', 'desc').orderBy('t.number', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    councilUnitId: r.council_unit_id,
    number: r.number,
    startYear: r.start_year,
    endYear: r.end_year,
  }));
}
