import { ROLES, type Role } from '../access/tables';
import type { MatrixRow, Pair } from '../http/permission-matrix.rows';
import { multipart } from '../testing/http';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
const MANAGERS = ['admin', 'office'] as const;
/** The office and the investor's own staff enter disbursements. */
const DISBURSERS = ['admin', 'office', 'unit_leader', 'unit_staff'] as const;
/** Provincial aggregates need the province in scope: not the unit-scoped roles. */
const PROVINCE_READERS = ['admin', 'leader', 'office', 'viewer'] as const;

/**
 * Permission-matrix rows of the investment routes. A project belongs to its
 * investor (the side's Sở KH&ĐT, the unit-scoped roles' own unit) and to its
 * province; provincial aggregates belong to the province.
 */
export const INVESTMENT_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/investment/capital-sources',
    build: (f, side) =>
      Promise.resolve({
        url: `/api/v1/investment/capital-sources?province=${f.investment.province(side)}`,
      }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/investment/capital-sources',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/investment/capital-sources',
        payload: {
          province: f.investment.province(side),
          parent: 'NSDP.TSDD',
          code: `NSDP.TSDD.${f.investment.nextCode().replace('-', '')}`,
          name: 'Tiền sử dụng đất cấp huyện',
        },
      }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/investment/projects',
    build: (f, side) =>
      Promise.resolve({
        url: `/api/v1/investment/projects?province=${f.investment.province(side)}&q=du+an`,
      }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/investment/projects',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/investment/projects',
        payload: {
          province: f.investment.province(side),
          code: f.investment.nextCode(),
          name: 'Dự án ma trận',
          investor: f.ownUnit(side).id,
        },
      }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/investment/projects/:id',
    build: async (f, side) => ({
      url: `/api/v1/investment/projects/${(await f.investment.freshPlannedProject(side)).id}`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'PATCH',
    route: '/api/v1/investment/projects/:id',
    build: async (f, side) => ({
      url: `/api/v1/investment/projects/${(await f.investment.freshProject(side)).id}`,
      payload: { name: 'Dự án đổi tên', keyProject: true },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'DELETE',
    route: '/api/v1/investment/projects/:id',
    build: async (f, side) => ({
      url: `/api/v1/investment/projects/${(await f.investment.freshProject(side)).id}`,
    }),
    expect: only(MANAGERS, [204, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/investment/projects/:id/capital-plans',
    build: async (f, side) => ({
      url: `/api/v1/investment/projects/${(await f.investment.freshProject(side)).id}/capital-plans`,
      payload: {
        year: 2023,
        source: 'NSDP.XSKT',
        pmAmount: 5_000_000_000,
        localAmount: 6_000_000_000,
        assignedOn: '2022-12-20',
      },
    }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/investment/capital-plans/:id/adjustments',
    build: async (f, side) => ({
      url: `/api/v1/investment/capital-plans/${(await f.investment.freshPlannedProject(side)).planId}/adjustments`,
      payload: {
        adjustedOn: '2023-06-15',
        pmAmount: 80_000_000_000,
        localAmount: 90_000_000_000,
        reason: 'Điều chuyển vốn',
      },
    }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/investment/projects/:id/disbursements',
    build: async (f, side) => ({
      url: `/api/v1/investment/projects/${(await f.investment.freshPlannedProject(side)).id}/disbursements`,
      payload: {
        source: 'NSDP.CANDOI',
        kind: 'payment',
        amount: 1_000_000_000,
        paidOn: '2023-07-05',
      },
    }),
    expect: only(DISBURSERS, [201, 403]),
  },
  {
    method: 'PUT',
    route: '/api/v1/investment/targets/:year',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/investment/targets/2023',
        payload: {
          province: f.investment.province(side),
          rate: 95,
          sourceText: 'phấn đấu tỷ lệ giải ngân năm 2023 đạt tối thiểu 95% kế hoạch',
        },
      }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/investment/dashboard',
    build: (f, side) =>
      Promise.resolve({
        url: `/api/v1/investment/dashboard?province=${f.investment.province(side)}&at=2023-07-10`,
      }),
    expect: only(PROVINCE_READERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/investment/rates',
    build: (f, side) =>
      Promise.resolve({
        url: `/api/v1/investment/rates?province=${f.investment.province(side)}&by=investor`,
      }),
    expect: only(PROVINCE_READERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/investment/reporting-dates',
    build: () => Promise.resolve({ url: '/api/v1/investment/reporting-dates?at=2023-07-10' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/investment/import/capital-plans',
    build: async (f, side) => ({
      url: '/api/v1/investment/import/capital-plans',
      ...multipart(
        { province: String(f.investment.province(side)) },
        { name: 'ke-hoach-von.xlsx', bytes: await f.investment.planBook(side) },
      ),
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/investment/import/disbursements',
    build: async (f, side) => ({
      url: '/api/v1/investment/import/disbursements',
      ...multipart(
        { province: String(f.investment.province(side)) },
        { name: 'giai-ngan.xlsx', bytes: await f.investment.disbursementBook(side) },
      ),
    }),
    expect: only(DISBURSERS, [200, 403]),
  },
];
