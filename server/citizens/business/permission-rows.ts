import type { MatrixRow, Pair } from '../../http/permission-matrix.rows';
import { ROLES, type Role } from '../../access/tables';
import type { PermissionFixture, Side } from '../../testing/permission-fixture';
import { SYSTEM_ACTOR } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { recordBusinessFeedback } from './record-business-feedback';
import { recordDialogue } from './record-dialogue';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
/** The Văn phòng UBND (and its quick-response team) records and forwards feedback. */
const MANAGERS = ['admin', 'office'] as const;
/** Roles scoped to the whole province: a dialogue belongs to the UBND only. */
const PROVINCE_READERS = ['admin', 'office', 'leader', 'viewer'] as const;

let seq = 0;
const feedbackBody = (f: PermissionFixture, side: Side) => {
  seq += 1;
  return {
    committee: (side === 'own' ? f.t : f.u).ubnd.code,
    enterpriseName: `Công ty Cổ phần Ma Trận ${seq}`,
    taxCode: '3800000001',
    issue: 'Vướng mắc thủ tục đầu tư',
    field: 'dau_tu' as const,
    channel: 'quick_response_team' as const,
    receivedOn: '2023-07-03',
    leadUnit: f.ownUnit(side).code,
  };
};

/**
 * Permission-matrix rows of business feedback and dialogue meetings.
 * Feedback belongs to the UBND and to its handling units (the side's Sở
 * KH&ĐT, the unit-scoped roles' own unit); a dialogue to the UBND whose
 * leader chaired it.
 */
export const BUSINESS_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/citizens/business-feedback/fields',
    build: () => Promise.resolve({ url: '/api/v1/citizens/business-feedback/fields' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/business-feedback',
    build: () => Promise.resolve({ url: '/api/v1/citizens/business-feedback?status=received' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/citizens/business-feedback',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/citizens/business-feedback',
        payload: feedbackBody(f, side),
      }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/business-feedback/stats',
    build: () =>
      Promise.resolve({ url: '/api/v1/citizens/business-feedback/stats?from=2023-01-01' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/business-feedback/:id',
    build: async (f, side) => ({
      url: `/api/v1/citizens/business-feedback/${await f.business.freshFeedback(side)}`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/citizens/business-feedback/:id/forward',
    build: async (f, side) => ({
      url: `/api/v1/citizens/business-feedback/${await f.business.freshFeedback(side)}/forward`,
      payload: { leadUnit: f.ownUnit(side).code, forwardedOn: '2023-07-05' },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/citizens/business-feedback/:id/resolve',
    build: async (f, side) => ({
      url: `/api/v1/citizens/business-feedback/${await f.business.freshFeedback(side)}/resolve`,
      payload: { result: 'Đã hướng dẫn doanh nghiệp', resolvedOn: '2023-07-07' },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/dialogues',
    build: () => Promise.resolve({ url: '/api/v1/citizens/dialogues' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/citizens/dialogues',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/citizens/dialogues',
        payload: {
          title: 'Hội nghị đối thoại với doanh nghiệp',
          heldOn: '2023-07-05',
          chair: f.meetings.leaders[side].chair,
        },
      }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/dialogues/:id',
    build: async (f, side) => ({
      url: `/api/v1/citizens/dialogues/${await f.business.freshDialogue(side)}`,
    }),
    expect: only(PROVINCE_READERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/citizens/dialogues/:id/commitments',
    build: async (f, side) => ({
      url: `/api/v1/citizens/dialogues/${await f.business.freshDialogue(side)}/commitments`,
      payload: {
        content: 'Tháo gỡ vướng mắc về mặt bằng',
        leadUnit: f.ownUnit(side).code,
        deadline: '2023-08-31',
      },
    }),
    expect: only(MANAGERS, [201, 403]),
  },
];

/** Business resources for the permission matrix. */
export interface BusinessFixture {
  /** Feedback of the side's UBND handled by its Sở KH&ĐT. */
  freshFeedback(side: Side): Promise<number>;
  /** A dialogue chaired by the side's Chủ tịch. */
  freshDialogue(side: Side): Promise<number>;
}

/** Builds the business resources with the system actor. */
export function buildBusinessFixture(ctx: AppContext, f: PermissionFixture): BusinessFixture {
  const actor = SYSTEM_ACTOR;
  return {
    async freshFeedback(side) {
      return (await recordBusinessFeedback(ctx, { actor, input: feedbackBody(f, side) })).id;
    },
    async freshDialogue(side) {
      return (
        await recordDialogue(ctx, {
          actor,
          input: {
            title: 'Hội nghị đối thoại ma trận',
            heldOn: '2023-07-04',
            chair: f.meetings.leaders[side].chair,
          },
        })
      ).id;
    },
  };
}
