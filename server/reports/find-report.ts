import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { defaultProvincialCommittee } from '../organisation/province';
import { createReport } from './manage-reports';
import type { ReportsTable } from './tables';

/**
 * The semi-annual report of the province's UBND for a year and half: the
 * issued one if it exists, else the latest draft, else a new draft.
 */
export async function semiannualReport(
  ctx: AppContext,
  {
    actor,
    year,
    half,
    basis,
  }: { actor: Actor; year: number; half: number; basis?: 'nd09' | 'calendar' },
): Promise<Selectable<ReportsTable>> {
  const issuer = await defaultProvincialCommittee(ctx.db.q, ctx.clock.today());
  const period = JSON.stringify({ kind: 'half', year, index: half });
  const existing = await ctx.db.q
    .selectFrom('reports')
    .selectAll()
    .where('issuer_unit_id', '=', issuer.id)
    .where('template', '=', 'semiannual-summary')
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
      input: { year, half, ...(basis ? { basis } : {}), issuer: issuer.id },
    })
  );
}
