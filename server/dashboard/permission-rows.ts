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
 * Permission-matrix rows of the dashboards. The leader dashboard is the
 * province's: roles scoped to the province (leader, office, viewer, admin)
 * open it; unit roles are refused (theirs is the unit dashboard). It takes no
 * resource, so both sides answer alike.
 */
export const DASHBOARD_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/dashboard/leader',
    build: () => Promise.resolve({ url: '/api/v1/dashboard/leader?period=ytd' }),
    expect: only(['admin', 'office', 'leader', 'viewer'], same(200)),
  },
];
