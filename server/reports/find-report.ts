import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { defaultProvincialCommittee } from '../organisation/province';
import { createReport } from './manage-reports';
import type { ReportsTable } from './tables';

/**
 * The report of the province's UBND from a template for a period: the issued
 * one if it exists, else the latest draft, else a new draft.
 */
async function periodReport(
  ctx: AppContext,
  {
    actor,
    template,
    year,
    half,
    month,
    basis,
  }: {
    actor: Actor;
    template: 'semiannual-summary' | 'monthly-review';
    year: number;
    half?: number;
    month?: number;
    basis?: 'nd09' | 'calendar' | undefined;
  },
): Promise<Selectable<ReportsTable>> {
  const issuer = await defaultProvincialCommittee(ctx.db.q, ctx.clock.today());
  const period = JSON.stringify(
    month !== undefined
      ? { kind: 'month', year, index: month }
      : { kind: 'half', year, index: half ?? 1 },
  );
  const existing = await ctx.db.q
    .selectFrom('reports')
    .selectAll()
    .where('issuer_unit_id', '=', issuer.id)
    .where('template', '=', template)
    .where('period', '=', period)
    .$if(basis !== undefined, (q) => q.where('basis', '=', basis ?? 'nd09'))
    .orderBy('status', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const issued = existing.find((r) => r.status === 'issued');
  return (
    issued ??
    existing[0] ??
    createReport(ctx, {
      actor,
      input: {
        template,
        year,
        ...(month !== undefined ? { month } : { half: half ?? 1 }),
        ...(basis ? { basis } : {}),
        issuer: issuer.id,
      },
    })
  );
}

/** The semi-annual summary to the HĐND for a year and half (the seed: 2023, first half). */
export async function semiannualReport(
  ctx: AppContext,
  opts: { actor: Actor; year: number; half: number; basis?: 'nd09' | 'calendar' },
): Promise<Selectable<ReportsTable>> {
  return periodReport(ctx, { ...opts, template: 'semiannual-summary' });
}

/** The monthly report to the review meeting for a year and month. */
export async function monthlyReviewReport(
  ctx: AppContext,
  opts: { actor: Actor; year: number; month: number; basis?: 'nd09' | 'calendar' },
): Promise<Selectable<ReportsTable>> {
  return periodReport(ctx, { ...opts, template: 'monthly-review' });
}
