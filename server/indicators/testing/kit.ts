import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR, type UserActor } from '../../platform/actor';
import { isAppError } from '../../platform/errors';
import { actorForUser } from '../../access/user-queries';
import { buildUser } from '../../testing/http';
import type { Role } from '../../access/tables';
import { createIndicator } from '../create-indicator';
import { enterIndicatorValue } from '../enter-indicator-value';
import type { createIndicatorInput } from '../indicator-inputs';
import type { z } from 'zod';

/** Creates a user and returns it as an actor signed in through a session. */
export async function userActor(
  ctx: AppContext,
  opts: { username: string; role: Role; unit: string; scope: string },
): Promise<UserActor> {
  const id = await buildUser(ctx, opts);
  const a = await actorForUser(ctx.db.q, id, 'session');
  if (!a) throw new Error('no actor');
  return a;
}

/** `CODE:field` of a refusal, or 'no error'. */
export async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);
  }
}

let seq = 0;

/** An indicator with defaults (monthly, calendar basis, sum, higher is better). */
export async function buildIndicator(
  ctx: AppContext,
  input: Partial<z.input<typeof createIndicatorInput>> & { ownerUnit: number | string },
) {
  seq += 1;
  return createIndicator(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      code: `CT.${seq}`,
      nameVi: `Chỉ tiêu thử ${seq}`,
      nameEn: `Test indicator ${seq}`,
      category: 'economy',
      unitOfMeasure: 'tỷ đồng',
      frequency: 'monthly',
      ...input,
    },
  });
}

/** Enters approved figures as the system: `values[i]` is the figure of period i + 1 of `year`. */
export async function enterSeries(
  ctx: AppContext,
  indicatorId: number,
  year: number,
  values: ReadonlyArray<number | null>,
  opts: { kind?: 'month' | 'quarter' | 'half' | 'year'; unit?: number } = {},
): Promise<void> {
  const kind = opts.kind ?? 'month';
  for (const [i, value] of values.entries()) {
    if (value === null) continue;
    const n = i + 1;
    const period =
      kind === 'month'
        ? `${year}-${String(n).padStart(2, '0')}`
        : kind === 'quarter'
          ? `${year}-Q${n}`
          : kind === 'half'
            ? `${year}-H${n}`
            : `${year}`;
    await enterIndicatorValue(ctx, {
      actor: SYSTEM_ACTOR,
      input: { indicatorId, period, value, ...(opts.unit ? { unit: opts.unit } : {}) },
    });
  }
}
