import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import {
  formatCaseNumber,
  MAX_SEQUENCE,
  numberingKindOf,
  type CaseClassification,
} from '../../shared/citizens/case-number';

/**
 * Takes the next case number of the day in a province's series atomically:
 * one upsert that increments and returns the counter, inside the caller's
 * transaction (a later failure gives the number back), as the register's
 * numbering does (documents/numbering.ts).
 */
export async function takeCaseNumber(
  tx: Tx,
  key: { provinceUnitId: number; classification: CaseClassification; receivedOn: string },
): Promise<{ caseNumber: string; sequence: number }> {
  const series = numberingKindOf(key.classification);
  const row = await tx
    .insertInto('citizen_case_counters')
    .values({
      province_unit_id: key.provinceUnitId,
      series,
      day: key.receivedOn,
      last_sequence: 1,
    })
    .onConflict((oc) =>
      oc.columns(['province_unit_id', 'series', 'day']).doUpdateSet((eb) => ({
        last_sequence: eb('citizen_case_counters.last_sequence', '+', 1),
      })),
    )
    .returning('last_sequence')
    .executeTakeFirstOrThrow();
  if (row.last_sequence > MAX_SEQUENCE)
    throw new AppError('CITIZEN_CASE_SEQUENCE_EXHAUSTED', { params: { date: key.receivedOn } });
  return {
    caseNumber: formatCaseNumber({
      kind: series,
      receivedOn: key.receivedOn,
      sequence: row.last_sequence,
    }),
    sequence: row.last_sequence,
  };
}
