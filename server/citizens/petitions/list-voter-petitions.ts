import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { parseInput } from '../../platform/validation';
import { authorize, scopePathOf } from '../../access/policy';
import { viFold } from '../../../shared/vi/text';
import { PETITION_FIELDS } from './fields';
import { PETITION_SOURCES, PETITION_STATUSES } from './tables';
import { toVoterPetitionViews, type VoterPetitionView } from './voter-petition-view';

/** Timeliness values a listing filters on. */
export const TIMELINESS_VALUES = ['on_time', 'late', 'overdue', 'in_progress'] as const;

/** Input of listVoterPetitions (every filter optional). */
export const listVoterPetitionsInput = z
  .object({
    sessionId: z.coerce.number().int().positive().optional(),
    source: z.enum(PETITION_SOURCES).optional(),
    field: z.enum(PETITION_FIELDS).optional(),
    status: z.enum(PETITION_STATUSES).optional(),
    unitId: z.coerce.number().int().positive().optional(),
    timeliness: z.enum(TIMELINESS_VALUES).optional(),
    /** Words of the content, locality or source (diacritics-insensitive). */
    q: z.string().trim().max(200).optional(),
  })
  .strict();

/**
 * Voter petitions in the caller's scope (the answering UBND's or the assigned
 * unit's), by session, field and receipt, with their status and timeliness
 * on today.
 */
export async function listVoterPetitions(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listVoterPetitionsInput> },
): Promise<VoterPetitionView[]> {
  const data = parseInput(listVoterPetitionsInput, input);
  authorize(actor, 'voter_petition.read');
  const q = ctx.db.q;
  let query = q
    .selectFrom('voter_petitions as p')
    .innerJoin('units as c', 'c.id', 'p.committee_unit_id')
    .innerJoin('units as a', 'a.id', 'p.assigned_unit_id')
    .selectAll('p');
  const scope = scopePathOf(actor);
  if (scope !== undefined)
    query = query.where((eb) =>
      eb.or([eb('c.path', 'like', `${scope}%`), eb('a.path', 'like', `${scope}%`)]),
    );
  if (data.sessionId !== undefined) query = query.where('p.session_id', '=', data.sessionId);
  if (data.source !== undefined) query = query.where('p.source', '=', data.source);
  if (data.field !== undefined) query = query.where('p.field', '=', data.field);
  if (data.status !== undefined) query = query.where('p.status', '=', data.status);
  if (data.unitId !== undefined) query = query.where('p.assigned_unit_id', '=', data.unitId);
  if (data.q) query = query.where('p.search_text', 'like', `%${viFold(data.q)}%`);
  const rows = await query.orderBy('p.received_on', 'desc').orderBy('p.id', 'desc').execute();
  const views = await toVoterPetitionViews(q, rows, ctx.clock.today());
  return data.timeliness ? views.filter((v) => v.timeliness === data.timeliness) : views;
}
