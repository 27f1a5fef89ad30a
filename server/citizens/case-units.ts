import type { Tx } from '../platform/db/database';
import { AppError, isAppError } from '../platform/errors';
import { getUnit, resolveUnit, type UnitRow } from '../organisation/unit-queries';

/**
 * The unit a case is assigned to, existing on `asOf`. A unit that was
 * dissolved or merged is refused with CITIZEN_CASE_UNIT_DISSOLVED naming its
 * successor (as tasks refuse it, but saying why).
 */
export async function resolveCaseUnit(
  tx: Tx,
  ref: number | string,
  opts: { asOf: string; field: string },
): Promise<UnitRow> {
  try {
    return await resolveUnit(tx, ref, opts);
  } catch (e) {
    if (!isAppError(e, 'UNKNOWN_UNIT')) throw e;
    const ended = await tx
      .selectFrom('units')
      .select(['id', 'valid_to', 'successor_id'])
      .where((eb) =>
        typeof ref === 'number' || /^\d+$/.test(ref)
          ? eb('id', '=', Number(ref))
          : eb('code', '=', ref.trim()),
      )
      .where('valid_to', 'is not', null)
      .where('valid_to', '<', opts.asOf)
      .executeTakeFirst();
    if (!ended?.valid_to) throw e;
    const unit = await getUnit(tx, ended.id, ended.valid_to);
    const successor =
      ended.successor_id === null ? undefined : await getUnit(tx, ended.successor_id, opts.asOf);
    throw new AppError('CITIZEN_CASE_UNIT_DISSOLVED', {
      field: opts.field,
      params: {
        unit: unit?.name ?? String(ref),
        date: ended.valid_to,
        successor: successor ? ` (đơn vị kế thừa: ${successor.name})` : '',
      },
    });
  }
}

/** Checks handler user ids: each an active user. */
export async function checkHandlers(
  tx: Tx,
  userIds: readonly number[],
  field: string,
): Promise<number[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const rows = await tx
    .selectFrom('users')
    .select('id')
    .where('id', 'in', unique)
    .where('active', '=', 1)
    .execute();
  const found = new Set(rows.map((r) => r.id));
  for (const [i, id] of userIds.entries())
    if (!found.has(id))
      throw new AppError('CITIZEN_HANDLER_INVALID', {
        field: `${field}.${i}`,
        params: { value: id },
      });
  return unique;
}

/** The province (root unit) of a unit, from its materialised path `/1/5/`. */
export function provinceIdOf(unit: UnitRow): number {
  return Number(unit.path.split('/').filter(Boolean)[0]);
}
