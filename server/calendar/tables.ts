import type { Generated } from 'kysely';
import type { CalendarEntryKind } from '../../shared/calendar/working-days';

export interface CalendarEntriesTable {
  id: Generated<number>;
  date: string;
  kind: CalendarEntryKind;
  name: string;
  /** `shipped` (the product's holiday list) or `admin` (entered by the province). */
  source: 'shipped' | 'admin';
  created_at: string;
}

export interface CalendarTables {
  calendar_entries: CalendarEntriesTable;
}
