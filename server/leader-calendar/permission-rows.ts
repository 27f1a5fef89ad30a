import { ROLES, type Role } from '../access/tables';
import type { MatrixRow, Pair } from '../http/permission-matrix.rows';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}

/**
 * Permission-matrix rows of the leaders' calendar. The office and
 * administrators write every calendar of a UBND in their scope; the leader
 * user is the Phó Chủ tịch of province T (see meeting-fixture.ts), so it may
 * write its own calendar and nobody else's.
 */
export const LEADER_CALENDAR_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/leader-calendar',
    build: () => Promise.resolve({ url: '/api/v1/leader-calendar?week=2023-W28' }),
    expect: only(ROLES, same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/leader-calendar/events',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/leader-calendar/events',
        payload: {
          leader: f.meetings.leaders[side].viceChair,
          kind: 'field_trip',
          title: 'Thị sát công trình trọng điểm',
          startsAt: '2023-07-12T07:30:00+07:00',
          endsAt: '2023-07-12T11:30:00+07:00',
          participantUnits: [f.ownUnit(side).id],
        },
      }),
    expect: only(['admin', 'office', 'leader'], [201, 403]),
  },
  {
    method: 'DELETE',
    route: '/api/v1/leader-calendar/events/:id',
    build: async (f, side) => ({
      url: `/api/v1/leader-calendar/events/${await f.meetings.freshEvent(side)}`,
    }),
    expect: only(['admin', 'office', 'leader'], [204, 403]),
  },
];
