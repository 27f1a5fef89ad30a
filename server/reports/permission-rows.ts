import type { MatrixRow, Pair } from '../http/permission-matrix.rows';
import { ROLES, type Role } from '../access/tables';
import type { PermissionFixture, Side } from '../testing/permission-fixture';
import { multipart } from '../testing/http';
import { SYSTEM_ACTOR } from '../platform/actor';
import type { AppContext } from '../platform/context';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
/** A province's reports belong to its UBND: a Sở's roles (scoped to the Sở) do not see them. */
const provinceRoles = (ok: Pair) => only(['admin', 'leader', 'office', 'viewer'], ok);
const province = (f: PermissionFixture, side: Side) => (side === 'own' ? f.t : f.u);

/** One approved indicator series per fixture and side (the annex needs figures, not a fresh one each call). */
const indicatorOf = new WeakMap<PermissionFixture, Partial<Record<Side, Promise<unknown>>>>();
function indicatorWithFigures(f: PermissionFixture, side: Side): Promise<unknown> {
  const memo = indicatorOf.get(f) ?? {};
  indicatorOf.set(f, memo);
  return (memo[side] ??= f.indicators.freshIndicator(side, { red: true }));
}

/** Matrix rows of the XLSX annexes (server/reports/annexes/routes.ts). */
const ANNEX_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/reports/annexes/tasks',
    // Scope-filtered like the task statistics: each role prints the tasks it may see.
    build: async (f) => {
      await f.tasks.freshTask('own');
      return { url: '/api/v1/reports/annexes/tasks?at=2023-07-10&by=unit' };
    },
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/reports/annexes/disbursement',
    build: async (f, side) => {
      await f.investment.freshPlannedProject(side);
      return {
        url: `/api/v1/reports/annexes/disbursement?province=${f.investment.province(side)}&year=2023&at=2023-07-10`,
      };
    },
    expect: provinceRoles([200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/reports/annexes/indicators',
    build: async (f, side) => {
      await indicatorWithFigures(f, side);
      return {
        url: `/api/v1/reports/annexes/indicators?province=${province(f, side).province.id}&year=2023&period=2023-06`,
      };
    },
    expect: provinceRoles([200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/reports/annexes/register',
    // The register of the side's Sở KH&ĐT: in every role's scope on the own side.
    build: async (f, side) => {
      await f.freshDocument(side);
      return {
        url: `/api/v1/reports/annexes/register?direction=outgoing&from=2023-07-01&to=2023-07-31&register=${f.ownUnit(side).id}`,
      };
    },
    expect: everyone([200, 403]),
  },
];

/** Permission-matrix rows of the report routes. */
export const REPORT_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/reports',
    build: () => Promise.resolve({ url: '/api/v1/reports' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/reports',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/reports',
        payload: {
          template: 'ad-hoc',
          kind: 'thematic',
          year: 2023,
          issuer: province(f, side).ubnd.id,
          signingAuthority: 'TM',
        },
      }),
    expect: only(['admin', 'office'], [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/reports/:id',
    build: async (f, side) => ({ url: `/api/v1/reports/${await f.reports.freshReport(side)}` }),
    expect: provinceRoles([200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/reports/:id/content',
    build: async (f, side) => ({
      url: `/api/v1/reports/${await f.reports.freshReport(side)}/content`,
    }),
    expect: provinceRoles([200, 403]),
  },
  {
    method: 'PUT',
    route: '/api/v1/reports/:id/narratives/:blockKey',
    build: async (f, side) => ({
      url: `/api/v1/reports/${await f.reports.freshReport(side)}/narratives/body`,
      payload: { text: 'Nội dung đã sửa.' },
    }),
    expect: only(['admin', 'office'], [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/reports/:id/export',
    build: async (f, side) => ({
      url: `/api/v1/reports/${await f.reports.freshReport(side)}/export?format=json`,
    }),
    expect: provinceRoles([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/reports/:id/issue',
    build: async (f, side) => ({
      url: `/api/v1/reports/${await f.reports.freshReport(side)}/issue`,
    }),
    expect: only(['admin', 'office'], [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/reports/:id/signed',
    build: async (f, side) => ({
      url: `/api/v1/reports/${await f.reports.freshReport(side, { issued: true })}/signed`,
      ...multipart({}, { name: 'bc-ky-so.pdf', bytes: Buffer.from('%PDF-1.7\n%%EOF\n') }),
    }),
    expect: only(['admin', 'office'], [201, 403]),
  },
  ...ANNEX_MATRIX,
];

/** Reports for the permission matrix on either side of every scope. */
export interface ReportFixture {
  freshReport(side: Side, opts?: { issued?: boolean }): Promise<number>;
}

/** Builds report resources with the system actor. */
export function buildReportFixture(ctx: AppContext, f: PermissionFixture): ReportFixture {
  return {
    async freshReport(side, opts = {}) {
      const { createReport } = await import('./manage-reports');
      const { issueReport } = await import('./issue-report');
      const r = await createReport(ctx, {
        actor: SYSTEM_ACTOR,
        input: {
          template: 'ad-hoc',
          kind: 'thematic',
          year: 2023,
          issuer: province(f, side).ubnd.id,
        },
      });
      if (opts.issued) await issueReport(ctx, { actor: SYSTEM_ACTOR, input: { reportId: r.id } });
      return r.id;
    },
  };
}
