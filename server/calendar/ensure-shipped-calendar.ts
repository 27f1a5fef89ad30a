import type { Db } from '../platform/db/database';
import { VN_HOLIDAYS } from '../../shared/calendar/vn-holidays';
import { getSetting } from '../platform/settings';

/**
 * Inserts the shipped Vietnamese holiday entries that are missing. Entries the
 * province has entered or changed (same date) are left alone, and shipped
 * dates it removed stay removed, so a province can correct the shipped list.
 * Idempotent; runs at every start-up.
 */
export async function ensureShippedCalendar(db: Db, now: Date): Promise<number> {
  return db.write(async (tx) => {
    const existing = new Set(
      (await tx.selectFrom('calendar_entries').select('date').execute()).map((r) => r.date),
    );
    const removed = new Set(await getSetting(tx, 'calendarRemovedShipped'));
    const missing = VN_HOLIDAYS.filter((e) => !existing.has(e.date) && !removed.has(e.date));
    if (missing.length === 0) return 0;
    await tx
      .insertInto('calendar_entries')
      .values(
        missing.map((e) => ({
          date: e.date,
          kind: e.kind,
          name: e.name,
          source: 'shipped' as const,
          created_at: now.toISOString(),
        })),
      )
      .execute();
    return missing.length;
  });
}
