import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import type { Tx } from '../../platform/db/database';
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
import { resolvePersonRef } from '../../leader-calendar/committee-leaders';
import { loadWorkingCalendar } from '../../calendar/load-working-calendar';
import { searchText } from '../../../shared/vi/text';
import { loadVoterBusinessLimits, statutoryDue } from './limits';
import { getInterpellation, type InterpellationView } from './interpellation-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** Input of recordInterpellation. */
export const recordInterpellationInput = z
  .object({
    committee: unitRef.optional(),
    /** The HĐND session; null for a question between sessions (Luật 87/2015 Điều 69). */
    sessionId: z.number().int().positive().nullish(),
    deputyName: textSchema(120),
    deputyConstituency: optionalTextSchema(200),
    question: textSchema(4000),
    /** The member of the UBND who answers: person id or name. */
    responsible: z.union([z.number().int().positive(), z.string().trim().min(1).max(120)]),
    /** Defaults to the member's position on the questioning date. */
    responsibleTitle: optionalTextSchema(200),
    questionedOn: localDateSchema,
  })
  .strict();

/** The member's position on a date: a UBND leader first, then any head of a unit. */
async function positionOn(
  q: Tx,
  personId: number,
  asOf: string,
): Promise<{ title: string; unitId: number } | null> {
  const rows = await q
    .selectFrom('positions as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.title', 'p.unit_id', 'p.rank', 'u.kind'])
    .where('p.person_id', '=', personId)
    .where('p.valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', asOf)]))
    .orderBy('p.id')
    .execute();
  const best =
    rows.find(
      (r) => r.kind === 'provincial_committee' && (r.rank === 'head' || r.rank === 'deputy'),
    ) ??
    rows.find((r) => r.rank === 'head') ??
    rows[0];
  return best ? { title: best.title, unitId: best.unit_id } : null;
}

/**
 * Records a deputy's question to a member of the UBND. The answer is due
 * within 20 days of the questioning (Luật 87/2015 Điều 60), counted on the
 * legal clock with the province's setting `voterBusinessLimits.interpellationAnswer`
 * (calendar days by default; a limit ending on a day off moves to the next
 * working day).
 */
export async function recordInterpellation(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof recordInterpellationInput> },
): Promise<InterpellationView> {
  const data = parseInput(recordInterpellationInput, input);
  const today = ctx.clock.today();
  if (data.questionedOn > today)
    throw new AppError('PETITION_DATE_IN_FUTURE', {
      field: 'questionedOn',
      params: { date: data.questionedOn, today },
    });
  const id = await ctx.db.write(async (tx) => {
    const committee = data.committee
      ? await resolveUnit(tx, data.committee, { asOf: data.questionedOn, field: 'committee' })
      : await defaultProvincialCommittee(tx, data.questionedOn);
    authorize(actor, 'voter_petition.manage', { unitPaths: [committee.path] });
    if (data.sessionId) {
      const s = await tx
        .selectFrom('council_sessions')
        .select('id')
        .where('id', '=', data.sessionId)
        .executeTakeFirst();
      if (!s)
        throw new AppError('NOT_FOUND', {
          field: 'sessionId',
          params: { entity: 'kỳ họp HĐND', id: data.sessionId },
        });
    }
    const person = await resolvePersonRef(tx, data.responsible, 'responsible');
    const position = await positionOn(tx, person.id, data.questionedOn);
    const limits = await loadVoterBusinessLimits(tx);
    const dueOn = statutoryDue(
      'interpellation.answer',
      data.questionedOn,
      await loadWorkingCalendar(tx),
      limits.interpellationAnswer,
    );
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('interpellations')
      .values({
        committee_unit_id: committee.id,
        session_id: data.sessionId ?? null,
        deputy_name: data.deputyName,
        deputy_constituency: data.deputyConstituency,
        question: data.question,
        responsible_person_id: person.id,
        responsible_title: data.responsibleTitle ?? position?.title ?? null,
        responsible_unit_id: position?.unitId ?? null,
        questioned_on: data.questionedOn,
        due_on: dueOn,
        answer_document_id: null,
        answered_on: null,
        search_text: searchText(data.question, data.deputyName, person.fullName),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'interpellation.record',
      entity: 'interpellation',
      entityId: id,
      after: { ...data, committee: committee.id, responsible: person.id, dueOn },
    });
    return id;
  });
  return getInterpellation(ctx, actor, id);
}
