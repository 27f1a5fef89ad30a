import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import type { UnitRow } from '../../organisation/unit-queries';
import { resolveAssignedUnit } from '../petitions/assigned-unit';

/** The lead and coordinating units of feedback, resolved on `asOf` (dissolved units refused). */
export async function resolveFeedbackUnits(
  tx: Tx,
  refs: { leadUnit: string | number; coordinatingUnits: ReadonlyArray<string | number> },
  asOf: string,
): Promise<{ lead: UnitRow; coordinating: UnitRow[] }> {
  const lead = await resolveAssignedUnit(tx, refs.leadUnit, { asOf, field: 'leadUnit' });
  const coordinating: UnitRow[] = [];
  for (const [i, ref] of refs.coordinatingUnits.entries()) {
    const field = `coordinatingUnits.${i}`;
    const unit = await resolveAssignedUnit(tx, ref, { asOf, field });
    if (unit.id === lead.id)
      throw new AppError('BUSINESS_LEAD_ALSO_COORDINATING', { field, params: { unit: unit.name } });
    if (!coordinating.some((u) => u.id === unit.id)) coordinating.push(unit);
  }
  return { lead, coordinating };
}

/** Replaces the units handling feedback. */
export async function writeFeedbackUnits(
  tx: Tx,
  feedbackId: number,
  units: { lead: UnitRow; coordinating: UnitRow[] },
): Promise<void> {
  await tx.deleteFrom('business_feedback_units').where('feedback_id', '=', feedbackId).execute();
  await tx
    .insertInto('business_feedback_units')
    .values([
      { feedback_id: feedbackId, unit_id: units.lead.id, role: 'lead' as const },
      ...units.coordinating.map((u) => ({
        feedback_id: feedbackId,
        unit_id: u.id,
        role: 'coordinate' as const,
      })),
    ])
    .execute();
}
