import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { toLockView, type LockView } from './lock-view';

/** Re-opens a locked period (to correct a figure); the lock and its removal stay in the audit trail. */
export async function unlockIndicatorPeriod(
  ctx: AppContext,
  { actor, lockId }: { actor: Actor; lockId: number },
): Promise<LockView> {
  return ctx.db.write(async (tx) => {
    const lock = await tx
      .selectFrom('indicator_period_locks as l')
      .innerJoin('units as p', 'p.id', 'l.province_unit_id')
      .selectAll('l')
      .select('p.path')
      .where('l.id', '=', lockId)
      .executeTakeFirst();
    if (!lock)
      throw new AppError('NOT_FOUND', {
        field: 'lockId',
        params: { entity: 'khóa số liệu', id: lockId },
      });
    authorize(actor, 'indicator.manage', { unitPaths: [lock.path] });
    await tx.deleteFrom('indicator_period_locks').where('id', '=', lockId).execute();
    const view = toLockView(lock);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.unlock_period',
      entity: 'indicator_period_lock',
      entityId: lockId,
      before: view,
    });
    return view;
  });
}
