import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { defaultProvincialCommittee } from '../organisation/province';
import { createReport } from './manage-reports';
import type { ReportsTable } from './tables';
import { AppError } from '../platform/errors';
import type { PeriodRef } from '../../shared/periods/periods';
import { templateFor } from './templates/registry';

/**
 * The report of the province's UBND from a template for a period: the issued
 * one if it exists, else the latest draft, else a new draft.
 */
export async function periodReport(
  ctx: AppContext,
  {
    actor,
    template,
    period,
    basis,
  }: {
    actor: Actor;
    template: PeriodTemplate;
    period: PeriodRef;
    basis?: 'nd09' | 'calendar' | undefined;
  },
): Promise<Selectable<ReportsTable>> {
  const expected = templateFor(template).periodKind;
  if (period.kind !== expected)
    throw new AppError('FIELD_INVALID', {
      field: 'period',
      params: { reason: `mẫu "${template}" lập cho kỳ ${expected}, không phải ${period.kind}` },
    });
  const issuer = await defaultProvincialCommittee(ctx.db.q, ctx.clock.today());
  const existing = await ctx.db.q
    .selectFrom('reports')
    .selectAll()
    .where('issuer_unit_id', '=', issuer.id)
    .where('template', '=', template)
    .where(
      'period',
      '=',
      JSON.stringify({ kind: period.kind, year: period.year, index: period.index }),
    )
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
        year: period.year,
        ...(period.kind === 'month' ? { month: period.index } : {}),
        ...(period.kind === 'quarter' ? { quarter: period.index } : {}),
        ...(period.kind === 'half' ? { half: period.index } : {}),
        ...(basis ? { basis } : {}),
        issuer: issuer.id,
      },
    })
  );
}

/** Templates made for one period each, found again by their period. */
export type PeriodTemplate =
  | 'semiannual-summary'
  | 'monthly-review'
  | 'quarterly-report'
  | 'nine-month-report'
  | 'annual-report';

/** The semi-annual summary to the HĐND for a year and half (the seed: 2023, first half). */
export async function semiannualReport(
  ctx: AppContext,
  opts: { actor: Actor; year: number; half: number; basis?: 'nd09' | 'calendar' },
): Promise<Selectable<ReportsTable>> {
  return periodReport(ctx, {
    ...opts,
    template: 'semiannual-summary',
    period: { kind: 'half', year: opts.year, index: opts.half },
  });
}

/** The monthly report to the review meeting for a year and month. */
export async function monthlyReviewReport(
  ctx: AppContext,
  opts: { actor: Actor; year: number; month: number; basis?: 'nd09' | 'calendar' },
): Promise<Selectable<ReportsTable>> {
  return periodReport(ctx, {
    ...opts,
    template: 'monthly-review',
    period: { kind: 'month', year: opts.year, index: opts.month },
  });
}
