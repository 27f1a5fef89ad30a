import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { loadLegalContext } from './legal-context';
import { outcomeColumns, sessionOutcomeFields } from './reception-session-rules';
import { loadReceptionSession, sessionRow } from './reception-session-queries';
import { toReceptionSessionViews, type ReceptionSessionView } from './reception-session-view';

/** Input of recordReceptionSession. */
export const recordReceptionSessionInput = z
  .object({
    sessionId: z.number().int().positive(),
    /** The version read; a changed session is refused (STALE_VERSION). */
    version: z.number().int().positive().optional(),
    ...sessionOutcomeFields,
  })
  .strict();

/**
 * Records what happened at a session: held or not (with the reason), by the
 * leader in person or delegated (to whom), the persons, cases and group
 * delegations received. Replaces the previous outcome.
 */
export async function recordReceptionSession(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof recordReceptionSessionInput> },
): Promise<ReceptionSessionView> {
  const data = parseInput(recordReceptionSessionInput, input);
  return ctx.db.write(async (tx) => {
    const before = await loadReceptionSession(tx, data.sessionId);
    authorize(actor, 'citizen.manage', { unitPaths: [before.unit_path] });
    if (data.version !== undefined && data.version !== before.version)
      throw new AppError('STALE_VERSION', {
        field: 'version',
        params: { current: before.version, sent: data.version },
      });
    const outcome = await outcomeColumns(tx, data);
    const legal = await loadLegalContext(tx);
    const row = await tx
      .updateTable('citizen_reception_sessions')
      .set({
        ...outcome,
        updated_at: ctx.clock.now().toISOString(),
        version: before.version + 1,
      })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const [prev] = await toReceptionSessionViews(tx, [sessionRow(before)], legal, row.session_date);
    const [view] = await toReceptionSessionViews(tx, [row], legal, row.session_date);
    if (!view) throw new Error(`reception session ${row.id} vanished`);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'citizen_reception.record',
      entity: 'citizen_reception_session',
      entityId: row.id,
      before: prev,
      after: view,
    });
    return view;
  });
}
