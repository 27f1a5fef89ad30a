import { ROLES, type Role } from '../access/tables';
import type { MatrixRow, Pair } from '../http/permission-matrix.rows';

const everyone = (ok: Pair) => Object.fromEntries(ROLES.map((r) => [r, ok])) as Record<Role, Pair>;

/**
 * The unit dashboard: every role reads the dashboard of a unit in its scope
 * (the fixture's own Sở KH&ĐT) and is refused that of a unit outside it.
 */
export const UNIT_DASHBOARD_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/dashboard/unit',
    build: (f, side) =>
      Promise.resolve({ url: `/api/v1/dashboard/unit?unitId=${f.ownUnit(side).id}` }),
    expect: everyone([200, 403]),
  },
];
