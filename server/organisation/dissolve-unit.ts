import { z } from 'zod';
import { sql } from 'kysely';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput } from '../platform/validation';
import { checkVersion } from '../platform/versioning';
import { addDays } from '../../shared/dates/local-date';
import { OPEN_WORK_MOVERS } from './open-work-movers';
import { getUnit, resolveUnit } from './unit-queries';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';

/** Input of dissolveUnit. */
export const dissolveUnitInput = z
  .object({
    unitId: z.number().int().positive(),
    /** Last day the unit exists (validTo); from the next day its work belongs to the successor. */
    lastDay: localDateSchema,
    /** The unit that takes over (merger, sáp nhập): id, code or name. */
    successor: z.union([z.number().int(), z.string().min(1)]).nullish(),
    version: z.number().int().positive().optional(),
  })
  .strict();

/** What a dissolution did. */
export interface DissolveResult {
  unitId: number;
  successorId: number | null;
  lastDay: string;
  /** Counts of open work moved to the successor, by kind. */
  moved: Record<string, number>;
  /** Child units re-attached to the successor. */
  reparented: number;
}

/**
 * Ends a unit on a date and, when it is merged into a successor, moves its open
 * work and its child units there (provinces and districts changed on 1/7/2025;
 * sở merged in 2025). Everything happens in one transaction.
 */
export async function dissolveUnit(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof dissolveUnitInput> },
): Promise<DissolveResult> {
  const data = parseInput(dissolveUnitInput, input);
  return ctx.db.write(async (tx) => {
    const unit = await tx
      .selectFrom('units')
      .selectAll()
      .where('id', '=', data.unitId)
      .executeTakeFirst();
    if (!unit) throw new AppError('NOT_FOUND', { params: { entity: 'đơn vị', id: data.unitId } });
    authorize(actor, 'unit.manage', { unitPaths: [unit.path] });
    checkVersion(unit.version, data.version);
    const named = await getUnit(tx, unit.id, data.lastDay);
    const label = named?.name ?? unit.code;
    if (unit.valid_to !== null) {
      throw new AppError('UNIT_ALREADY_DISSOLVED', {
        params: { unit: label, date: unit.valid_to },
      });
    }
    if (data.lastDay < unit.valid_from) {
      throw new AppError('UNIT_NOT_VALID_ON', {
        field: 'lastDay',
        params: { unit: label, date: data.lastDay },
      });
    }
    const firstDayAfter = addDays(data.lastDay, 1);
    const successor =
      data.successor === null || data.successor === undefined
        ? null
        : await resolveUnit(tx, data.successor, { asOf: firstDayAfter, field: 'successor' });
    if (successor && (successor.id === unit.id || successor.path.startsWith(unit.path))) {
      throw new AppError('UNIT_SUCCESSOR_INVALID', {
        field: 'successor',
        params: {
          successor: successor.name,
          reason: 'không được là chính đơn vị hoặc đơn vị trực thuộc',
        },
      });
    }
    const children = await tx
      .selectFrom('units')
      .select(['id', 'path'])
      .where('parent_id', '=', unit.id)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', data.lastDay)]))
      .execute();
    if (children.length > 0 && !successor) {
      throw new AppError('UNIT_SUCCESSOR_INVALID', {
        field: 'successor',
        params: {
          successor: '-',
          reason: `đơn vị còn ${children.length} đơn vị trực thuộc, cần đơn vị kế thừa`,
        },
      });
    }
    const now = ctx.clock.now().toISOString();
    await tx
      .updateTable('units')
      .set({
        valid_to: data.lastDay,
        successor_id: successor?.id ?? null,
        version: unit.version + 1,
        updated_at: now,
      })
      .where('id', '=', unit.id)
      .execute();
    await tx
      .updateTable('unit_names')
      .set({ valid_to: data.lastDay })
      .where('unit_id', '=', unit.id)
      .where('valid_to', 'is', null)
      .execute();
    const moved: Record<string, number> = {};
    if (successor) {
      for (const child of children) {
        const newPath = `${successor.path}${child.id}/`;
        await tx
          .updateTable('units')
          .set({
            path: sql<string>`${newPath} || substr(path, ${child.path.length + 1})`,
            updated_at: now,
          })
          .where('path', 'like', `${child.path}%`)
          .execute();
        await tx
          .updateTable('units')
          .set({ parent_id: successor.id })
          .where('id', '=', child.id)
          .execute();
      }
      for (const mover of OPEN_WORK_MOVERS) {
        moved[mover.kind] = await mover.move(tx, {
          fromUnitId: unit.id,
          toUnitId: successor.id,
          on: firstDayAfter,
          now,
        });
      }
      await tx
        .insertInto('unit_transfers')
        .values({
          from_unit_id: unit.id,
          to_unit_id: successor.id,
          effective_on: firstDayAfter,
          moved: JSON.stringify(moved),
          created_at: now,
        })
        .execute();
    }
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'unit.dissolve',
      entity: 'unit',
      entityId: unit.id,
      before: { validTo: unit.valid_to, successorId: unit.successor_id },
      after: { validTo: data.lastDay, successorId: successor?.id ?? null },
      details: { moved, reparented: successor ? children.length : 0 },
    });
    return {
      unitId: unit.id,
      successorId: successor?.id ?? null,
      lastDay: data.lastDay,
      moved,
      reparented: successor ? children.length : 0,
    };
  });
}
