import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { recordAudit } from '../audit/record-audit';
import { CASE_PERSON_ROLES } from './tables';

/** Response shape of a protected person (only for handlers and break-glass). */
export const casePersonViewSchema = z.object({
  id: z.number().int(),
  role: z.enum(CASE_PERSON_ROLES),
  fullName: z.string().nullable(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type CasePersonView = z.infer<typeof casePersonViewSchema>;

/** Why the reader may see them: an assigned handler, or an admin breaking the glass. */
export type ReadBasis = 'handler' | 'break_glass';

/**
 * Reads the protected persons of cases and audits the read, one entry per
 * case naming the reader and the basis, in the caller's transaction: a read
 * that cannot be audited does not happen.
 */
export async function readPersonsAudited(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  caseIds: readonly number[],
  basis: { kind: ReadBasis; reason?: string; via: string },
): Promise<Map<number, CasePersonView[]>> {
  const out = new Map<number, CasePersonView[]>();
  if (caseIds.length === 0) return out;
  const rows = await tx
    .selectFrom('citizen_case_persons')
    .selectAll()
    .where('case_id', 'in', [...caseIds])
    .orderBy('id')
    .execute();
  for (const id of caseIds) out.set(id, []);
  for (const r of rows)
    out.get(r.case_id)?.push({
      id: r.id,
      role: r.role,
      fullName: r.full_name,
      idNumber: r.id_number,
      address: r.address,
      phone: r.phone,
      email: r.email,
    });
  for (const id of caseIds)
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action:
        basis.kind === 'break_glass' ? 'citizen_case.break_glass' : 'citizen_case.read_persons',
      entity: 'citizen_case',
      entityId: id,
      details: {
        reader: actor.kind === 'user' ? actor.userId : actor.name,
        basis: basis.kind,
        via: basis.via,
        persons: out.get(id)?.length ?? 0,
        ...(basis.reason ? { reason: basis.reason } : {}),
      },
    });
  return out;
}
