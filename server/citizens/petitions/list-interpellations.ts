import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { parseInput } from '../../platform/validation';
import { authorize, scopePathOf } from '../../access/policy';
import { toInterpellationViews, type InterpellationView } from './interpellation-view';
import { TIMELINESS_VALUES } from './list-voter-petitions';

/** Input of listInterpellations. */
export const listInterpellationsInput = z
  .object({
    sessionId: z.coerce.number().int().positive().optional(),
    personId: z.coerce.number().int().positive().optional(),
    status: z.enum(['pending', 'answered']).optional(),
    timeliness: z.enum(TIMELINESS_VALUES).optional(),
  })
  .strict();

/** Interpellations in the caller's scope, newest questioning first, with timeliness on today. */
export async function listInterpellations(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listInterpellationsInput> },
): Promise<InterpellationView[]> {
  const data = parseInput(listInterpellationsInput, input);
  authorize(actor, 'voter_petition.read');
  const q = ctx.db.q;
  let query = q
    .selectFrom('interpellations as i')
    .innerJoin('units as c', 'c.id', 'i.committee_unit_id')
    .leftJoin('units as r', 'r.id', 'i.responsible_unit_id')
    .selectAll('i');
  const scope = scopePathOf(actor);
  if (scope !== undefined)
    query = query.where((eb) =>
      eb.or([eb('c.path', 'like', `${scope}%`), eb('r.path', 'like', `${scope}%`)]),
    );
  if (data.sessionId !== undefined) query = query.where('i.session_id', '=', data.sessionId);
  if (data.personId !== undefined)
    query = query.where('i.responsible_person_id', '=', data.personId);
  if (data.status === 'pending') query = query.where('i.answer_document_id', 'is', null);
  if (data.status === 'answered') query = query.where('i.answer_document_id', 'is not', null);
  const rows = await query.orderBy('i.questioned_on', 'desc').orderBy('i.id', 'desc').execute();
  const views = await toInterpellationViews(q, rows, ctx.clock.today());
  return data.timeliness ? views.filter((v) => v.timeliness === data.timeliness) : views;
}
