import type { Tx } from '../platform/db/database';
import {
  createWorkingCalendar,
  type CalendarEntry,
  type WorkingCalendar,
} from '../../shared/calendar/working-days';

/** Builds the working-day calendar from the stored entries (shipped and the province's own). */
export async function loadWorkingCalendar(q: Tx): Promise<WorkingCalendar> {
  const rows = await q.selectFrom('calendar_entries').select(['date', 'kind', 'name']).execute();
  const entries: CalendarEntry[] = rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name }));
  return createWorkingCalendar(entries);
}
