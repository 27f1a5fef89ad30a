import type { MatrixRow, Pair } from '../../http/permission-matrix.rows';
import { ROLES, type Role } from '../../access/tables';
import type { PermissionFixture, Side } from '../../testing/permission-fixture';
import { SYSTEM_ACTOR } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { createCouncilSession } from '../../organisation/council';
import { appointPosition } from '../../organisation/people';
import { recordVoterPetition } from './record-voter-petition';
import { recordInterpellation } from './record-interpellation';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
/** The Văn phòng UBND records petitions, questions and their answers. */
const MANAGERS = ['admin', 'office'] as const;

const petitionBody = async (f: PermissionFixture, side: Side) => ({
  committee: (side === 'own' ? f.t : f.u).ubnd.code,
  source: 'after_session' as const,
  sessionId: await f.petitions.sessionOf(side),
  receivedOn: '2023-07-01',
  field: 'kinh_te_ngan_sach' as const,
  content: 'Cử tri đề nghị nâng cấp đường liên xã',
  assignedUnit: f.ownUnit(side).code,
});

/**
 * Permission-matrix rows of voter petitions and interpellations. A petition
 * belongs to the answering UBND and to its assigned unit (the side's Sở
 * KH&ĐT, the unit-scoped roles' own unit); a question belongs to the UBND and
 * to the agency its answering member heads (the Sở KH&ĐT here). Listings and
 * reports answer everyone, filtered to the scope.
 */
export const VOTER_PETITION_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/citizens/voter-petitions/fields',
    build: () => Promise.resolve({ url: '/api/v1/citizens/voter-petitions/fields' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/voter-petitions',
    build: () => Promise.resolve({ url: '/api/v1/citizens/voter-petitions?field=dan_toc' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/citizens/voter-petitions',
    build: async (f, side) => ({
      url: '/api/v1/citizens/voter-petitions',
      payload: await petitionBody(f, side),
    }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/voter-petitions/report',
    build: async (f, side) => ({
      url: `/api/v1/citizens/voter-petitions/report?sessionId=${await f.petitions.sessionOf(side)}`,
    }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/voter-petitions/report.xlsx',
    build: async (f, side) => ({
      url: `/api/v1/citizens/voter-petitions/report.xlsx?sessionId=${await f.petitions.sessionOf(side)}`,
    }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/voter-petitions/:id',
    build: async (f, side) => ({
      url: `/api/v1/citizens/voter-petitions/${await f.petitions.freshPetition(side)}`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'PUT',
    route: '/api/v1/citizens/voter-petitions/:id',
    build: async (f, side) => ({
      url: `/api/v1/citizens/voter-petitions/${await f.petitions.freshPetition(side)}`,
      payload: { field: 'dan_toc', deadline: '2023-08-31' },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/citizens/voter-petitions/:id/answer',
    build: async (f, side) => ({
      url: `/api/v1/citizens/voter-petitions/${await f.petitions.freshPetition(side)}/answer`,
      payload: { documentId: (await f.freshDocument(side)).id, status: 'resolved' },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/interpellations',
    build: () => Promise.resolve({ url: '/api/v1/citizens/interpellations?status=pending' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/citizens/interpellations',
    build: async (f, side) => ({
      url: '/api/v1/citizens/interpellations',
      payload: {
        committee: (side === 'own' ? f.t : f.u).ubnd.code,
        deputyName: 'Nguyễn Đại Biểu',
        question: 'Tiến độ giải ngân?',
        responsible: await f.petitions.memberOf(side),
        questionedOn: '2023-07-05',
      },
    }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/citizens/interpellations/:id',
    build: async (f, side) => ({
      url: `/api/v1/citizens/interpellations/${await f.petitions.freshInterpellation(side)}`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/citizens/interpellations/:id/answer',
    build: async (f, side) => ({
      url: `/api/v1/citizens/interpellations/${await f.petitions.freshInterpellation(side)}/answer`,
      payload: { documentId: (await f.freshDocument(side)).id },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
];

/** Voter-petition resources for the permission matrix. */
export interface VoterPetitionFixture {
  /** A regular session of the side's HĐND (khóa of the fixture). */
  sessionOf(side: Side): Promise<number>;
  /** The Giám đốc of the side's Sở KH&ĐT, who answers questions. */
  memberOf(side: Side): Promise<number>;
  freshPetition(side: Side): Promise<number>;
  freshInterpellation(side: Side): Promise<number>;
}

/** Builds the voter-petition resources with the system actor. */
export function buildVoterPetitionFixture(
  ctx: AppContext,
  f: PermissionFixture,
): VoterPetitionFixture {
  const sessions = new Map<Side, number>();
  const members = new Map<Side, number>();
  const actor = SYSTEM_ACTOR;
  const fixture: VoterPetitionFixture = {
    async sessionOf(side) {
      const known = sessions.get(side);
      if (known !== undefined) return known;
      const termId = await f.councilTerm(side);
      const s = await createCouncilSession(ctx, {
        actor,
        input: { termId, number: 1, kind: 'regular', startsOn: '2023-06-12', endsOn: '2023-06-14' },
      });
      sessions.set(side, s.id);
      return s.id;
    },
    async memberOf(side) {
      const known = members.get(side);
      if (known !== undefined) return known;
      const personId = await f.freshPerson();
      await appointPosition(ctx, {
        actor,
        input: {
          personId,
          unit: f.ownUnit(side).id,
          title: 'Giám đốc Sở Kế hoạch và Đầu tư',
          rank: 'head',
          validFrom: '2021-01-01',
        },
      });
      members.set(side, personId);
      return personId;
    },
    async freshPetition(side) {
      return (await recordVoterPetition(ctx, { actor, input: await petitionBody(f, side) })).id;
    },
    async freshInterpellation(side) {
      return (
        await recordInterpellation(ctx, {
          actor,
          input: {
            committee: (side === 'own' ? f.t : f.u).ubnd.code,
            deputyName: 'Trần Đại Biểu',
            question: 'Câu hỏi ma trận',
            responsible: await fixture.memberOf(side),
            questionedOn: '2023-07-03',
          },
        })
      ).id;
    },
  };
  return fixture;
}
