import { z } from 'zod';
import type { Tx } from '../platform/db/database';
import { AppError, isAppError } from '../platform/errors';
import { resolveUnit, type UnitRow } from '../organisation/unit-queries';
import { textSchema } from '../platform/validation';

/** A unit named by id, code, name or abbreviation. */
export const unitRefSchema = z.union([
  z.number().int().positive(),
  z.string().trim().min(1).max(300),
]);

/** Mã dự án: letters, digits and `. _ - /`, unique within the province. */
export const projectCodeSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,39}$/,
    'chỉ gồm chữ không dấu, số và . _ - / (tối đa 40 ký tự)',
  );

/** An amount in whole VND. */
export const amountSchema = z
  .number()
  .int('phải là số nguyên (đồng)')
  .min(0, 'không được âm')
  .max(Number.MAX_SAFE_INTEGER);

/** A plan or project year. */
export const yearSchema = z.number().int().min(2000).max(2100);

/** Project name, NFC-trimmed. */
export const projectNameSchema = textSchema(500);

/**
 * The unit a project field names, which must lie inside the province: the
 * investor (chủ đầu tư) or the location (a district).
 */
export async function resolveProvinceUnit(
  q: Tx,
  ref: number | string,
  opts: { province: UnitRow; field: string; asOf: string },
): Promise<UnitRow> {
  try {
    const unit = await resolveUnit(q, ref, {
      asOf: opts.asOf,
      field: opts.field,
      underPath: opts.province.path,
    });
    if (unit.id !== opts.province.id) return unit;
  } catch (e) {
    if (!isAppError(e, 'UNKNOWN_UNIT')) throw e;
    // A unit that exists elsewhere gets the clearer refusal; an unknown one stays unknown.
    const elsewhere = await resolveUnit(q, ref, { asOf: opts.asOf, field: opts.field }).catch(
      () => null,
    );
    if (!elsewhere) throw e;
  }
  throw new AppError('INVESTMENT_UNIT_OUTSIDE_PROVINCE', {
    field: opts.field,
    params: { value: String(ref), province: opts.province.name },
  });
}
