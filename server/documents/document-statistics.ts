import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput } from '../platform/validation';
import { resolveUnit } from '../organisation/unit-queries';
import { defaultProvincialCommittee } from '../organisation/province';
import { unitRefSchema } from './document-inputs';
import { statisticsBucket, type StatisticsBucket } from './statistics-rules';
import { authorize } from '../access/policy';

/** Input of documentStatistics. */
export const documentStatisticsInput = z
  .object({
    /** The issuing authority; defaults to the province's UBND. */
    issuer: unitRefSchema.optional(),
    from: localDateSchema,
    to: localDateSchema,
  })
  .strict();

/** Counts of what an authority issued in a period, by the report's categories. */
export interface DocumentStatistics extends Record<StatisticsBucket, number> {
  issuer: { id: number; name: string };
  from: string;
  to: string;
  total: number;
}

/**
 * Counts the outgoing documents an authority issued between two dates (issue
 * date, both inclusive). Documents issued by the UBND and by its Chair in his
 * own name both count under the UBND; incoming, internal and external entries
 * are excluded, and so are cancelled numbers (hủy số) — never issued.
 */
export async function documentStatistics(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof documentStatisticsInput> },
): Promise<DocumentStatistics> {
  const data = parseInput(documentStatisticsInput, input);
  if (data.to < data.from) {
    throw new AppError('DATE_RANGE_INVALID', {
      field: 'to',
      params: { from: data.from, to: data.to },
    });
  }
  const q = ctx.db.q;
  const issuer =
    data.issuer === undefined
      ? await defaultProvincialCommittee(q, data.to)
      : await resolveUnit(q, data.issuer, { asOf: data.to, field: 'issuer' });
  authorize(actor, 'document.read', { unitPaths: [issuer.path] });
  const rows = await q
    .selectFrom('documents')
    .select(['regime', 'type_key', (eb) => eb.fn.countAll<number>().as('n')])
    .where('issuer_unit_id', '=', issuer.id)
    .where('direction', '=', 'outgoing')
    .where('status', '!=', 'cancelled')
    .where('issue_date', '>=', data.from)
    .where('issue_date', '<=', data.to)
    .groupBy(['regime', 'type_key'])
    .execute();
  const stats: DocumentStatistics = {
    issuer: { id: issuer.id, name: issuer.name },
    from: data.from,
    to: data.to,
    qpplDecisions: 0,
    directives: 0,
    individualDecisions: 0,
    plans: 0,
    submissions: 0,
    other: 0,
    total: 0,
  };
  for (const r of rows) {
    const n = Number(r.n);
    stats[statisticsBucket({ regime: r.regime, typeKey: r.type_key })] += n;
    stats.total += n;
  }
  return stats;
}
