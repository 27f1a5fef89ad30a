import { z } from 'zod';
import { parsePeriodRef, validatePeriodRef, type PeriodRef } from '../../shared/periods/periods';
import { optionalTextSchema, textSchema } from '../platform/validation';
import {
  AGGREGATIONS,
  BASES,
  DIRECTIONS,
  FREQUENCIES,
  INDICATOR_CATEGORIES,
  TARGET_KINDS,
} from './tables';

/** A unit or an indicator named by id or code. */
export const refSchema = z.union([z.number().int().positive(), z.string().trim().min(1).max(200)]);

/** Mã chỉ tiêu: letters, digits, `.`, `-`, `_`, stored upper-case (`NS.TSDD.DAUGIA`). */
export const indicatorCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'chữ, số, dấu chấm, gạch; tối đa 40 ký tự')
  .transform((s) => s.toUpperCase());

const periodObject = z.object({
  kind: z.enum(['month', 'quarter', 'half', 'nine_months', 'year']),
  year: z.number().int(),
  index: z.number().int(),
});

/**
 * A period in machine form: '2023-06', '2023-Q2', '2023-H1', '2023-9M',
 * '2023'. An already parsed period is accepted as well, so a parsed input
 * passes through its schema again unchanged.
 */
export const periodSchema = z.union([z.string(), periodObject]).transform((v, c) => {
  const p = typeof v === 'string' ? parsePeriodRef(v.trim()) : validatePeriodRef(v) ? null : v;
  if (!p) {
    c.addIssue({
      code: 'custom',
      message: 'kỳ dạng 2023-06 (tháng), 2023-Q2 (quý), 2023-H1 (6 tháng), 2023-9M hoặc 2023 (năm)',
    });
    return z.NEVER;
  }
  return p satisfies PeriodRef;
});

/** The descriptive fields of a catalogue entry (everything but the code and the period rules). */
export const indicatorDescriptionFields = {
  nameVi: textSchema(300),
  nameEn: textSchema(300),
  category: z.enum(INDICATOR_CATEGORIES),
  unitOfMeasure: textSchema(40),
  direction: z.enum(DIRECTIONS),
  ownerUnit: refSchema,
  dataSource: optionalTextSchema(300),
  parent: refSchema.nullish(),
  colourTarget: z.enum(TARGET_KINDS),
  sortOrder: z.number().int().min(0).max(100_000),
};

/** Input of createIndicator. */
export const createIndicatorInput = z
  .object({
    code: indicatorCodeSchema,
    ...indicatorDescriptionFields,
    direction: indicatorDescriptionFields.direction.default('higher_is_better'),
    colourTarget: indicatorDescriptionFields.colourTarget.default('plan'),
    sortOrder: indicatorDescriptionFields.sortOrder.default(0),
    frequency: z.enum(FREQUENCIES),
    basis: z.enum(BASES).default('calendar'),
    aggregation: z.enum(AGGREGATIONS).default('sum'),
  })
  .strict();
