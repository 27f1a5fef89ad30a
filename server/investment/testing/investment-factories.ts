import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { createProject } from '../create-project';
import { assignCapitalPlan } from '../assign-capital-plan';
import { recordDisbursement } from '../record-disbursement';
import type { ProjectView } from '../project-view';

let seq = 0;

/** One thousand million VND (1 tỷ đồng), to write test amounts readably. */
export const TY = 1_000_000_000;

/** A project of the province's investor unit, with a fresh code unless given. */
export async function buildProject(
  ctx: AppContext,
  opts: {
    province: number | string;
    investor: number | string;
    code?: string;
    name?: string;
    keyProject?: boolean;
  },
): Promise<ProjectView> {
  seq += 1;
  return createProject(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      province: opts.province,
      code: opts.code ?? `DA-${seq}`,
      name: opts.name ?? `Dự án thử ${seq}`,
      investor: opts.investor,
      keyProject: opts.keyProject ?? false,
    },
  });
}

/** A plan line assigned on 20/12 of the previous year unless told otherwise. */
export async function buildPlan(
  ctx: AppContext,
  opts: {
    projectId: number;
    year: number;
    source?: string;
    pm: number;
    local: number;
    assignedOn?: string;
  },
): Promise<number> {
  const plan = await assignCapitalPlan(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      projectId: opts.projectId,
      year: opts.year,
      source: opts.source ?? 'NSDP.CANDOI',
      pmAmount: opts.pm,
      localAmount: opts.local,
      assignedOn: opts.assignedOn ?? `${opts.year - 1}-12-20`,
    },
  });
  return plan.id;
}

/** A payment (or an advance) on a project's line; plan year = the date's year unless given. */
export async function pay(
  ctx: AppContext,
  opts: {
    projectId: number;
    paidOn: string;
    amount: number;
    source?: string;
    planYear?: number;
    kind?: 'advance' | 'payment';
    recovered?: number;
  },
): Promise<void> {
  await recordDisbursement(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      projectId: opts.projectId,
      source: opts.source ?? 'NSDP.CANDOI',
      kind: opts.kind ?? 'payment',
      amount: opts.amount,
      recoveredAdvance: opts.recovered ?? 0,
      paidOn: opts.paidOn,
      ...(opts.planYear ? { planYear: opts.planYear } : {}),
    },
  });
}
