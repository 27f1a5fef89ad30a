import type { MatrixRow, Pair } from '../http/permission-matrix.rows';
import { ROLES, type Role } from '../access/tables';

const everyone = (ok: Pair) => Object.fromEntries(ROLES.map((r) => [r, ok])) as Record<Role, Pair>;

/**
 * Permission-matrix rows of the global search: every signed-in role may search; each kind is
 * limited inside the use case to what the role may read in its scope.
 */
export const SEARCH_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/search',
    build: () => Promise.resolve({ url: '/api/v1/search?q=ke%20hoach%20dau%20tu' }),
    expect: everyone([200, 200]),
  },
];
