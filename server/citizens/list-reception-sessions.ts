import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { RECEPTION_LEADER_KINDS } from '../../shared/citizens/reception';
import { loadLegalContext } from './legal-context';
import { loadReceptionSession, sessionRow } from './reception-session-queries';
import { toReceptionSessionViews, type ReceptionSessionView } from './reception-session-view';
import { RECEPTION_SESSION_KINDS } from './tables';

/** Filters of listReceptionSessions. */
export const listReceptionSessionsInput = z
  .object({
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    leaderPersonId: z.coerce.number().int().positive().optional(),
    leaderKind: z.enum(RECEPTION_LEADER_KINDS).optional(),
    kind: z.enum(RECEPTION_SESSION_KINDS).optional(),
    unitId: z.coerce.number().int().positive().optional(),
  })
  .strict();

/** Reception sessions in the actor's scope, by date. */
export async function listReceptionSessions(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listReceptionSessionsInput> },
): Promise<ReceptionSessionView[]> {
  const data = parseInput(listReceptionSessionsInput, input);
  authorize(actor, 'citizen.read');
  const q = ctx.db.q;
  const scope = scopePathOf(actor);
  let query = q
    .selectFrom('citizen_reception_sessions as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .selectAll('s');
  if (scope) query = query.where('u.path', 'like', `${scope}%`);
  if (data.from) query = query.where('s.session_date', '>=', data.from);
  if (data.to) query = query.where('s.session_date', '<=', data.to);
  if (data.leaderPersonId) query = query.where('s.leader_person_id', '=', data.leaderPersonId);
  if (data.leaderKind) query = query.where('s.leader_kind', '=', data.leaderKind);
  if (data.kind) query = query.where('s.kind', '=', data.kind);
  if (data.unitId) query = query.where('s.unit_id', '=', data.unitId);
  const rows = await query
    .orderBy('s.session_date')
    .orderBy('s.start_time')
    .orderBy('s.id')
    .execute();
  return toReceptionSessionViews(q, rows, await loadLegalContext(q), ctx.clock.today());
}

/** One reception session (in the actor's scope). */
export async function getReceptionSession(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: { sessionId: number } },
): Promise<ReceptionSessionView> {
  const q = ctx.db.q;
  const row = await loadReceptionSession(q, input.sessionId);
  authorize(actor, 'citizen.read', { unitPaths: [row.unit_path] });
  const [view] = await toReceptionSessionViews(
    q,
    [sessionRow(row)],
    await loadLegalContext(q),
    row.session_date,
  );
  if (!view) throw new Error(`reception session ${row.id} vanished`);
  return view;
}
