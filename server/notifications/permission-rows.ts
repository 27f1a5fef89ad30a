import { ROLES, type Role } from '../access/tables';
import type { MatrixRow, Pair } from '../http/permission-matrix.rows';

const same = (status: number): Pair => [status, status];
const everyone = (ok: Pair) => Object.fromEntries(ROLES.map((r) => [r, ok])) as Record<Role, Pair>;
const adminOnly = (ok: Pair) =>
  Object.fromEntries(ROLES.map((r) => [r, r === 'admin' ? ok : same(403)])) as Record<Role, Pair>;

/** A notification id no user has: marking it read must be NOT_FOUND for every role, admin included. */
const NO_SUCH_NOTIFICATION = 987_654_321;
const NO_SUCH_ENDPOINT = 987_654_321;

/**
 * The notification routes. The inbox and preferences are the caller's own, so
 * every role gets the same answer on both sides; webhook endpoints are the
 * installation's, administrators only. (The fixture cannot create a
 * notification or an endpoint for a row, so the id rows use ids that do not
 * exist: the point is that no role reaches past the 404, and that only an
 * administrator gets as far as the lookup. Reading another user's
 * notification is refused in server/notifications/routes.test.ts.)
 */
export const NOTIFICATION_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/notifications',
    build: () => Promise.resolve({ url: '/api/v1/notifications?limit=5' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/notifications/:id/read',
    build: () => Promise.resolve({ url: `/api/v1/notifications/${NO_SUCH_NOTIFICATION}/read` }),
    expect: everyone(same(404)),
  },
  {
    method: 'POST',
    route: '/api/v1/notifications/read-all',
    build: () => Promise.resolve({ url: '/api/v1/notifications/read-all' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/notification-preferences',
    build: () => Promise.resolve({ url: '/api/v1/notification-preferences' }),
    expect: everyone(same(200)),
  },
  {
    method: 'PUT',
    route: '/api/v1/notification-preferences',
    build: () =>
      Promise.resolve({
        url: '/api/v1/notification-preferences',
        payload: {
          beforeDeadlineDays: [5, 1],
          overdueRepeat: 'every_3_days',
          digestTime: '07:30',
          email: true,
          webhook: false,
        },
      }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/webhook-endpoints',
    build: () => Promise.resolve({ url: '/api/v1/webhook-endpoints' }),
    expect: adminOnly(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/webhook-endpoints',
    build: (_f, side) =>
      Promise.resolve({
        url: '/api/v1/webhook-endpoints',
        payload: { url: `https://sms.example.gov.vn/hook/${side}`, events: ['reminder.overdue'] },
      }),
    expect: adminOnly(same(201)),
  },
  {
    method: 'DELETE',
    route: '/api/v1/webhook-endpoints/:id',
    build: () => Promise.resolve({ url: `/api/v1/webhook-endpoints/${NO_SUCH_ENDPOINT}` }),
    expect: adminOnly(same(404)),
  },
];
