import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { assertOpen } from './case-access';
import { checkHandlers, resolveCaseUnit } from './case-units';
import type { CaseView } from './case-view';
import { writeCase } from './case-write';

/** Input of assignCase. */
export const assignCaseInput = z
  .object({
    caseId: z.number().int().positive(),
    /** The unit answerable for handling (id, code or name); a dissolved unit is refused. */
    unit: z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]),
    /** The users who handle it; they replace the previous handlers. */
    handlers: z.array(z.number().int().positive()).max(20).default([]),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Assigns a case to a unit and its handlers (giao xử lý). Only the handlers
 * read the protected persons afterwards; the previous ones no longer can.
 */
export async function assignCase(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof assignCaseInput> },
): Promise<CaseView> {
  const data = parseInput(assignCaseInput, input);
  const today = ctx.clock.today();
  return writeCase(
    ctx,
    actor,
    { caseId: data.caseId, version: data.version, action: 'citizen_case.assign' },
    async (tx, c) => {
      authorize(actor, 'citizen.manage', { unitPaths: c.unitPaths });
      assertOpen(c);
      const unit = await resolveCaseUnit(tx, data.unit, { asOf: today, field: 'unit' });
      authorize(actor, 'citizen.manage', { unitPaths: [unit.path] });
      const handlers = await checkHandlers(tx, data.handlers, 'handlers');
      await tx
        .updateTable('citizen_cases')
        .set({ unit_id: unit.id })
        .where('id', '=', c.id)
        .execute();
      await tx.deleteFrom('citizen_case_handlers').where('case_id', '=', c.id).execute();
      if (handlers.length > 0)
        await tx
          .insertInto('citizen_case_handlers')
          .values(handlers.map((user_id) => ({ case_id: c.id, user_id, assigned_on: today })))
          .execute();
    },
  );
}
