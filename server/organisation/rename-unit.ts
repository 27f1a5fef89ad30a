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
import { addDays } from '../../shared/dates/local-date';
import { searchText, viSortKey } from '../../shared/vi/text';
import { getUnit, type UnitRow } from './unit-queries';
import { checkVersion } from '../platform/versioning';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';

/** Input of renameUnit. */
export const renameUnitInput = z
  .object({
    unitId: z.number().int().positive(),
    /** First day the new name applies; documents dated before keep the old name. */
    from: localDateSchema,
    name: textSchema(300),
    shortName: optionalTextSchema(120),
    symbolCode: optionalTextSchema(30),
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Renames a unit from a date (effective-dated): the current name stays valid
 * until the day before, so a 2023 report still shows the 2023 name.
 */
export async function renameUnit(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof renameUnitInput> },
): Promise<UnitRow> {
  const data = parseInput(renameUnitInput, input);
  return ctx.db.write(async (tx) => {
    const unit = await tx
      .selectFrom('units')
      .selectAll()
      .where('id', '=', data.unitId)
      .executeTakeFirst();
    if (!unit) throw new AppError('NOT_FOUND', { params: { entity: 'đơn vị', id: data.unitId } });
    authorize(actor, 'unit.manage', { unitPaths: [unit.path] });
    checkVersion(unit.version, data.version);
    const current = await tx
      .selectFrom('unit_names')
      .selectAll()
      .where('unit_id', '=', unit.id)
      .where('valid_to', 'is', null)
      .executeTakeFirstOrThrow();
    if (data.from <= current.valid_from) {
      throw new AppError('UNIT_RENAME_DATE_INVALID', {
        field: 'from',
        params: { date: data.from, current: current.valid_from },
      });
    }
    if (unit.valid_to !== null && data.from > unit.valid_to) {
      throw new AppError('UNIT_NOT_VALID_ON', {
        field: 'from',
        params: { unit: current.name, date: data.from },
      });
    }
    await tx
      .updateTable('unit_names')
      .set({ valid_to: addDays(data.from, -1) })
      .where('id', '=', current.id)
      .execute();
    const shortName = data.shortName ?? data.name;
    const symbolCode = data.symbolCode ?? current.symbol_code;
    await tx
      .insertInto('unit_names')
      .values({
        unit_id: unit.id,
        valid_from: data.from,
        valid_to: null,
        name: data.name,
        short_name: shortName,
        symbol_code: symbolCode,
        sort_key: viSortKey(data.name),
        search_text: searchText(data.name, shortName, symbolCode, unit.code),
      })
      .execute();
    await tx
      .updateTable('units')
      .set({ version: unit.version + 1, updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', unit.id)
      .execute();
    const row = await getUnit(tx, unit.id, data.from);
    if (!row) throw new Error(`unit ${unit.id} vanished`);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'unit.rename',
      entity: 'unit',
      entityId: unit.id,
      before: {
        name: current.name,
        shortName: current.short_name,
        symbolCode: current.symbol_code,
        validFrom: current.valid_from,
      },
      after: { name: data.name, shortName, symbolCode, validFrom: data.from },
    });
    return row;
  });
}
