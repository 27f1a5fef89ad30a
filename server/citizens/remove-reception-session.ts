import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { deleteLeaderEvent } from '../leader-calendar/event-queries';
import { loadLegalContext } from './legal-context';
import { loadReceptionSession, sessionRow } from './reception-session-queries';
import { toReceptionSessionViews } from './reception-session-view';

/** Input of removeReceptionSession. */
export const removeReceptionSessionInput = z
  .object({ sessionId: z.number().int().positive() })
  .strict();

/**
 * Removes a session entered by mistake, with its leaders' calendar entry. A
 * session to which cases were linked stays (record it as not held instead).
 */
export async function removeReceptionSession(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof removeReceptionSessionInput> },
): Promise<void> {
  const data = parseInput(removeReceptionSessionInput, input);
  await ctx.db.write(async (tx) => {
    const before = await loadReceptionSession(tx, data.sessionId);
    authorize(actor, 'citizen.manage', { unitPaths: [before.unit_path] });
    const linked = await tx
      .selectFrom('citizen_cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reception_session_id', '=', before.id)
      .executeTakeFirstOrThrow();
    if (Number(linked.n) > 0)
      throw new AppError('CITIZEN_RECEPTION_HAS_CASES', {
        field: 'sessionId',
        params: { count: Number(linked.n) },
      });
    const legal = await loadLegalContext(tx);
    const [prev] = await toReceptionSessionViews(
      tx,
      [sessionRow(before)],
      legal,
      before.session_date,
    );
    await tx.deleteFrom('citizen_reception_sessions').where('id', '=', before.id).execute();
    if (before.leader_event_id !== null) await deleteLeaderEvent(tx, before.leader_event_id);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'citizen_reception.remove',
      entity: 'citizen_reception_session',
      entityId: before.id,
      before: prev,
    });
  });
}
