import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../../platform/validation';
import { checkVersion } from '../../platform/versioning';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { searchText } from '../../../shared/vi/text';
import { PETITION_FIELDS } from './fields';
import { resolveAssignedUnit } from './assigned-unit';
import { dueAfter, loadVoterBusinessLimits } from './limits';
import { loadWorkingCalendar } from '../../calendar/load-working-calendar';
import {
  getVoterPetition,
  loadPetitionRow,
  petitionPaths,
  type VoterPetitionView,
} from './voter-petition-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Input of updateVoterPetition: the fields to change, with the version read. */
export const updateVoterPetitionInput = z
  .object({
    petitionId: z.number().int().positive(),
    field: z.enum(PETITION_FIELDS).optional(),
    content: textSchema(4000).optional(),
    voterLocality: optionalTextSchema(200),
    /** Reassigns the petition (a dissolved unit is refused). */
    assignedUnit: unitRef.optional(),
    /** A given deadline; null returns to the default (before session N+1, or days after receipt). */
    deadline: localDateSchema.nullish(),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Corrects or reassigns a voter petition: its field, content, locality,
 * assigned unit, or deadline (a given date, or back to the default with
 * null). The answer is not changed here (answer-voter-petition.ts).
 */
export async function updateVoterPetition(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof updateVoterPetitionInput> },
): Promise<VoterPetitionView> {
  const data = parseInput(updateVoterPetitionInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const row = await loadPetitionRow(tx, data.petitionId, 'petitionId');
    authorize(actor, 'voter_petition.manage', { unitPaths: await petitionPaths(tx, row) });
    checkVersion(row.version, data.version);
    const unit = data.assignedUnit
      ? await resolveAssignedUnit(tx, data.assignedUnit, { asOf: today, field: 'assignedUnit' })
      : null;
    if (data.deadline && data.deadline < row.received_on)
      throw new AppError('PETITION_DATE_ORDER', {
        field: 'deadline',
        params: { date: data.deadline, before: row.received_on, what: 'ngày nhận kiến nghị' },
      });
    let deadline = row.deadline;
    let basis = row.deadline_basis;
    if (data.deadline) {
      deadline = data.deadline;
      basis = 'given';
    } else if (data.deadline === null && basis === 'given') {
      // Back to the default: before session N+1, or days after receipt for the delegation's.
      if (row.session_id !== null) {
        basis = 'next_session';
        deadline = null;
      } else {
        const limits = await loadVoterBusinessLimits(tx);
        basis = 'days_after_receipt';
        deadline = dueAfter(
          row.received_on,
          await loadWorkingCalendar(tx),
          limits.delegationPetitionDays,
        );
      }
    }
    const content = data.content ?? row.content;
    // An omitted locality is kept; an empty one clears it.
    const locality = input.voterLocality === undefined ? row.voter_locality : data.voterLocality;
    await tx
      .updateTable('voter_petitions')
      .set((eb) => ({
        field: data.field ?? row.field,
        content,
        voter_locality: locality,
        assigned_unit_id: unit?.id ?? row.assigned_unit_id,
        deadline,
        deadline_basis: basis,
        search_text: searchText(content, locality, row.source_note),
        updated_at: ctx.clock.now().toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', row.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'voter_petition.update',
      entity: 'voter_petition',
      entityId: row.id,
      before: {
        field: row.field,
        assignedUnit: row.assigned_unit_id,
        deadline: row.deadline,
        deadlineBasis: row.deadline_basis,
      },
      after: {
        ...data,
        assignedUnit: unit?.id ?? row.assigned_unit_id,
        deadline,
        deadlineBasis: basis,
      },
    });
  });
  return getVoterPetition(ctx, actor, data.petitionId);
}
