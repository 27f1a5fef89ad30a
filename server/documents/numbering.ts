import type { Tx } from '../platform/db/database';
import type { Regime } from '../../shared/documents/doc-types';
import type { Secrecy } from './tables';

/**
 * Which number series a document issued by a register's owner takes
 * (ND 30/2020 Điều 15): each QPPL type has its own series; administrative
 * documents follow the head of the agency's choice — one series per type
 * (default, e.g. 229/BC-UBND next to 40/TTr-UBND) or one shared series;
 * công văn share one series across their field codes (UBND-VX, UBND-KT);
 * classified documents have separate series (Điều 15.2).
 */
export function seriesKeyFor(opts: {
  regime: Exclude<Regime, 'party'>;
  typeKey: string;
  secrecy: Secrecy;
  adminNumbering: 'per_type' | 'shared';
}): string {
  const base =
    opts.regime === 'state_qppl'
      ? `qppl:${opts.typeKey}`
      : opts.adminNumbering === 'shared'
        ? 'admin:*'
        : `admin:${opts.typeKey}`;
  return opts.secrecy === 'none' ? base : `secret:${base}`;
}

/** The series of arrival numbers (số đến) of a register. */
export const ARRIVAL_SERIES = 'arrival';

/**
 * Takes the next number of a series atomically: one upsert that increments
 * and returns the counter. Run inside the caller's write transaction, so a
 * failure later in the transaction gives the number back (no gap).
 */
export async function takeNextNumber(
  tx: Tx,
  key: { registerUnitId: number; seriesKey: string; year: number },
): Promise<number> {
  const row = await tx
    .insertInto('number_series')
    .values({
      register_unit_id: key.registerUnitId,
      series_key: key.seriesKey,
      year: key.year,
      last_number: 1,
    })
    .onConflict((oc) =>
      oc
        .columns(['register_unit_id', 'series_key', 'year'])
        .doUpdateSet((eb) => ({ last_number: eb('number_series.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

/**
 * Records an explicitly given number (back-filled or imported register) and
 * moves the counter past it, so automatic numbering continues after it.
 */
export async function claimNumber(
  tx: Tx,
  key: { registerUnitId: number; seriesKey: string; year: number },
  number: number,
): Promise<void> {
  await tx
    .insertInto('number_series')
    .values({
      register_unit_id: key.registerUnitId,
      series_key: key.seriesKey,
      year: key.year,
      last_number: number,
    })
    .onConflict((oc) =>
      oc.columns(['register_unit_id', 'series_key', 'year']).doUpdateSet((eb) => ({
        last_number: eb
          .case()
          .when('number_series.last_number', '<', number)
          .then(number)
          .else(eb.ref('number_series.last_number'))
          .end(),
      })),
    )
    .execute();
}

/** The last number given in a series (0 when none). */
export async function lastNumber(
  tx: Tx,
  key: { registerUnitId: number; seriesKey: string; year: number },
): Promise<number> {
  const row = await tx
    .selectFrom('number_series')
    .select('last_number')
    .where('register_unit_id', '=', key.registerUnitId)
    .where('series_key', '=', key.seriesKey)
    .where('year', '=', key.year)
    .executeTakeFirst();
  return row?.last_number ?? 0;
}
