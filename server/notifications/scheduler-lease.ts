/**
 * One scheduler per database: a lease row per job name. A process holds the
 * lease until `lease_until` and renews it while it runs; another process does
 * nothing until the lease is released or runs out (its holder died).
 */
import type { Db } from '../platform/db/database';

/** The lease of the reminder scheduler. */
export const SCHEDULER_LEASE = 'notifications';

/**
 * Takes or renews the lease for `holder`; true when held after the call.
 * One conditional UPDATE decides it (SQLite: inside BEGIN IMMEDIATE;
 * PostgreSQL: the row lock makes a concurrent taker re-check the condition).
 */
export async function acquireLease(
  db: Db,
  opts: { name: string; holder: string; now: Date; leaseMs: number },
): Promise<boolean> {
  const now = opts.now.toISOString();
  const until = new Date(opts.now.getTime() + opts.leaseMs).toISOString();
  return db.write(async (tx) => {
    await tx
      .insertInto('scheduler_leases')
      .values({ name: opts.name, holder: null, lease_until: now, acquired_at: null })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const current = await tx
      .selectFrom('scheduler_leases')
      .select(['holder'])
      .where('name', '=', opts.name)
      .executeTakeFirstOrThrow();
    const result = await tx
      .updateTable('scheduler_leases')
      .set({
        holder: opts.holder,
        lease_until: until,
        ...(current.holder === opts.holder ? {} : { acquired_at: now }),
      })
      .where('name', '=', opts.name)
      .where((eb) =>
        eb.or([
          eb('holder', '=', opts.holder),
          eb('holder', 'is', null),
          eb('lease_until', '<', now),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  });
}

/** Gives the lease up at once (a graceful stop), if `holder` has it. */
export async function releaseLease(
  db: Db,
  opts: { name: string; holder: string; now: Date },
): Promise<void> {
  await db.write((tx) =>
    tx
      .updateTable('scheduler_leases')
      .set({ holder: null, lease_until: opts.now.toISOString() })
      .where('name', '=', opts.name)
      .where('holder', '=', opts.holder)
      .execute(),
  );
}

/** Who holds a lease and until when (for `dieuhanh scheduler status`). */
export async function readLease(
  db: Db,
  name: string,
): Promise<{ holder: string | null; leaseUntil: string; acquiredAt: string | null } | null> {
  const row = await db.q
    .selectFrom('scheduler_leases')
    .select(['holder', 'lease_until', 'acquired_at'])
    .where('name', '=', name)
    .executeTakeFirst();
  return row
    ? { holder: row.holder, leaseUntil: row.lease_until, acquiredAt: row.acquired_at }
    : null;
}
