import { z } from 'zod';
import { isLocalDate, type LocalDate } from '../../shared/dates/local-date';
import { nfc } from '../../shared/vi/text';
import { AppError, type ErrorDetail } from './errors';

// Vietnamese first: zod's own messages ("expected string…") come out in Vietnamese.
z.config(z.locales.vi());

/** A real calendar date in `YYYY-MM-DD` form (31/02 is refused). */
export const localDateSchema = z
  .string()
  .trim()
  .refine((s): s is LocalDate => isLocalDate(s), {
    message: 'phải là ngày có thật dạng YYYY-MM-DD',
  });

/** Non-empty text, trimmed and stored as NFC. */
export const textSchema = (max = 2000) =>
  z
    .string()
    .transform((s) => nfc(s).trim())
    .pipe(z.string().min(1, 'không được để trống').max(max, `tối đa ${max} ký tự`));

/** Optional text: empty strings become null. */
export const optionalTextSchema = (max = 2000) =>
  z
    .string()
    .transform((s) => nfc(s).trim())
    .pipe(z.string().max(max, `tối đa ${max} ký tự`))
    .transform((s) => (s === '' ? null : s))
    .nullish()
    .transform((s) => s ?? null);

/**
 * Validates a use case's input with its schema; a failure becomes one AppError
 * naming the first bad field, with every problem in `details`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // reportInput: the issue carries the value, so a missing field (undefined) is told from a wrong one.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const details: ErrorDetail[] = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || 'input';
    return issue.code === 'invalid_type' && issue.input === undefined
      ? { code: 'FIELD_REQUIRED', field }
      : { code: 'FIELD_INVALID', field, params: { reason: issue.message } };
  });
  const first = details[0] ?? { code: 'VALIDATION_FAILED' as const, field: 'input' };
  throw new AppError(first.code, {
    ...(first.field ? { field: first.field } : {}),
    params: { ...first.params, reason: String(first.params?.reason ?? '') },
    details,
  });
}
