import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, optionalTextSchema, parseInput } from '../platform/validation';
import { extend } from '../../shared/citizens/legal-clock';
import { LegalClockError, STEP_KEYS } from '../../shared/citizens/legal-limits';
import { assertOpen, authorizeCaseWork } from './case-access';
import { openStep } from './case-steps';
import { clockOfStep, type CaseView } from './case-view';
import { writeCase } from './case-write';

/** Input of extendCaseStep. */
export const extendCaseStepInput = z
  .object({
    caseId: z.number().int().positive(),
    step: z.enum(STEP_KEYS),
    /** Length in the step's unit (days or working days). */
    days: z.number().int().min(1).max(3650),
    decidedOn: localDateSchema,
    /** Số, ký hiệu of the written decision (required for a denunciation's resolution). */
    decisionRef: optionalTextSchema(200),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Extends a step's clock (gia hạn) within the legal maximum of its variant
 * (a denunciation: 7 working days to 10 for initial handling; a complex
 * resolution one 30-day extension, an especially complex one two, each
 * decided in writing — Luật Tố cáo Điều 24, 30). Anything beyond is refused
 * with CITIZEN_EXTENSION_REFUSED naming the field and the rule.
 */
export async function extendCaseStep(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof extendCaseStepInput> },
): Promise<CaseView> {
  const data = parseInput(extendCaseStepInput, input);
  return writeCase(
    ctx,
    actor,
    {
      caseId: data.caseId,
      version: data.version,
      action: 'citizen_case.extend_step',
      details: { step: data.step, days: data.days, decisionRef: data.decisionRef },
    },
    async (tx, c, legal) => {
      await authorizeCaseWork(tx, actor, c);
      assertOpen(c);
      const step = await openStep(tx, c, data.step);
      if (data.decidedOn < step.start_date)
        throw new AppError('CITIZEN_STEP_DATE_INVALID', {
          field: 'decidedOn',
          params: { value: data.decidedOn, start: step.start_date, step: data.step },
        });
      let clock;
      try {
        clock = extend(
          clockOfStep(step, legal),
          { days: data.days, decidedOn: data.decidedOn, decisionRef: data.decisionRef },
          legal.calendar,
        );
      } catch (e) {
        if (!(e instanceof LegalClockError)) throw e;
        throw new AppError('CITIZEN_EXTENSION_REFUSED', {
          field: e.code === 'EXTENSION_DECISION_REQUIRED' ? 'decisionRef' : 'days',
          params: { reason: e.message, rule: e.code },
        });
      }
      await tx
        .updateTable('citizen_case_steps')
        .set({ extensions: JSON.stringify(clock.extensions), due_date: clock.dueDate })
        .where('id', '=', step.id)
        .execute();
    },
  );
}
