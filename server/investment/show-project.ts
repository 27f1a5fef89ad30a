import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { capitalPlanViews, type CapitalPlanView } from './capital-plan-view';
import { loadCells } from './investment-figures';
import { loadProjectScope, projectResource } from './investment-scope';
import { yearSchema } from './project-inputs';
import { projectView, type ProjectView } from './project-view';
import { sumFigures, type Figures } from './rollup-rules';
import { loadSourceTree } from './source-tree';
import type { DisbursementKind } from './tables';

/** Input of showProject. */
export const showProjectInput = z
  .object({
    projectId: z.number().int().positive(),
    /** The plan year of the figures and transactions; the report date's year by default. */
    year: yearSchema.optional(),
    at: localDateSchema.optional(),
  })
  .strict();

/** A project with every plan line, and the year's figures and transactions. */
export interface ProjectDetail extends ProjectView {
  figures: Figures & { year: number; at: string };
  /** Recurrent funds of a national target programme, never part of the figures above. */
  recurrent: Figures;
  plans: CapitalPlanView[];
  disbursements: Array<{
    id: number;
    source: { code: string; name: string };
    planYear: number;
    periodMonth: number;
    kind: DisbursementKind;
    amount: number;
    recoveredAdvance: number;
    netAmount: number;
    paidOn: string;
    voucher: string | null;
    note: string | null;
  }>;
}

/** One project as the actor may see it (its investor's or its province's scope). */
export async function showProject(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof showProjectInput> },
): Promise<ProjectDetail> {
  const data = parseInput(showProjectInput, input);
  const q = ctx.db.q;
  const scope = await loadProjectScope(q, data.projectId);
  authorize(actor, 'investment.read', projectResource(scope));
  const at = data.at ?? ctx.clock.today();
  const year = data.year ?? Number(at.slice(0, 4));
  const tree = await loadSourceTree(q, scope.provinceUnitId);
  const cells = await loadCells(q, {
    provinceUnitId: scope.provinceUnitId,
    year,
    at,
    projectIds: [scope.id],
  });
  const kind = (sourceId: number) => tree.byId.get(sourceId)?.fundingKind;
  const txs = await q
    .selectFrom('disbursements as d')
    .innerJoin('capital_sources as s', 's.id', 'd.source_id')
    .select([
      'd.id',
      's.code',
      's.name',
      'd.plan_year',
      'd.period_month',
      'd.kind',
      'd.amount',
      'd.recovered_advance',
      'd.paid_on',
      'd.voucher_ref',
      'd.note',
    ])
    .where('d.project_id', '=', scope.id)
    .where('d.plan_year', '=', year)
    .orderBy('d.paid_on')
    .orderBy('d.id')
    .execute();
  return {
    ...(await projectView(q, scope.id, at)),
    figures: {
      ...sumFigures(cells.filter((c) => kind(c.sourceId) === 'investment')),
      year,
      at,
    },
    recurrent: sumFigures(cells.filter((c) => kind(c.sourceId) === 'recurrent')),
    plans: await capitalPlanViews(q, { projectId: scope.id }),
    disbursements: txs.map((t) => ({
      id: t.id,
      source: { code: t.code, name: t.name },
      planYear: t.plan_year,
      periodMonth: t.period_month,
      kind: t.kind,
      amount: Number(t.amount),
      recoveredAdvance: Number(t.recovered_advance),
      netAmount: Number(t.amount) - Number(t.recovered_advance),
      paidOn: t.paid_on,
      voucher: t.voucher_ref,
      note: t.note,
    })),
  };
}
