import { ROLES, type Role } from '../access/tables';
import type { MatrixRow, Pair } from '../http/permission-matrix.rows';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
const MANAGERS = ['admin', 'office'] as const;

/**
 * Permission-matrix rows of the meeting routes. A meeting belongs to the
 * convening UBND (managed by the office and administrators of its scope) and
 * is read by every role whose scope holds the UBND or an attending unit: the
 * fixture's meetings are attended by the side's Sở KH&ĐT, the unit-scoped
 * roles' own unit.
 */
export const MEETING_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/meetings',
    build: () => Promise.resolve({ url: '/api/v1/meetings?limit=5' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/meetings',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/meetings',
        payload: {
          meetingDate: '2023-07-07',
          chair: f.meetings.leaders[side].chair,
          attendees: [f.ownUnit(side).id],
        },
      }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id',
    build: async (f, side) => ({ url: `/api/v1/meetings/${await f.meetings.freshMeeting(side)}` }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/agenda/refresh',
    build: async (f, side) => ({
      url: `/api/v1/meetings/${await f.meetings.freshMeeting(side)}/agenda/refresh`,
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/agenda-items',
    build: async (f, side) => ({
      url: `/api/v1/meetings/${await f.meetings.freshMeeting(side)}/agenda-items`,
      payload: { title: 'Tiến độ giải phóng mặt bằng', leadUnit: f.ownUnit(side).id },
    }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'DELETE',
    route: '/api/v1/meetings/:id/agenda-items/:itemId',
    build: async (f, side) => {
      const { meetingId, itemId } = await f.meetings.freshAgendaItem(side);
      return { url: `/api/v1/meetings/${meetingId}/agenda-items/${itemId}` };
    },
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/conclusions',
    build: async (f, side) => ({
      url: `/api/v1/meetings/${await f.meetings.freshMeeting(side)}/conclusions`,
      payload: {
        content: 'Đẩy nhanh giải ngân vốn đầu tư công',
        leadUnit: f.ownUnit(side).id,
        coordinatingUnits: [(side === 'own' ? f.t : f.u).stc.id],
        deadline: '2023-08-31',
      },
    }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'DELETE',
    route: '/api/v1/meetings/:id/conclusions/:conclusionId',
    build: async (f, side) => {
      const { meetingId, conclusionId } = await f.meetings.freshConclusion(side);
      return { url: `/api/v1/meetings/${meetingId}/conclusions/${conclusionId}` };
    },
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/issue',
    build: async (f, side) => ({
      url: `/api/v1/meetings/${await f.meetings.freshMeeting(side, { conclusion: true })}/issue`,
      payload: {},
    }),
    expect: only(MANAGERS, [201, 403]),
  },
];
