import type { MatrixRow, Pair } from '../http/permission-matrix.rows';
import { ROLES, type Role } from '../access/tables';
import type { PermissionFixture, Side } from '../testing/permission-fixture';
import { SYSTEM_ACTOR } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { registerIncomingDocument } from '../documents/record-received-document';
import { addDays } from '../../shared/dates/local-date';
import { defineRegime } from './define-regime';
import { issuePeriodicRequests } from './issue-periodic-requests';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
/** The Văn phòng UBND manages the regime and records receipts. */
const MANAGERS = ['admin', 'office'] as const;

const regimeBody = (f: PermissionFixture, side: Side) => {
  const p = side === 'own' ? f.t : f.u;
  return {
    issuer: p.ubnd.code,
    name: 'Báo cáo tình hình kinh tế - xã hội tháng',
    periodKind: 'month' as const,
    reportingUnits: [p.skhdt.code],
  };
};

/**
 * Permission-matrix rows of the periodic reports. A regime belongs to its
 * issuer (the UBND of a province) and to its reporting units: the roles
 * scoped to the Sở KH&ĐT read the regimes and requests it reports under.
 */
export const PERIODIC_REPORT_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/periodic-reports/regimes',
    build: () => Promise.resolve({ url: '/api/v1/periodic-reports/regimes' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/periodic-reports/regimes',
    build: (f, side) =>
      Promise.resolve({ url: '/api/v1/periodic-reports/regimes', payload: regimeBody(f, side) }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'PUT',
    route: '/api/v1/periodic-reports/regimes/:id',
    build: async (f, side) => ({
      url: `/api/v1/periodic-reports/regimes/${await f.periodicReports.regimeOf(side, 'update')}`,
      payload: regimeBody(f, side),
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/periodic-reports/regimes/:id/requests',
    build: async (f, side) => ({
      url: `/api/v1/periodic-reports/regimes/${await f.periodicReports.regimeOf(side, 'issue')}/requests`,
      payload: { period: f.periodicReports.nextPeriod(side, 'issue') },
    }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/periodic-reports/requests',
    build: async (f, side) => ({
      url: `/api/v1/periodic-reports/requests?regimeId=${await f.periodicReports.regimeOf(side, 'receipt')}`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/periodic-reports/requests/:id/receipt',
    build: async (f, side) => {
      const r = await f.periodicReports.freshRequest(side);
      return {
        url: `/api/v1/periodic-reports/requests/${r.requestId}/receipt`,
        payload: { documentId: r.documentId, period: r.period },
      };
    },
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/periodic-reports/timeliness',
    build: () =>
      Promise.resolve({ url: '/api/v1/periodic-reports/timeliness?from=2020-01-01&to=2023-12-31' }),
    expect: everyone(same(200)),
  },
];

type Purpose = 'update' | 'issue' | 'receipt';

/** Periodic-report resources for the permission matrix. */
export interface PeriodicReportFixture {
  /** A monthly regime of the side's UBND with its Sở KH&ĐT reporting, one per purpose. */
  regimeOf(side: Side, purpose: Purpose): Promise<number>;
  /** A month not used yet by that side and purpose (from 2020-02 on). */
  nextPeriod(side: Side, purpose: Purpose): string;
  /** A request not yet received and a matching incoming report of the Sở. */
  freshRequest(side: Side): Promise<{ requestId: number; documentId: number; period: string }>;
}

/** Builds the periodic-report resources with the system actor. */
export function buildPeriodicReportFixture(
  ctx: AppContext,
  f: PermissionFixture,
): PeriodicReportFixture {
  const regimes = new Map<string, number>();
  const months = new Map<string, number>();
  const fixture: PeriodicReportFixture = {
    async regimeOf(side, purpose) {
      const key = `${side}/${purpose}`;
      const known = regimes.get(key);
      if (known !== undefined) return known;
      const regime = await defineRegime(ctx, { actor: SYSTEM_ACTOR, input: regimeBody(f, side) });
      regimes.set(key, regime.id);
      return regime.id;
    },
    nextPeriod(side, purpose) {
      const key = `${side}/${purpose}`;
      const n = (months.get(key) ?? 0) + 1;
      months.set(key, n);
      const index = n; // 1 → 2020-02
      const year = 2020 + Math.floor(index / 12);
      const month = (index % 12) + 1;
      return `${year}-${String(month).padStart(2, '0')}`;
    },
    async freshRequest(side) {
      const period = fixture.nextPeriod(side, 'receipt');
      const issued = await issuePeriodicRequests(ctx, {
        actor: SYSTEM_ACTOR,
        input: { regimeId: await fixture.regimeOf(side, 'receipt'), period },
      });
      const request = issued.created[0];
      if (!request) throw new Error(`no request created for ${period}`);
      const p = side === 'own' ? f.t : f.u;
      const doc = await registerIncomingDocument(ctx, {
        actor: SYSTEM_ACTOR,
        input: {
          register: p.ubnd.code,
          issuer: p.skhdt.id,
          numberSymbol: `${request.id}/BC-${p.skhdt.symbolCode ?? 'SO'}`,
          summary: `Báo cáo tình hình kinh tế - xã hội ${request.periodLabel}`,
          issueDate: request.windowTo,
          arrivalDate: addDays(request.windowTo, 1),
        },
      });
      return { requestId: request.id, documentId: doc.id, period };
    },
  };
  return fixture;
}
