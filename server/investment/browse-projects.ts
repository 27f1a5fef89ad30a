import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { viFold } from '../../shared/vi/text';
import { loadCells } from './investment-figures';
import { resolveProvince } from './investment-scope';
import { unitRefSchema, yearSchema } from './project-inputs';
import { PROJECT_COLUMNS, toProjectViews, type ProjectView } from './project-view';
import { sumFigures, type Figures } from './rollup-rules';
import { loadSourceTree, resolveSource } from './source-tree';
import { PROGRAMMES } from './tables';

/** Filters of the project list (all optional). */
export const browseProjectsInput = z
  .object({
    province: unitRefSchema.optional(),
    /** Projects of one investor unit (chủ đầu tư), by id. */
    investorId: z.number().int().positive().optional(),
    /** Projects with a plan line from this source or any source under it (code). */
    source: z.string().trim().min(1).max(60).optional(),
    /** Projects funded by one of the 3 national target programmes. */
    programme: z.enum(PROGRAMMES).optional(),
    keyProject: z.boolean().optional(),
    /** Words of the code, name, location or investor, diacritics-insensitive. */
    q: z.string().max(200).optional(),
    /** The plan year whose figures each item carries; the report date's year by default. */
    year: yearSchema.optional(),
    /** The report date of the figures; the product's today by default. */
    at: localDateSchema.optional(),
    limit: z.number().int().min(1).max(1000).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

/** A project of the list with its plan and disbursement for the year (public investment capital). */
export interface ProjectListItem extends ProjectView {
  figures: Figures & { year: number; at: string };
}

/**
 * The projects of a province the actor may see (its scope: every project of
 * the province, or an investor's own), filtered by investor, capital source,
 * programme, key-project flag and words, in Vietnamese name order, one page
 * and the total, each with its plan and disbursement for the year.
 */
export async function browseProjects(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof browseProjectsInput> },
): Promise<{ items: ProjectListItem[]; total: number }> {
  const f = parseInput(browseProjectsInput, input);
  authorize(actor, 'investment.read');
  const q = ctx.db.q;
  const at = f.at ?? ctx.clock.today();
  const year = f.year ?? Number(at.slice(0, 4));
  const province = await resolveProvince(q, f.province, at);
  const tree = await loadSourceTree(q, province.id);
  let query = q
    .selectFrom('investment_projects as p')
    .innerJoin('units as inv', 'inv.id', 'p.investor_unit_id')
    .innerJoin('units as prov', 'prov.id', 'p.province_unit_id')
    .where('p.province_unit_id', '=', province.id);
  const scope = scopePathOf(actor);
  if (scope)
    query = query.where((eb) =>
      eb.or([eb('inv.path', 'like', `${scope}%`), eb('prov.path', 'like', `${scope}%`)]),
    );
  if (f.investorId !== undefined) query = query.where('p.investor_unit_id', '=', f.investorId);
  if (f.keyProject !== undefined) query = query.where('p.key_project', '=', f.keyProject ? 1 : 0);
  if (f.q)
    for (const w of viFold(f.q).split(' ').filter(Boolean))
      query = query.where('p.search_text', 'like', `%${w.replace(/[%_]/g, '')}%`);
  const sourceIds: number[] = [];
  if (f.source) {
    const node = resolveSource(tree, f.source, { field: 'source' });
    sourceIds.push(...tree.nodes.filter((n) => n.path.startsWith(node.path)).map((n) => n.id));
  }
  if (f.programme) {
    const programme = f.programme;
    const ids = tree.nodes.filter((n) => n.programme === programme).map((n) => n.id);
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('capital_plans as cpp')
          .select(sql`1`.as('one'))
          .whereRef('cpp.project_id', '=', 'p.id')
          .where('cpp.source_id', 'in', ids),
      ),
    );
  }
  if (f.source)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('capital_plans as cps')
          .select(sql`1`.as('one'))
          .whereRef('cps.project_id', '=', 'p.id')
          .where('cps.source_id', 'in', sourceIds),
      ),
    );
  const { n } = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select(PROJECT_COLUMNS)
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const views = await toProjectViews(q, rows, at);
  const cells = await loadCells(q, {
    provinceUnitId: province.id,
    year,
    at,
    projectIds: rows.map((r) => r.id),
  });
  const investment = cells.filter((c) => tree.byId.get(c.sourceId)?.fundingKind === 'investment');
  return {
    items: views.map((v) => ({
      ...v,
      figures: {
        ...sumFigures(investment.filter((c) => c.projectId === v.id)),
        year,
        at,
      },
    })),
    total: Number(n),
  };
}
