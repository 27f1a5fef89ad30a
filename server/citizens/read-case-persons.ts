import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput, textSchema } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordRefusal } from '../audit/record-audit';
import { isCaseHandler, loadCase, type CaseRow } from './case-access';
import { casePersonViewSchema, readPersonsAudited, type ReadBasis } from './case-persons';

/** Response of a protected read. */
export const casePersonsResultSchema = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  basis: z.enum(['handler', 'break_glass']),
  persons: z.array(casePersonViewSchema),
});
export type CasePersonsResult = z.infer<typeof casePersonsResultSchema>;

/** Input of readCasePersons. */
export const readCasePersonsInput = z.object({ caseId: z.number().int().positive() }).strict();

/**
 * The protected persons of a case (names, ID numbers, addresses, phones,
 * e-mails of complainants and denouncers; Luật Tố cáo 2018 Điều 47–48), for
 * the users assigned to handle it and nobody else — leaders and admins
 * included (an admin breaks the glass instead). Every read is audited; a
 * refused one too.
 */
export async function readCasePersons(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof readCasePersonsInput> },
): Promise<CasePersonsResult> {
  const data = parseInput(readCasePersonsInput, input);
  const c = await loadCase(ctx.db.q, data.caseId);
  authorize(actor, 'citizen.read', { unitPaths: c.unitPaths });
  if (actor.kind !== 'system' && !(await isCaseHandler(ctx.db.q, actor, c.id))) {
    await recordRefusal(ctx, {
      actor,
      action: 'citizen_case.read_persons',
      entity: 'citizen_case',
      entityId: c.id,
      details: { reason: 'not an assigned handler' },
    });
    throw new AppError('CITIZEN_PERSONS_PROTECTED', { params: { caseNumber: c.case_number } });
  }
  return readAs(ctx, actor, c, { kind: 'handler', via: 'read' });
}

/** Input of breakGlassCasePersons. */
export const breakGlassCasePersonsInput = z
  .object({
    caseId: z.number().int().positive(),
    /** Why the protected persons must be read (an inspection, a court request…). */
    reason: textSchema(1000).refine((s) => s.length >= 10, 'ghi rõ lý do (ít nhất 10 ký tự)'),
  })
  .strict();

/**
 * Break-glass: an administrator reads the protected persons of a case he does
 * not handle, stating the reason; the read is audited with it.
 */
export async function breakGlassCasePersons(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof breakGlassCasePersonsInput> },
): Promise<CasePersonsResult> {
  const data = parseInput(breakGlassCasePersonsInput, input);
  const c = await loadCase(ctx.db.q, data.caseId);
  authorize(actor, 'citizen.break_glass', { unitPaths: c.unitPaths });
  return readAs(ctx, actor, c, { kind: 'break_glass', via: 'break_glass', reason: data.reason });
}

async function readAs(
  ctx: AppContext,
  actor: Actor,
  c: CaseRow,
  basis: { kind: ReadBasis; via: string; reason?: string },
): Promise<CasePersonsResult> {
  if (c.persons_erased_on !== null)
    throw new AppError('CITIZEN_PERSONS_ERASED', {
      params: { caseNumber: c.case_number, erasedOn: c.persons_erased_on },
    });
  const persons = await ctx.db.write((tx) => readPersonsAudited(ctx, tx, actor, [c.id], basis));
  return {
    caseId: c.id,
    caseNumber: c.case_number,
    basis: basis.kind,
    persons: persons.get(c.id) ?? [],
  };
}
