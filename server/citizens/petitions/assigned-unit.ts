import type { Tx } from '../../platform/db/database';
import { AppError, isAppError } from '../../platform/errors';
import { getUnit, resolveUnit, type UnitRow } from '../../organisation/unit-queries';

/**
 * The unit a petition, question or feedback is assigned to, existing on
 * `asOf`. A dissolved or merged unit is refused with PETITION_UNIT_DISSOLVED
 * naming its successor, rather than the plain "unknown unit", as tasks do when
 * the registry no longer has the unit that day.
 */
export async function resolveAssignedUnit(
  q: Tx,
  ref: string | number,
  opts: { asOf: string; field: string },
): Promise<UnitRow> {
  try {
    return await resolveUnit(q, ref, opts);
  } catch (e) {
    if (!isAppError(e) || e.code !== 'UNKNOWN_UNIT') throw e;
    const key = String(ref).trim();
    const unit = await q
      .selectFrom('units')
      .select(['id', 'valid_to', 'successor_id'])
      .where((eb) => (/^\d+$/.test(key) ? eb('id', '=', Number(key)) : eb('code', '=', key)))
      .executeTakeFirst();
    if (!unit || unit.valid_to === null || unit.valid_to >= opts.asOf) throw e;
    const named = await getUnit(q, unit.id, unit.valid_to);
    const successor =
      unit.successor_id !== null ? await getUnit(q, unit.successor_id, opts.asOf) : undefined;
    throw new AppError('PETITION_UNIT_DISSOLVED', {
      field: opts.field,
      params: {
        unit: named?.name ?? key,
        date: unit.valid_to,
        successor: successor ? ` (đơn vị kế thừa: ${successor.name})` : '',
      },
    });
  }
}
