import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { viFold } from '../../shared/vi/text';
import { addDays } from '../../shared/dates/local-date';
import { CASE_CLASSIFICATIONS } from '../../shared/citizens/case-number';
import { loadLegalContext } from './legal-context';
import { loadCase } from './case-access';
import { casePersonViewSchema, readPersonsAudited, type CasePersonView } from './case-persons';
import { caseViewSchema, toCaseViews, type CaseView } from './case-view';
import { CASE_CHANNELS, CASE_STATUSES } from './tables';

/**
 * A step due within this many days is "near its deadline" (sắp đến hạn): the
 * same window as the `dueSoon` flag of each step (taskStatusAt's default).
 */
export const CASE_DUE_SOON_DAYS = 5;

/** Filters of listCases. */
export const listCasesInput = z
  .object({
    classification: z.enum(CASE_CLASSIFICATIONS).optional(),
    channel: z.enum(CASE_CHANNELS).optional(),
    status: z.enum(CASE_STATUSES).optional(),
    /** `overdue`: an open step past its due date today. */
    overdue: z.boolean().optional(),
    /** `dueSoon`: an open case with an open step due today or within the next {@link CASE_DUE_SOON_DAYS} days. */
    dueSoon: z.boolean().optional(),
    unitId: z.coerce.number().int().positive().optional(),
    receptionSessionId: z.coerce.number().int().positive().optional(),
    /** Cases the caller handles. */
    mine: z.boolean().optional(),
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    /** Words of the number or the summary (diacritics ignored). */
    q: z.string().trim().max(200).optional(),
    /**
     * Include the protected persons of the cases the caller is assigned to
     * handle (each read audited); other cases never carry them.
     */
    includePersons: z.boolean().optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** A listed case; `personDetails` only when asked by its handler (else null). */
export const caseListItemSchema = caseViewSchema.extend({
  personDetails: z.array(casePersonViewSchema).nullable(),
});
export const caseListSchema = z.object({
  total: z.number().int(),
  items: z.array(caseListItemSchema),
});
export type CaseList = z.infer<typeof caseListSchema>;

/**
 * Cases in the actor's scope (received by or assigned to a unit of it),
 * newest first, without personal fields unless the caller handles the case
 * and asks for them (`includePersons`).
 */
export async function listCases(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listCasesInput> },
): Promise<CaseList> {
  const data = parseInput(listCasesInput, input);
  authorize(actor, 'citizen.read');
  const q = ctx.db.q;
  const today = ctx.clock.today();
  const scope = scopePathOf(actor);
  let query = q
    .selectFrom('citizen_cases as c')
    .innerJoin('units as r', 'r.id', 'c.receiving_unit_id')
    .leftJoin('units as a', 'a.id', 'c.unit_id');
  if (scope)
    query = query.where((eb) =>
      eb.or([eb('r.path', 'like', `${scope}%`), eb('a.path', 'like', `${scope}%`)]),
    );
  if (data.classification) query = query.where('c.classification', '=', data.classification);
  if (data.channel) query = query.where('c.channel', '=', data.channel);
  if (data.status) query = query.where('c.status', '=', data.status);
  if (data.unitId) query = query.where('c.unit_id', '=', data.unitId);
  if (data.receptionSessionId)
    query = query.where('c.reception_session_id', '=', data.receptionSessionId);
  if (data.from) query = query.where('c.received_on', '>=', data.from);
  if (data.to) query = query.where('c.received_on', '<=', data.to);
  if (data.q) query = query.where('c.search_text', 'like', `%${viFold(data.q)}%`);
  if (data.overdue)
    query = query
      .where('c.status', '=', 'open')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('citizen_case_steps as s')
            .select('s.id')
            .whereRef('s.case_id', '=', 'c.id')
            .where('s.completed_on', 'is', null)
            .where('s.due_date', '<', today),
        ),
      );
  if (data.dueSoon)
    query = query
      .where('c.status', '=', 'open')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('citizen_case_steps as s')
            .select('s.id')
            .whereRef('s.case_id', '=', 'c.id')
            .where('s.completed_on', 'is', null)
            .where('s.due_date', '>=', today)
            .where('s.due_date', '<=', addDays(today, CASE_DUE_SOON_DAYS)),
        ),
      );
  if (data.mine)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('citizen_case_handlers as h')
          .select('h.case_id')
          .whereRef('h.case_id', '=', 'c.id')
          .where('h.user_id', '=', actor.kind === 'user' ? actor.userId : -1),
      ),
    );
  const total = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('c')
    .orderBy('c.received_on', 'desc')
    .orderBy('c.id', 'desc')
    .limit(data.limit)
    .offset(data.offset)
    .execute();
  const legal = await loadLegalContext(q);
  const views = await toCaseViews(q, rows, legal, today);
  const persons = data.includePersons
    ? await handledPersons(ctx, actor, views)
    : new Map<number, CasePersonView[]>();
  return {
    total: Number(total.n),
    items: views.map((v) => ({ ...v, personDetails: persons.get(v.id) ?? null })),
  };
}

async function handledPersons(
  ctx: AppContext,
  actor: Actor,
  views: readonly CaseView[],
): Promise<Map<number, CasePersonView[]>> {
  if (actor.kind !== 'user') return new Map();
  const handled = views
    .filter((v) => v.persons.erasedOn === null && v.handlers.some((h) => h.userId === actor.userId))
    .map((v) => v.id);
  return ctx.db.write((tx) =>
    readPersonsAudited(ctx, tx, actor, handled, { kind: 'handler', via: 'list' }),
  );
}

/** One case in the actor's scope, without personal fields. */
export async function getCase(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: { caseId: number } },
): Promise<CaseView> {
  const q = ctx.db.q;
  const c = await loadCase(q, input.caseId);
  authorize(actor, 'citizen.read', { unitPaths: c.unitPaths });
  const { unitPaths: _paths, ...row } = c;
  const [view] = await toCaseViews(q, [row], await loadLegalContext(q), ctx.clock.today());
  if (!view) throw new Error(`case ${c.id} vanished`);
  return view;
}
