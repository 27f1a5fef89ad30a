import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import type { LocalDate } from '../../shared/dates/local-date';
import { nextReportingDates, type ReportingDate } from './reporting-rules';

/** Input of listReportingDates. */
export const listReportingDatesInput = z.object({ at: localDateSchema.optional() }).strict();

/** The next ND 40/2020 public-investment reports due on or after a date (the product's today by default). */
export async function listReportingDates(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listReportingDatesInput> },
): Promise<{ at: LocalDate; dates: ReportingDate[] }> {
  const data = parseInput(listReportingDatesInput, input);
  authorize(actor, 'investment.read');
  const at = data.at ?? ctx.clock.today();
  return { at, dates: nextReportingDates(at) };
}
