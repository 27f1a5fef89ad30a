import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput } from '../platform/validation';
import { ordinalWords, romanNumeral } from '../../shared/vi/words';
import { resolveUnit } from './unit-queries';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';

/** Input of createCouncilTerm (a khóa of an HĐND, e.g. khóa X, 2021–2026). */
export const createCouncilTermInput = z
  .object({
    council: z.union([z.number().int(), z.string().min(1)]),
    number: z.number().int().min(1).max(50),
    startYear: z.number().int().min(1945).max(2200),
    endYear: z.number().int().min(1945).max(2200),
  })
  .strict()
  .refine((t) => t.endYear > t.startYear, { path: ['endYear'], message: 'phải sau năm bắt đầu' });

/** Records an HĐND term (khóa). */
export async function createCouncilTerm(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createCouncilTermInput> },
): Promise<{ id: number }> {
  const data = parseInput(createCouncilTermInput, input);
  return ctx.db.write(async (tx) => {
    const council = await resolveUnit(tx, data.council, {
      asOf: `${data.startYear}-12-31`,
      field: 'council',
    });
    authorize(actor, 'council.manage', { unitPaths: [council.path] });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'council.create_term',
      entity: 'council',
      entityId: council.id,
      after: data,
    });
    return tx
      .insertInto('council_terms')
      .values({
        council_unit_id: council.id,
        number: data.number,
        start_year: data.startYear,
        end_year: data.endYear,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  });
}

/** Input of createCouncilSession (kỳ họp). */
export const createCouncilSessionInput = z
  .object({
    termId: z.number().int().positive(),
    number: z.number().int().min(1).max(200),
    kind: z.enum(['regular', 'thematic']),
    startsOn: localDateSchema,
    endsOn: localDateSchema,
  })
  .strict()
  .refine((s) => s.endsOn >= s.startsOn, {
    path: ['endsOn'],
    message: 'không được trước ngày khai mạc',
  });

/** Records a session of an HĐND term. */
export async function createCouncilSession(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createCouncilSessionInput> },
): Promise<CouncilSessionRow> {
  const data = parseInput(createCouncilSessionInput, input);
  return ctx.db.write(async (tx) => {
    const term = await tx
      .selectFrom('council_terms')
      .selectAll()
      .where('id', '=', data.termId)
      .executeTakeFirst();
    if (!term)
      throw new AppError('NOT_FOUND', {
        field: 'termId',
        params: { entity: 'khóa HĐND', id: data.termId },
      });
    const council = await tx
      .selectFrom('units')
      .select('path')
      .where('id', '=', term.council_unit_id)
      .executeTakeFirstOrThrow();
    authorize(actor, 'council.manage', { unitPaths: [council.path] });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'council.create_session',
      entity: 'council_term',
      entityId: term.id,
      after: data,
    });
    const exists = await tx
      .selectFrom('council_sessions')
      .select('id')
      .where('term_id', '=', term.id)
      .where('number', '=', data.number)
      .executeTakeFirst();
    if (exists) {
      throw new AppError('COUNCIL_SESSION_EXISTS', {
        field: 'number',
        params: { number: data.number, term: romanNumeral(term.number) },
      });
    }
    const { id } = await tx
      .insertInto('council_sessions')
      .values({
        term_id: term.id,
        number: data.number,
        kind: data.kind,
        starts_on: data.startsOn,
        ends_on: data.endsOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = (await listCouncilSessions(tx, { sessionId: id }))[0];
    if (!row) throw new Error('session vanished');
    return row;
  });
}

/** A session with the words reports use for it. */
export interface CouncilSessionRow {
  id: number;
  termId: number;
  councilUnitId: number;
  termNumber: number;
  startYear: number;
  endYear: number;
  number: number;
  kind: 'regular' | 'thematic';
  startsOn: string;
  endsOn: string;
  version: number;
  /** "kỳ họp thứ mười một, Hội đồng nhân dân tỉnh khóa X, nhiệm kỳ 2021-2026" (without the council's name). */
  label: string;
}

/** Council sessions, newest first. */
export async function listCouncilSessions(
  q: Tx,
  opts: { councilUnitId?: number; sessionId?: number } = {},
): Promise<CouncilSessionRow[]> {
  let query = q
    .selectFrom('council_sessions as s')
    .innerJoin('council_terms as t', 't.id', 's.term_id')
    .select([
      's.id',
      's.term_id',
      't.council_unit_id',
      't.number as term_number',
      't.start_year',
      't.end_year',
      's.number',
      's.kind',
      's.starts_on',
      's.ends_on',
      's.version',
    ]);
  if (opts.councilUnitId !== undefined)
    query = query.where('t.council_unit_id', '=', opts.councilUnitId);
  if (opts.sessionId !== undefined) query = query.where('s.id', '=', opts.sessionId);
  const rows = await query.orderBy('s.starts_on', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    termId: r.term_id,
    councilUnitId: r.council_unit_id,
    termNumber: r.term_number,
    startYear: r.start_year,
    endYear: r.end_year,
    number: r.number,
    kind: r.kind,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    version: r.version,
    label: `kỳ họp ${ordinalWords(r.number)}, khóa ${romanNumeral(r.term_number)}, nhiệm kỳ ${r.start_year}-${r.end_year}`,
  }));
}

/** Resolves a council unit reference (used by reports and voter petitions later). */
export async function resolveCouncil(q: Tx, ref: string | number, asOf: string) {
  return resolveUnit(q, ref, { asOf, field: 'council' });
}
