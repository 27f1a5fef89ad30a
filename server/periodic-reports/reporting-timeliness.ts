import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { tallyTimeliness, type TimelinessFigures } from './regime-rules';
import { unitNames } from './list-periodic-requests';

/** Input of reportingTimeliness: requests whose deadline falls in [from, to]. */
export const reportingTimelinessInput = z
  .object({
    from: localDateSchema,
    to: localDateSchema,
    regimeId: z.number().int().positive().optional(),
  })
  .strict();

/** One unit's line of the timeliness table. */
export interface UnitTimelinessLine extends TimelinessFigures {
  unit: { id: number; name: string };
}

/**
 * Chấp hành chế độ báo cáo: per reporting unit, the requests whose deadline
 * fell in the range — received on time, late (with working days late),
 * missing — on today's clock, limited to the caller's scope (the unit's or the
 * issuer's), units in name order.
 */
export async function reportingTimeliness(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof reportingTimelinessInput> },
): Promise<UnitTimelinessLine[]> {
  const data = parseInput(reportingTimelinessInput, input);
  checkRange(data.from, data.to);
  authorize(actor, 'periodic_report.read');
  const q = ctx.db.q;
  const today = ctx.clock.today();
  const byUnit = await figuresByUnit(q, {
    from: data.from,
    to: data.to,
    asOf: today,
    scopePath: scopePathOf(actor),
    regimeId: data.regimeId,
  });
  const names = unitNames(q);
  const lines: UnitTimelinessLine[] = [];
  for (const [id, figures] of byUnit)
    lines.push({ unit: { id, name: await names(id, data.to) }, ...figures });
  return lines.sort(
    (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi') || a.unit.id - b.unit.id,
  );
}

/**
 * For the evaluation scorecard (criterion `reportingTimeliness`, "chấp hành
 * chế độ báo cáo định kỳ"): per unit id, the figures of every regime's
 * requests whose sending deadline fell in [from, to], judged on `asOf`
 * (default: today on the product clock).
 *
 * - `due`: requests decided by `asOf` (received, or the deadline passed);
 * - `onTime`, `late`, `missing` (nothing received after the deadline), with
 *   `onTime + late + missing = due`;
 * - `rate` = onTime ÷ due, between 0 and 1; null when nothing was due.
 *
 * Units with no request in the range are absent. Reads as the system: the
 * scorecard applies its own authorization.
 */
export async function unitReportingTimeliness(
  ctx: AppContext,
  opts: { from: string; to: string; asOf?: string },
): Promise<
  Record<
    number,
    { due: number; onTime: number; late: number; missing: number; rate: number | null }
  >
> {
  checkRange(opts.from, opts.to);
  const byUnit = await figuresByUnit(ctx.db.q, {
    from: opts.from,
    to: opts.to,
    asOf: opts.asOf ?? ctx.clock.today(),
    scopePath: undefined,
    regimeId: undefined,
  });
  const out: Record<
    number,
    { due: number; onTime: number; late: number; missing: number; rate: number | null }
  > = {};
  for (const [id, f] of byUnit)
    out[id] = { due: f.due, onTime: f.onTime, late: f.late, missing: f.missing, rate: f.rate };
  return out;
}

function checkRange(from: string, to: string): void {
  if (to < from)
    throw new AppError('FIELD_INVALID', {
      field: 'to',
      params: { reason: `ngày ${to} trước ngày bắt đầu ${from}` },
    });
}

async function figuresByUnit(
  q: Tx,
  o: {
    from: string;
    to: string;
    asOf: string;
    scopePath: string | undefined;
    regimeId: number | undefined;
  },
): Promise<Map<number, TimelinessFigures>> {
  let query = q
    .selectFrom('periodic_report_requests as r')
    .innerJoin('periodic_report_regimes as g', 'g.id', 'r.regime_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('units as iu', 'iu.id', 'g.issuer_unit_id')
    .select(['r.unit_id', 'r.deadline', 'r.received_on'])
    .where('r.deadline', '>=', o.from)
    .where('r.deadline', '<=', o.to);
  const scope = o.scopePath;
  if (scope !== undefined)
    query = query.where((eb) =>
      eb.or([eb('u.path', 'like', `${scope}%`), eb('iu.path', 'like', `${scope}%`)]),
    );
  if (o.regimeId !== undefined) query = query.where('r.regime_id', '=', o.regimeId);
  const rows = await query.orderBy('r.unit_id').orderBy('r.deadline').execute();
  const cal = await loadWorkingCalendar(q);
  const grouped = new Map<number, Array<{ deadline: string; receivedOn: string | null }>>();
  for (const r of rows) {
    const list = grouped.get(r.unit_id) ?? [];
    list.push({ deadline: r.deadline, receivedOn: r.received_on });
    grouped.set(r.unit_id, list);
  }
  const out = new Map<number, TimelinessFigures>();
  for (const [id, list] of grouped) out.set(id, tallyTimeliness(cal, list, o.asOf));
  return out;
}
