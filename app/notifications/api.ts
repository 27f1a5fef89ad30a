/**
 * The in-app inbox and one's reminder settings (server/notifications/routes.ts):
 * `GET /api/v1/notifications` (newest first, `before` for the next page, with
 * the unread count), marking read/unread, marking all read up to the newest
 * seen, and `GET/PUT /api/v1/notification-preferences`.
 */
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, apiRequest } from '../platform/api-client';

/** One notification (NotificationView). */
export interface NotificationItem {
  id: number;
  kind: string;
  title: string;
  body: string;
  /** Address in the application, e.g. `/nhiem-vu/12`. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: NotificationItem[];
  unreadCount: number;
}

export const OVERDUE_REPEATS = ['daily', 'every_3_days', 'weekly'] as const;
export type OverdueRepeat = (typeof OVERDUE_REPEATS)[number];

/** One's reminder settings. */
export interface NotificationPreferences {
  beforeDeadlineDays: number[];
  overdueRepeat: OverdueRepeat;
  digestTime: string | null;
  email: boolean;
  webhook: boolean;
  emailAddress: string | null;
}

export const NOTIFICATIONS_KEY = ['notifications'] as const;
/** How often the header's unread count is asked again. */
export const UNREAD_REFRESH_MS = 60_000;
const PAGE_SIZE = 20;

/** The unread count for the header's bell, asked again every minute. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread'],
    queryFn: ({ signal }) =>
      api.get<NotificationPage>('/api/v1/notifications', { limit: 1 }, signal),
    select: (page) => page.unreadCount,
    refetchInterval: UNREAD_REFRESH_MS,
  });
}

/** The inbox, newest first, a page at a time (`before` = the oldest id shown). */
export function useInbox(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'inbox', unreadOnly],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) =>
      api.get<NotificationPage>(
        '/api/v1/notifications',
        { limit: PAGE_SIZE, before: pageParam, unread: unreadOnly ? 'true' : undefined },
        signal,
      ),
    getNextPageParam: (last) =>
      last.items.length < PAGE_SIZE ? undefined : last.items[last.items.length - 1]?.id,
  });
}

/** Everything showing notifications asks again (bell and inbox). */
export function refreshNotifications(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
}

/** Marks one notification read or unread; the bell and the inbox refresh after. */
export async function setNotificationRead(
  client: QueryClient,
  id: number,
  read: boolean,
): Promise<void> {
  await api.post(`/api/v1/notifications/${id}/read`, { read });
  await refreshNotifications(client);
}

/** Marks read every notification up to the newest one seen (one arriving meanwhile stays unread). */
export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upToId: number) =>
      api.post<{ updated: number }>('/api/v1/notifications/read-all', { upToId }),
    onSuccess: () => refreshNotifications(client),
  });
}

const PREFERENCES_KEY = ['notification-preferences'] as const;

export function usePreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: ({ signal }) =>
      api.get<NotificationPreferences>('/api/v1/notification-preferences', undefined, signal),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<NotificationPreferences, 'emailAddress'>) =>
      apiRequest<NotificationPreferences>('PUT', '/api/v1/notification-preferences', {
        json: body,
      }),
    onSuccess: (saved) => client.setQueryData(PREFERENCES_KEY, saved),
  });
}
