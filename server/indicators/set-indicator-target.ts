import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { actorStamp, figurePaths, loadIndicator, resolveSubject } from './indicator-access';
import { refSchema } from './indicator-inputs';
import { TARGET_KINDS } from './tables';
import { toTargetViews, type TargetView } from './indicator-view';

/** Input of setIndicatorTarget. */
export const setIndicatorTargetInput = z
  .object({
    indicatorId: z.number().int().positive(),
    year: z.number().int().min(2000).max(2100),
    /** kế hoạch, dự toán Trung ương giao, dự toán HĐND giao. */
    kind: z.enum(TARGET_KINDS),
    /** The unit the target is for; the province when absent. */
    unit: refSchema.nullish(),
    /** In the indicator's unit of measure (a percentage for ratio indicators). */
    value: z.number().finite().min(0),
    basisDocument: optionalTextSchema(200),
    /** The version of the existing target being replaced, for lost-update protection. */
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Sets (or replaces) a yearly target of an indicator for the province or a
 * unit: kế hoạch, or one of the two dự toán. A replaced value stays in the
 * audit trail.
 */
export async function setIndicatorTarget(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof setIndicatorTargetInput> },
): Promise<TargetView> {
  const data = parseInput(setIndicatorTargetInput, input);
  const today = ctx.clock.today();
  const id = await ctx.db.write(async (tx) => {
    const ind = await loadIndicator(tx, data.indicatorId);
    const subject = await resolveSubject(tx, ind, data.unit, { asOf: today, field: 'unit' });
    authorize(actor, 'indicator.manage', { unitPaths: figurePaths(ind, subject) });
    const existing = await tx
      .selectFrom('indicator_targets')
      .selectAll()
      .where('indicator_id', '=', ind.id)
      .where('unit_id', '=', subject.id)
      .where('year', '=', data.year)
      .where('kind', '=', data.kind)
      .executeTakeFirst();
    const now = ctx.clock.now().toISOString();
    const by = (await actorStamp(tx, actor)).name;
    let id: number;
    if (existing) {
      if (data.version !== undefined && data.version !== existing.version)
        throw new AppError('STALE_VERSION', {
          field: 'version',
          params: { current: existing.version, sent: data.version },
        });
      await tx
        .updateTable('indicator_targets')
        .set({
          value: data.value,
          basis_document: data.basisDocument,
          set_by_name: by,
          updated_at: now,
          version: existing.version + 1,
        })
        .where('id', '=', existing.id)
        .execute();
      id = existing.id;
    } else {
      id = (
        await tx
          .insertInto('indicator_targets')
          .values({
            indicator_id: ind.id,
            unit_id: subject.id,
            year: data.year,
            kind: data.kind,
            value: data.value,
            basis_document: data.basisDocument,
            set_by_name: by,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.set_target',
      entity: 'indicator',
      entityId: ind.id,
      before: existing ? { value: existing.value, basisDocument: existing.basis_document } : null,
      after: {
        unitId: subject.id,
        year: data.year,
        kind: data.kind,
        value: data.value,
        basisDocument: data.basisDocument,
      },
    });
    return id;
  });
  const row = await ctx.db.q
    .selectFrom('indicator_targets')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const [view] = await toTargetViews(ctx.db.q, [row], today);
  if (!view) throw new Error('target vanished');
  return view;
}
