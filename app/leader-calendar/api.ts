/**
 * The leaders' work calendar API (`/api/v1/leader-calendar…`,
 * server/leader-calendar): the week's events with conflicts, and ISO weeks
 * (Monday–Sunday) for moving between weeks.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addDays, isoWeekday, localDate, ymd } from '../../shared/dates/local-date';
import { api } from '../platform/api-client';

export type LeaderEventKind = 'meeting' | 'field_trip' | 'review_meeting' | 'citizen_reception';
export const ADDABLE_KINDS: readonly LeaderEventKind[] = [
  'meeting',
  'field_trip',
  'citizen_reception',
];

export interface LeaderEvent {
  id: number;
  kind: LeaderEventKind;
  title: string;
  location: string | null;
  leader: { personId: number; name: string };
  startsAtLocal: string;
  endsAtLocal: string;
  date: string;
  participants: {
    people: { personId: number; name: string }[];
    units: { id: number; name: string }[];
    note: string | null;
  };
  meetingId: number | null;
  conflictsWith: number[];
}

export interface WeeklyCalendar {
  week: string;
  from: string;
  to: string;
  timeZone: string;
  personId: number | null;
  events: LeaderEvent[];
  days: { date: string; weekday: number; eventIds: number[] }[];
  conflicts: { personId: number; name: string; eventIds: [number, number] }[];
}

/**
 * The ISO week of a date, `2023-W28` (the week holding the date's Thursday;
 * the same rule as server/leader-calendar/week-rules.ts).
 */
export function isoWeekOf(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = ymd(thursday).year;
  const dayOfYear =
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${localDate(year, 1, 1)}T00:00:00Z`)) /
    86_400_000;
  return `${year}-W${String(Math.floor(Math.round(dayOfYear) / 7) + 1).padStart(2, '0')}`;
}

/** One week of the calendar, for everyone or one leader. */
export function useWeeklyCalendar(week: string, personId: string) {
  return useQuery({
    queryKey: ['leader-calendar', week, personId],
    queryFn: ({ signal }) =>
      api.get<WeeklyCalendar>('/api/v1/leader-calendar', { week, personId }, signal),
    enabled: week !== '',
  });
}

/** A calendar write: the week reloads. */
export function useCalendarWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: ['leader-calendar'] }),
  });
}
