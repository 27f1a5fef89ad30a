import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { localDateSchema, parseInput } from '../../platform/validation';
import type { Timeliness } from '../../../shared/citizens/legal-clock';
import { BUSINESS_FIELDS, BUSINESS_FIELD_LABELS, type BusinessField } from './fields';
import { listBusinessFeedback } from './list-business-feedback';
import type { BusinessFeedbackView } from './feedback-view';

/** Input of businessFeedbackStats. */
export const businessFeedbackStatsInput = z
  .object({
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
  })
  .strict();

/** On time, late, overdue and in progress of one clock. */
export interface ClockCounts {
  onTime: number;
  late: number;
  overdue: number;
  inProgress: number;
}

/** Counts of a group of feedback. */
export interface FeedbackCounts {
  total: number;
  received: number;
  forwarded: number;
  resolved: number;
  forwarding: ClockCounts;
  resolution: ClockCounts;
}

/** Statistics of business feedback received in a period. */
export interface BusinessFeedbackStats {
  asOf: string;
  from: string | null;
  to: string | null;
  total: FeedbackCounts;
  /** Every field in the list's order, with zeros. */
  byField: Array<{ code: BusinessField; label: string } & FeedbackCounts>;
  /** By lead unit (chủ trì), most feedback first; `unit` null: not forwarded yet. */
  byUnit: Array<{ unit: { id: number; name: string } | null } & FeedbackCounts>;
}

function emptyClock(): ClockCounts {
  return { onTime: 0, late: 0, overdue: 0, inProgress: 0 };
}

function emptyCounts(): FeedbackCounts {
  return {
    total: 0,
    received: 0,
    forwarded: 0,
    resolved: 0,
    forwarding: emptyClock(),
    resolution: emptyClock(),
  };
}

function addClock(c: ClockCounts, t: Timeliness): void {
  if (t === 'on_time') c.onTime += 1;
  else if (t === 'late') c.late += 1;
  else if (t === 'overdue') c.overdue += 1;
  else c.inProgress += 1;
}

function add(c: FeedbackCounts, f: BusinessFeedbackView): void {
  c.total += 1;
  c[f.status] += 1;
  addClock(c.forwarding, f.forwarding.timeliness);
  addClock(c.resolution, f.resolution.timeliness);
}

/**
 * Business feedback received in [from, to] in the caller's scope, counted by
 * field and by lead unit: received, forwarded, resolved, and the forwarding
 * and resolution clocks on time, late, overdue or in progress on today.
 */
export async function businessFeedbackStats(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof businessFeedbackStatsInput> },
): Promise<BusinessFeedbackStats> {
  const data = parseInput(businessFeedbackStatsInput, input);
  const items = await listBusinessFeedback(ctx, {
    actor,
    input: { ...(data.from ? { from: data.from } : {}), ...(data.to ? { to: data.to } : {}) },
  });
  const total = emptyCounts();
  const byField = new Map(BUSINESS_FIELDS.map((f) => [f, emptyCounts()]));
  const byUnit = new Map<
    number | null,
    { unit: { id: number; name: string } | null; c: FeedbackCounts }
  >();
  for (const f of items) {
    add(total, f);
    const fc = byField.get(f.field.code as BusinessField);
    if (fc) add(fc, f);
    const key = f.leadUnit?.id ?? null;
    let u = byUnit.get(key);
    if (!u) {
      u = { unit: f.leadUnit, c: emptyCounts() };
      byUnit.set(key, u);
    }
    add(u.c, f);
  }
  return {
    asOf: ctx.clock.today(),
    from: data.from ?? null,
    to: data.to ?? null,
    total,
    byField: BUSINESS_FIELDS.map((code) => ({
      code,
      label: BUSINESS_FIELD_LABELS[code],
      ...(byField.get(code) ?? emptyCounts()),
    })),
    byUnit: [...byUnit.values()]
      .sort(
        (a, b) =>
          b.c.total - a.c.total ||
          (a.unit?.id ?? Number.MAX_SAFE_INTEGER) - (b.unit?.id ?? Number.MAX_SAFE_INTEGER),
      )
      .map((u) => ({ unit: u.unit, ...u.c })),
  };
}
