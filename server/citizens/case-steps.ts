import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import type { StepKey } from '../../shared/citizens/legal-limits';
import type { CaseRow } from './case-access';
import type { CitizenCaseStepsTable } from './tables';

/** The open (not completed) step `key` of a case, or CITIZEN_STEP_NOT_OPEN naming `step`. */
export async function openStep(
  tx: Tx,
  c: CaseRow,
  key: StepKey,
): Promise<Selectable<CitizenCaseStepsTable>> {
  const step = await tx
    .selectFrom('citizen_case_steps')
    .selectAll()
    .where('case_id', '=', c.id)
    .where('step_key', '=', key)
    .executeTakeFirst();
  if (!step || step.completed_on !== null)
    throw new AppError('CITIZEN_STEP_NOT_OPEN', {
      field: 'step',
      params: {
        step: key,
        caseNumber: c.case_number,
        reason: step ? `đã hoàn thành ngày ${step.completed_on}` : 'không có trong hồ sơ',
      },
    });
  return step;
}
