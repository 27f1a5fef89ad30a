import type { ErrorSpec } from '../platform/errors';

/** Errors of the working-day calendar. */
export const calendarErrors = {
  CALENDAR_ENTRY_EXISTS: {
    status: 409,
    vi: 'Ngày {date} đã có trong lịch ({name}).',
    en: 'The date {date} is already in the calendar ({name}).',
  },
  CALENDAR_ENTRY_KIND_INVALID: {
    status: 422,
    vi: 'Ngày {date} là {weekday}: {reason}',
    en: 'The date {date} is a {weekday}: {reason}',
  },
} as const satisfies Record<string, ErrorSpec>;
