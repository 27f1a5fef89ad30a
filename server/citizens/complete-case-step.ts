import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, optionalTextSchema, parseInput } from '../platform/validation';
import { STEP_KEYS } from '../../shared/citizens/legal-limits';
import { assertOpen, authorizeCaseWork } from './case-access';
import { nextStepOf } from './case-rules';
import { openStep } from './case-steps';
import type { CaseView } from './case-view';
import { writeCase } from './case-write';
import { startSteps } from './receive-case';

/** Input of completeCaseStep. */
export const completeCaseStepInput = z
  .object({
    caseId: z.number().int().positive(),
    step: z.enum(STEP_KEYS),
    /** The day the act was done (thụ lý, thông báo, quyết định giải quyết…). */
    completedOn: localDateSchema,
    /** Số, ký hiệu of the written act (thông báo thụ lý, quyết định giải quyết). */
    decisionRef: optionalTextSchema(200),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Records a step as done on a date, judged on time or late against its
 * clock; completing an acceptance (thụ lý) or a denunciation's initial
 * handling starts the resolution clock on that day.
 */
export async function completeCaseStep(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof completeCaseStepInput> },
): Promise<CaseView> {
  const data = parseInput(completeCaseStepInput, input);
  const today = ctx.clock.today();
  if (data.completedOn > today)
    throw new AppError('CITIZEN_DATE_IN_FUTURE', {
      field: 'completedOn',
      params: { value: data.completedOn, today },
    });
  return writeCase(
    ctx,
    actor,
    {
      caseId: data.caseId,
      version: data.version,
      action: 'citizen_case.complete_step',
      details: { step: data.step },
    },
    async (tx, c, legal) => {
      await authorizeCaseWork(tx, actor, c);
      assertOpen(c);
      const step = await openStep(tx, c, data.step);
      if (data.completedOn < step.start_date)
        throw new AppError('CITIZEN_STEP_DATE_INVALID', {
          field: 'completedOn',
          params: { value: data.completedOn, start: step.start_date, step: data.step },
        });
      await tx
        .updateTable('citizen_case_steps')
        .set({ completed_on: data.completedOn, decision_ref: data.decisionRef })
        .where('id', '=', step.id)
        .execute();
      const next = nextStepOf(data.step);
      if (next)
        await startSteps(
          tx,
          c.id,
          [next],
          data.completedOn,
          c.variant,
          legal,
          ctx.clock.now().toISOString(),
        );
    },
  );
}
