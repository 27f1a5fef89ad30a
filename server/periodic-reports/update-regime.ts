import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { checkVersion } from '../platform/versioning';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { regimeFields, resolveRegimeUnits, writeListedUnits } from './define-regime';
import { loadRegime } from './regime-queries';
import { toRegimeView, type RegimeView } from './regime-view';

/** Input of updateRegime: the whole regime again, with its version. */
export const updateRegimeInput = z
  .object({
    regimeId: z.number().int().positive(),
    ...regimeFields,
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Changes a regime (name, period, deadline rule, reporting units) or stops it
 * (`active: false`). Requests already sent keep their window and deadline.
 */
export async function updateRegime(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof updateRegimeInput> },
): Promise<RegimeView> {
  const data = parseInput(updateRegimeInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const before = await loadRegime(tx, data.regimeId, today);
    authorize(actor, 'periodic_report.manage', { unitPaths: [before.issuer.path] });
    checkVersion(before.row.version, data.version);
    const { issuer, units } = await resolveRegimeUnits(tx, data, today);
    authorize(actor, 'periodic_report.manage', { unitPaths: [issuer.path] });
    await tx
      .updateTable('periodic_report_regimes')
      .set({
        issuer_unit_id: issuer.id,
        name: data.name,
        period_kind: data.periodKind,
        basis: data.basis,
        deadline_rule: data.deadlineRule,
        deadline_value: data.deadlineValue,
        reporting_unit_kind: data.reportingUnitKind ?? null,
        active: data.active ? 1 : 0,
        updated_at: ctx.clock.now().toISOString(),
        version: before.row.version + 1,
      })
      .where('id', '=', data.regimeId)
      .execute();
    await writeListedUnits(tx, data.regimeId, units);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'periodic_report.update_regime',
      entity: 'periodic_report_regime',
      entityId: data.regimeId,
      before: { ...before.row, reportingUnits: before.listedUnitIds },
      after: { ...data, issuer: issuer.id, reportingUnits: units.map((u) => u.id) },
    });
  });
  return toRegimeView(ctx.db.q, await loadRegime(ctx.db.q, data.regimeId, today), today);
}
