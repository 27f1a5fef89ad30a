import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../platform/validation';
import { searchText, viSortKey } from '../../shared/vi/text';
import { UNIT_KINDS } from './tables';
import { getUnit, resolveUnit, type UnitRow } from './unit-queries';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';

/** Input of createUnit. */
export const createUnitInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'chỉ gồm chữ không dấu, số, ".", "_" và "-"'),
    kind: z.enum(UNIT_KINDS),
    /** Parent unit: id, code or name. */
    parent: z.union([z.number().int(), z.string().min(1)]).nullish(),
    name: textSchema(300),
    shortName: optionalTextSchema(120),
    /** Abbreviation used in ký hiệu, e.g. `UBND`, `SKHĐT`. */
    symbolCode: optionalTextSchema(30),
    validFrom: localDateSchema,
    sortOrder: z.number().int().optional(),
  })
  .strict();

/** Adds a unit to the organisation, valid from a date. */
export async function createUnit(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createUnitInput> },
): Promise<UnitRow> {
  const data = parseInput(createUnitInput, input);
  return ctx.db.write(async (tx) => {
    const taken = await tx
      .selectFrom('units')
      .select('id')
      .where('code', '=', data.code)
      .executeTakeFirst();
    if (taken)
      throw new AppError('UNIT_CODE_TAKEN', { field: 'code', params: { code: data.code } });
    const parent =
      data.parent === null || data.parent === undefined
        ? null
        : await resolveUnit(tx, data.parent, { asOf: data.validFrom, field: 'parent' });
    // Top-level units (a province, the central bodies) are created by the system only.
    authorize(actor, 'unit.manage', { unitPaths: [parent?.path ?? '/'] });
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('units')
      .values({
        code: data.code,
        kind: data.kind,
        parent_id: parent?.id ?? null,
        path: '/',
        valid_from: data.validFrom,
        valid_to: null,
        successor_id: null,
        sort_order: data.sortOrder ?? 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('units')
      .set({ path: `${parent?.path ?? '/'}${id}/` })
      .where('id', '=', id)
      .execute();
    const shortName = data.shortName ?? data.name;
    await tx
      .insertInto('unit_names')
      .values({
        unit_id: id,
        valid_from: data.validFrom,
        valid_to: null,
        name: data.name,
        short_name: shortName,
        symbol_code: data.symbolCode,
        sort_key: viSortKey(data.name),
        search_text: searchText(data.name, shortName, data.symbolCode, data.code),
      })
      .execute();
    const row = await getUnit(tx, id, data.validFrom);
    if (!row) throw new Error(`unit ${id} vanished`);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'unit.create',
      entity: 'unit',
      entityId: id,
      after: row,
    });
    return row;
  });
}
