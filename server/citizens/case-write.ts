import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { inAuditBatch, recordAudit } from '../audit/record-audit';
import { loadLegalContext, type LegalContext } from './legal-context';
import { loadCase, type CaseRow } from './case-access';
import { toCaseViews, type CaseView } from './case-view';

/**
 * The frame of a write on one case: loads it, lets `change` act inside the
 * transaction (checks, updates), bumps its version, and audits the case as it
 * was and as it is (never its persons).
 */
export async function writeCase(
  ctx: AppContext,
  actor: Actor,
  opts: { caseId: number; version?: number | undefined; action: string; details?: unknown },
  change: (tx: Tx, c: CaseRow, legal: LegalContext) => Promise<void>,
): Promise<CaseView> {
  const today = ctx.clock.today();
  return ctx.db.write(async (tx) => {
    const c = await loadCase(tx, opts.caseId);
    if (opts.version !== undefined && opts.version !== c.version)
      throw new AppError('STALE_VERSION', {
        field: 'version',
        params: { current: c.version, sent: opts.version },
      });
    const legal = await loadLegalContext(tx);
    // The case as it was is only audited: a generator's batch (audited once) skips it.
    const [before] = inAuditBatch() ? [] : await toCaseViews(tx, [c], legal, today);
    await change(tx, c, legal);
    const row = await tx
      .updateTable('citizen_cases')
      .set({ updated_at: ctx.clock.now().toISOString(), version: c.version + 1 })
      .where('id', '=', c.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const [after] = await toCaseViews(tx, [row], legal, today);
    if (!after) throw new Error(`case ${c.id} vanished`);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: opts.action,
      entity: 'citizen_case',
      entityId: c.id,
      before,
      after,
      ...(opts.details === undefined ? {} : { details: opts.details }),
    });
    return after;
  });
}
