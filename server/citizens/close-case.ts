import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput, textSchema } from '../platform/validation';
import { assertOpen, authorizeCaseWork } from './case-access';
import type { CaseView } from './case-view';
import { writeCase } from './case-write';

/** Input of closeCase. */
export const closeCaseInput = z
  .object({
    caseId: z.number().int().positive(),
    closedOn: localDateSchema,
    /** Kết quả: decision, answer, forwarding, withdrawal… */
    outcome: textSchema(2000),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Closes a case (kết thúc, lưu hồ sơ): its open steps are done on that day
 * (judged on time or late), and the retention period of its persons starts.
 */
export async function closeCase(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof closeCaseInput> },
): Promise<CaseView> {
  const data = parseInput(closeCaseInput, input);
  const today = ctx.clock.today();
  if (data.closedOn > today)
    throw new AppError('CITIZEN_DATE_IN_FUTURE', {
      field: 'closedOn',
      params: { value: data.closedOn, today },
    });
  return writeCase(
    ctx,
    actor,
    { caseId: data.caseId, version: data.version, action: 'citizen_case.close' },
    async (tx, c) => {
      await authorizeCaseWork(tx, actor, c);
      assertOpen(c);
      if (data.closedOn < c.received_on)
        throw new AppError('CITIZEN_STEP_DATE_INVALID', {
          field: 'closedOn',
          params: { value: data.closedOn, start: c.received_on, step: 'case' },
        });
      await tx
        .updateTable('citizen_case_steps')
        .set({ completed_on: data.closedOn })
        .where('case_id', '=', c.id)
        .where('completed_on', 'is', null)
        .execute();
      await tx
        .updateTable('citizen_cases')
        .set({ status: 'closed', closed_on: data.closedOn, outcome: data.outcome })
        .where('id', '=', c.id)
        .execute();
    },
  );
}
