import type { MatrixRow, Pair } from '../http/permission-matrix.rows';
import { ROLES, type Role } from '../access/tables';
import type { PermissionFixture, Side } from '../testing/permission-fixture';
import { SYSTEM_ACTOR } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { runEvaluation } from './run-evaluation';
import { RULE_SETS } from './rule-sets';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
/** The Văn phòng UBND runs evaluations and sets the weights. */
const ORGANISERS = ['admin', 'office'] as const;
const provinceCode = (f: PermissionFixture, side: Side) =>
  (side === 'own' ? f.t : f.u).province.code;

/**
 * Permission-matrix rows of the evaluation routes. A run belongs to its
 * province and to each unit it evaluates: the Sở KH&ĐT's own roles read their
 * Sở's lines of an own-side run. Weights and list thresholds are
 * installation settings.
 */
export const EVALUATION_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/evaluation/weights',
    build: () => Promise.resolve({ url: '/api/v1/evaluation/weights?year=2023' }),
    expect: everyone(same(200)),
  },
  {
    method: 'PUT',
    route: '/api/v1/evaluation/weights',
    build: () =>
      Promise.resolve({
        url: '/api/v1/evaluation/weights',
        payload: { year: 2023, weights: RULE_SETS[0]?.defaultWeights },
      }),
    expect: only(ORGANISERS, same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/evaluation/list-thresholds',
    build: () => Promise.resolve({ url: '/api/v1/evaluation/list-thresholds?year=2023' }),
    expect: everyone(same(200)),
  },
  {
    method: 'PUT',
    route: '/api/v1/evaluation/list-thresholds',
    build: () =>
      Promise.resolve({
        url: '/api/v1/evaluation/list-thresholds',
        payload: { year: 2023, thresholds: RULE_SETS[0]?.lists },
      }),
    expect: only(ORGANISERS, same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/evaluation/runs',
    build: (f, side) =>
      Promise.resolve({ url: `/api/v1/evaluation/runs?province=${provinceCode(f, side)}` }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/evaluation/runs',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/evaluation/runs',
        payload: { province: provinceCode(f, side), year: 2023, half: 1 },
      }),
    expect: only(ORGANISERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/evaluation/runs/:id',
    build: async (f, side) => ({
      url: `/api/v1/evaluation/runs/${await f.evaluation.runOf(side)}`,
    }),
    expect: everyone([200, 403]),
  },
];

/** Evaluation runs for the permission matrix, one per side (runs are never changed). */
export interface EvaluationFixture {
  runOf(side: Side): Promise<number>;
}

/** Builds evaluation resources with the system actor. */
export function buildEvaluationFixture(ctx: AppContext, f: PermissionFixture): EvaluationFixture {
  const runs = new Map<Side, number>();
  return {
    async runOf(side) {
      const known = runs.get(side);
      if (known !== undefined) return known;
      const run = await runEvaluation(ctx, {
        actor: SYSTEM_ACTOR,
        input: { province: provinceCode(f, side), year: 2023, half: 1 },
      });
      runs.set(side, run.id);
      return run.id;
    },
  };
}
