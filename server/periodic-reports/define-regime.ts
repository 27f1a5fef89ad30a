import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { parseInput, textSchema } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit, type UnitRow } from '../organisation/unit-queries';
import { defaultProvincialCommittee } from '../organisation/province';
import { UNIT_KINDS } from '../organisation/tables';
import { validateDeadlineRule } from './regime-rules';
import { loadRegime } from './regime-queries';
import { toRegimeView, type RegimeView } from './regime-view';
import { DEADLINE_RULES } from './tables';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Fields of a reporting regime (chế độ báo cáo định kỳ), shared by define and update. */
export const regimeFields = {
  /** The body the reports go to; defaults to the default province's UBND. */
  issuer: unitRef.optional(),
  name: textSchema(300),
  periodKind: z.enum(['month', 'quarter', 'half', 'nine_months', 'year']),
  /** `nd09` (data window 15th → 14th, the default) or `calendar`. */
  basis: z.enum(['nd09', 'calendar']).default('nd09'),
  deadlineRule: z.enum(DEADLINE_RULES).default('working_days_after'),
  /** Working days after the window closes, or the day of month. */
  deadlineValue: z.number().int().default(2),
  /** Units that must report, by id, code or name. */
  reportingUnits: z.array(unitRef).max(300).default([]),
  /** Or every unit of a kind in the issuer's province (e.g. `agency`, `district_committee`). */
  reportingUnitKind: z.enum(UNIT_KINDS).nullish(),
  active: z.boolean().default(true),
};

/** Input of defineRegime. */
export const defineRegimeInput = z.object(regimeFields).strict();
export type RegimeData = z.output<typeof defineRegimeInput>;

/**
 * Defines a periodic report the UBND requires of its units: its period kind
 * and window basis, the sending deadline rule and who reports (a list of
 * units, a unit kind, or both). The office of the issuer manages regimes.
 */
export async function defineRegime(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof defineRegimeInput> },
): Promise<RegimeView> {
  const data = parseInput(defineRegimeInput, input);
  const today = ctx.clock.today();
  const id = await ctx.db.write(async (tx) => {
    const { issuer, units } = await resolveRegimeUnits(tx, data, today);
    authorize(actor, 'periodic_report.manage', { unitPaths: [issuer.path] });
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('periodic_report_regimes')
      .values({
        issuer_unit_id: issuer.id,
        name: data.name,
        period_kind: data.periodKind,
        basis: data.basis,
        deadline_rule: data.deadlineRule,
        deadline_value: data.deadlineValue,
        reporting_unit_kind: data.reportingUnitKind ?? null,
        active: data.active ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeListedUnits(tx, id, units);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'periodic_report.define_regime',
      entity: 'periodic_report_regime',
      entityId: id,
      after: { ...data, issuer: issuer.id, reportingUnits: units.map((u) => u.id) },
    });
    return id;
  });
  return toRegimeView(ctx.db.q, await loadRegime(ctx.db.q, id, today), today);
}

/** Checks the deadline rule and the reporting units, resolving the issuer and listed units. */
export async function resolveRegimeUnits(
  tx: Tx,
  data: RegimeData,
  asOf: string,
): Promise<{ issuer: UnitRow; units: UnitRow[] }> {
  const reason = validateDeadlineRule(data.deadlineRule, data.deadlineValue);
  if (reason)
    throw new AppError('PERIODIC_REPORT_DEADLINE_INVALID', {
      field: 'deadlineValue',
      params: { reason },
    });
  if (data.reportingUnits.length === 0 && !data.reportingUnitKind)
    throw new AppError('PERIODIC_REPORT_NO_UNITS', { field: 'reportingUnits' });
  const issuer = data.issuer
    ? await resolveUnit(tx, data.issuer, { asOf, field: 'issuer' })
    : await defaultProvincialCommittee(tx, asOf);
  const units: UnitRow[] = [];
  for (const [i, ref] of data.reportingUnits.entries()) {
    const unit = await resolveUnit(tx, ref, { asOf, field: `reportingUnits.${i}` });
    if (!units.some((u) => u.id === unit.id)) units.push(unit);
  }
  return { issuer, units };
}

/** Replaces the units listed in a regime. */
export async function writeListedUnits(tx: Tx, regimeId: number, units: UnitRow[]): Promise<void> {
  await tx.deleteFrom('periodic_report_regime_units').where('regime_id', '=', regimeId).execute();
  if (units.length > 0)
    await tx
      .insertInto('periodic_report_regime_units')
      .values(units.map((u) => ({ regime_id: regimeId, unit_id: u.id })))
      .execute();
}
