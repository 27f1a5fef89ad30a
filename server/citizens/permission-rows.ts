import type { MatrixRow, Pair } from '../http/permission-matrix.rows';
import { ROLES, type Role } from '../access/tables';
import type { PermissionFixture, Side } from '../testing/permission-fixture';
import { SYSTEM_ACTOR } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { addDays } from '../../shared/dates/local-date';
import type { CaseClassification } from '../../shared/citizens/case-number';
import {
  scheduleReceptionSession,
  type ScheduleReceptionSessionInput,
} from './schedule-reception-session';
import { receiveCase } from './receive-case';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
/** The Văn phòng UBND (Ban tiếp công dân) receives cases and keeps the reception calendar. */
const MANAGERS = ['admin', 'office'] as const;
const B = '/api/v1/citizens';

/**
 * Permission-matrix rows of citizens' reception and cases. The fixture's
 * sessions and cases belong to the side's Sở KH&ĐT (every role's scope on the
 * own side). The own side's case is handled by every role's user, so each
 * reads its persons; the other side's has no handler.
 */
export const CITIZEN_CASE_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: `${B}/reception-sessions`,
    build: () => Promise.resolve({ url: `${B}/reception-sessions?from=2023-01-01` }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: `${B}/reception-sessions`,
    build: async (f, side) => ({
      url: `${B}/reception-sessions`,
      payload: await f.citizenCases.sessionBody(side),
    }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: `${B}/reception-sessions/:id`,
    build: async (f, side) => ({
      url: `${B}/reception-sessions/${await f.citizenCases.session(side)}`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'PUT',
    route: `${B}/reception-sessions/:id`,
    build: async (f, side) => ({
      url: `${B}/reception-sessions/${await f.citizenCases.session(side)}`,
      payload: { held: true, personsReceived: 4, casesReceived: 2 },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'DELETE',
    route: `${B}/reception-sessions/:id`,
    build: async (f, side) => ({
      url: `${B}/reception-sessions/${await f.citizenCases.freshSession(side)}`,
    }),
    expect: only(MANAGERS, [204, 403]),
  },
  {
    method: 'GET',
    route: `${B}/reception-compliance`,
    build: () =>
      Promise.resolve({ url: `${B}/reception-compliance?fromMonth=2023-01&toMonth=2023-06` }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: `${B}/cases`,
    build: () => Promise.resolve({ url: `${B}/cases?includePersons=true` }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: `${B}/cases`,
    build: (f, side) =>
      Promise.resolve({ url: `${B}/cases`, payload: caseBody(f, side, 'petition') }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: `${B}/cases/:id`,
    build: async (f, side) => ({ url: `${B}/cases/${await f.citizenCases.caseOf(side)}` }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: `${B}/cases/:id/assignment`,
    build: async (f, side) => ({
      url: `${B}/cases/${await f.citizenCases.freshCase(side, 'petition')}/assignment`,
      payload: { unit: f.ownUnit(side).code, handlers: [] },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: `${B}/cases/:id/steps/:step/complete`,
    build: async (f, side) => ({
      url: `${B}/cases/${await f.citizenCases.freshCase(side, 'feedback')}/steps/reception.notify_citizen/complete`,
      payload: { completedOn: '2023-07-10' },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: `${B}/cases/:id/steps/:step/extend`,
    build: async (f, side) => ({
      url: `${B}/cases/${await f.citizenCases.freshCase(side, 'denunciation')}/steps/denunciation.initial_handling/extend`,
      payload: { days: 3, decidedOn: '2023-07-10' },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: `${B}/cases/:id/close`,
    build: async (f, side) => ({
      url: `${B}/cases/${await f.citizenCases.freshCase(side, 'feedback')}/close`,
      payload: { closedOn: '2023-07-10', outcome: 'Đã trả lời công dân' },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'GET',
    route: `${B}/cases/:id/persons`,
    build: async (f, side) => ({ url: `${B}/cases/${await f.citizenCases.caseOf(side)}/persons` }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: `${B}/cases/:id/persons/break-glass`,
    build: async (f, side) => ({
      url: `${B}/cases/${await f.citizenCases.caseOf(side)}/persons/break-glass`,
      payload: { reason: 'Thanh tra tỉnh yêu cầu xác minh theo văn bản số 12/TTr' },
    }),
    expect: only(['admin'], [200, 403]),
  },
];

function caseBody(f: PermissionFixture, side: Side, classification: CaseClassification) {
  return {
    receivedOn: '2023-07-10',
    channel: 'post' as const,
    classification,
    receivingUnit: f.ownUnit(side).code,
    summary: `Đơn ma trận (${classification})`,
    persons: [{ fullName: 'Trần Thị Thử', phone: '0900000000' }],
  };
}

/** Citizens' reception and case resources for the permission matrix. */
export interface CitizenCaseFixture {
  sessionBody(side: Side): Promise<ScheduleReceptionSessionInput>;
  /** One session per side, reused. */
  session(side: Side): Promise<number>;
  freshSession(side: Side): Promise<number>;
  /** One case per side, reused; the own side's is handled by every role's user. */
  caseOf(side: Side): Promise<number>;
  freshCase(side: Side, classification: CaseClassification): Promise<number>;
}

/** Builds the citizens' resources with the system actor. */
export function buildCitizenCaseFixture(ctx: AppContext, f: PermissionFixture): CitizenCaseFixture {
  const sessions = new Map<Side, number>();
  const cases = new Map<Side, number>();
  const fixture: CitizenCaseFixture = {
    async sessionBody(side) {
      const date = f.nextDate();
      return {
        leader: await f.freshPerson(),
        leaderKind: 'agency_head' as const,
        unit: f.ownUnit(side).code,
        date,
        publishedOn: addDays(date, -14),
      };
    },
    async session(side) {
      const known = sessions.get(side);
      if (known !== undefined) return known;
      const id = await fixture.freshSession(side);
      sessions.set(side, id);
      return id;
    },
    async freshSession(side) {
      const body = await fixture.sessionBody(side);
      return (await scheduleReceptionSession(ctx, { actor: SYSTEM_ACTOR, input: body })).id;
    },
    async caseOf(side) {
      const known = cases.get(side);
      if (known !== undefined) return known;
      const c = await receiveCase(ctx, {
        actor: SYSTEM_ACTOR,
        input: {
          ...caseBody(f, side, 'denunciation'),
          handlers: side === 'own' ? Object.values(f.userIds) : [],
        },
      });
      cases.set(side, c.id);
      return c.id;
    },
    async freshCase(side, classification) {
      return (
        await receiveCase(ctx, { actor: SYSTEM_ACTOR, input: caseBody(f, side, classification) })
      ).id;
    },
  };
  return fixture;
}
