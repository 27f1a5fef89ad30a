/**
 * Public-investment disbursement arithmetic (GUIDE §5; Luật Đầu tư công 2019
 * Điều 68; ND 99/2021 Điều 3): disbursed amounts from treasury transactions,
 * rates against either plan, the provincial average, the year-end projection
 * and the pace needed to reach the target. Amounts are integers in VND.
 */

/** A treasury transaction: an advance (tạm ứng) or a payment for completed work, which may recover advances. */
export interface Disbursement {
  kind: 'advance' | 'payment';
  amount: number;
  /** Part of a payment that recovers earlier advances (thu hồi tạm ứng). */
  recoversAdvance?: number;
}

/**
 * Disbursed = advances + payments − the advances those payments recover: an
 * advance and the payment that recovers it are not counted twice (the exact
 * treasury rule is [U] in GUIDE §5.2; this is the reading that never double-counts).
 */
export function disbursedAmount(txs: readonly Disbursement[]): number {
  let total = 0;
  for (const t of txs) {
    total += t.amount;
    if (t.kind === 'payment' && t.recoversAdvance) total -= t.recoversAdvance;
  }
  return total;
}

/** Rate in percent against a plan (tỷ lệ giải ngân); null without a positive plan. */
export function disbursementRate(disbursed: number, plan: number | null): number | null {
  return plan === null || plan <= 0 ? null : (disbursed / plan) * 100;
}

/** The provincial average: Σ disbursed ÷ Σ plan (not the mean of the rates). */
export function pooledRate(
  rows: ReadonlyArray<{ disbursed: number; plan: number | null }>,
): number | null {
  const withPlan = rows.filter((r) => r.plan !== null && r.plan > 0);
  const plan = withPlan.reduce((s, r) => s + (r.plan ?? 0), 0);
  const disbursed = withPlan.reduce((s, r) => s + r.disbursed, 0);
  return plan <= 0 ? null : (disbursed / plan) * 100;
}

/**
 * Year-end projection (GUIDE §5.4; the year's plan may be disbursed until
 * 31/01 of the next year): the cumulative amount to month m divided by the
 * mean, over the previous years, of (cumulative to month m ÷ final amount at
 * 31/01 of the next year). Null without history.
 */
export function projectYearEnd(opts: {
  cumulativeToMonth: number;
  history: ReadonlyArray<{ cumulativeToMonth: number; finalAmount: number }>;
}): { projected: number; meanShare: number } | null {
  const shares = opts.history
    .filter((h) => h.finalAmount > 0)
    .map((h) => h.cumulativeToMonth / h.finalAmount);
  if (shares.length === 0) return null;
  const meanShare = shares.reduce((s, x) => s + x, 0) / shares.length;
  if (meanShare <= 0) return null;
  return { projected: opts.cumulativeToMonth / meanShare, meanShare };
}

/**
 * The monthly amount still needed to reach `targetRate` percent of the plan by
 * 31/01 of the next year, from the end of month m (January of the next year
 * counts as a 13th month). Zero once the target is reached.
 */
export function requiredMonthlyPace(opts: {
  plan: number;
  cumulative: number;
  month: number;
  targetRate?: number;
}): number {
  const target = (opts.plan * (opts.targetRate ?? 95)) / 100;
  const remaining = Math.max(0, target - opts.cumulative);
  const monthsLeft = 13 - opts.month;
  return monthsLeft <= 0 ? remaining : remaining / monthsLeft;
}

/** Rows ranked by rate (highest first), ties by larger plan; rows without plan last. */
export function rankByRate<T extends { disbursed: number; plan: number | null }>(
  rows: readonly T[],
): Array<T & { rate: number | null; rank: number | null }> {
  const withRate = rows.map((r) => ({ ...r, rate: disbursementRate(r.disbursed, r.plan) }));
  const ranked = withRate
    .filter((r) => r.rate !== null)
    .sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0) || (b.plan ?? 0) - (a.plan ?? 0))
    .map((r, i) => ({ ...r, rank: i + 1 }));
  return [...ranked, ...withRate.filter((r) => r.rate === null).map((r) => ({ ...r, rank: null }))];
}
