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
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { resolveUnit } from '../../organisation/unit-queries';
import { defaultProvincialCommittee } from '../../organisation/province';
import { loadWorkingCalendar } from '../../calendar/load-working-calendar';
import { searchText } from '../../../shared/vi/text';
import { PETITION_FIELDS } from './fields';
import { PETITION_SOURCES, type DeadlineBasis } from './tables';
import { resolveAssignedUnit } from './assigned-unit';
import { dueAfter, loadVoterBusinessLimits } from './limits';
import { getVoterPetition, type VoterPetitionView } from './voter-petition-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Input of recordVoterPetition. */
export const recordVoterPetitionInput = z
  .object({
    /** The answering UBND; defaults to the province's. */
    committee: unitRef.optional(),
    source: z.enum(PETITION_SOURCES),
    /** HĐND session N (council_sessions.id); required unless forwarded by the delegation. */
    sessionId: z.number().int().positive().nullish(),
    /** The delegation's letter or the NA session, as written. */
    sourceNote: optionalTextSchema(500),
    /** Ngày nhận (the synthesis reached the UBND); defaults to today. */
    receivedOn: localDateSchema.optional(),
    field: z.enum(PETITION_FIELDS),
    content: textSchema(4000),
    voterLocality: optionalTextSchema(200),
    /** The unit that prepares the answer, by id, code or name. */
    assignedUnit: unitRef,
    /** Overrides the default deadline (before session N+1, or days after receipt). */
    deadline: localDateSchema.nullish(),
  })
  .strict();

/**
 * Records a voter petition and assigns it. Its deadline is, unless given,
 * the day before the next regular session after session N (setting
 * `voterBusinessLimits.petitionDaysBeforeNextSession`), or, for petitions
 * forwarded by the National Assembly delegation, a number of days after
 * receipt (`delegationPetitionDays`). A dissolved unit, a missing session or
 * a receipt date in the future is refused before anything is written.
 */
export async function recordVoterPetition(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof recordVoterPetitionInput> },
): Promise<VoterPetitionView> {
  const data = parseInput(recordVoterPetitionInput, input);
  const today = ctx.clock.today();
  const receivedOn = data.receivedOn ?? today;
  if (receivedOn > today)
    throw new AppError('PETITION_DATE_IN_FUTURE', {
      field: 'receivedOn',
      params: { date: receivedOn, today },
    });
  if (data.source === 'na_delegation' && data.sessionId)
    throw new AppError('PETITION_SESSION_NOT_ALLOWED', { field: 'sessionId' });
  if (data.source !== 'na_delegation' && !data.sessionId)
    throw new AppError('PETITION_SESSION_REQUIRED', { field: 'sessionId' });
  const id = await ctx.db.write(async (tx) => {
    const committee = data.committee
      ? await resolveUnit(tx, data.committee, { asOf: receivedOn, field: 'committee' })
      : await defaultProvincialCommittee(tx, receivedOn);
    const unit = await resolveAssignedUnit(tx, data.assignedUnit, {
      asOf: today,
      field: 'assignedUnit',
    });
    authorize(actor, 'voter_petition.manage', { unitPaths: [committee.path] });
    if (data.sessionId) {
      const session = await tx
        .selectFrom('council_sessions')
        .select('id')
        .where('id', '=', data.sessionId)
        .executeTakeFirst();
      if (!session)
        throw new AppError('NOT_FOUND', {
          field: 'sessionId',
          params: { entity: 'kỳ họp HĐND', id: data.sessionId },
        });
    }
    let deadline: string | null = null;
    let basis: DeadlineBasis;
    if (data.deadline) {
      if (data.deadline < receivedOn)
        throw new AppError('PETITION_DATE_ORDER', {
          field: 'deadline',
          params: { date: data.deadline, before: receivedOn, what: 'ngày nhận kiến nghị' },
        });
      deadline = data.deadline;
      basis = 'given';
    } else if (data.source === 'na_delegation') {
      const limits = await loadVoterBusinessLimits(tx);
      deadline = dueAfter(receivedOn, await loadWorkingCalendar(tx), limits.delegationPetitionDays);
      basis = 'days_after_receipt';
    } else {
      // Computed on reading from the sessions recorded then (voter-petition-view.ts).
      basis = 'next_session';
    }
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('voter_petitions')
      .values({
        committee_unit_id: committee.id,
        source: data.source,
        session_id: data.sessionId ?? null,
        source_note: data.sourceNote,
        received_on: receivedOn,
        field: data.field,
        content: data.content,
        voter_locality: data.voterLocality,
        assigned_unit_id: unit.id,
        deadline,
        deadline_basis: basis,
        status: 'pending',
        answer_document_id: null,
        answered_on: null,
        answer_summary: null,
        search_text: searchText(data.content, data.voterLocality, data.sourceNote),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'voter_petition.record',
      entity: 'voter_petition',
      entityId: id,
      after: { ...data, receivedOn, committee: committee.id, assignedUnit: unit.id, deadline },
    });
    return id;
  });
  return getVoterPetition(ctx, actor, id);
}
