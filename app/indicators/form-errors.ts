/**
 * The API's errors on the indicator forms as sentences for the field they
 * concern: known codes get the pages' own words, anything else the
 * server's message without its `Trường "x":` prefix.
 */
import { ApiError } from '../platform/api-client';
import type { IndicatorsText } from './text';

/** The message for one field of a form, or undefined when the error is about another. */
export function indicatorFieldError(
  error: unknown,
  field: string,
  t: IndicatorsText,
  /** Fields left empty in the refused submission: any refusal of one means it is missing. */
  empty: ReadonlySet<string> = new Set(),
): string | undefined {
  if (!(error instanceof ApiError) || error.field !== field) return undefined;
  const e = t.errors;
  // The API reports some missing texts as invalid ("expected string, received undefined").
  const code = error.code === 'FIELD_INVALID' && empty.has(field) ? 'FIELD_REQUIRED' : error.code;
  switch (code) {
    case 'FIELD_REQUIRED':
      if (field === 'value') return e.valueRequired;
      if (field === 'numerator') return e.numeratorRequired;
      if (field === 'denominator') return e.denominatorRequired;
      if (field === 'dueOn') return e.dueRequired;
      if (field === 'message') return e.messageRequired;
      if (field === 'body') return e.bodyRequired;
      if (field === 'period') return e.periodInvalid;
      break;
    case 'INDICATOR_PERIOD_LOCKED':
      return e.periodLocked;
    case 'INDICATOR_PERIOD_NOT_STARTED':
      return e.periodNotStarted;
    case 'INDICATOR_PERIOD_KIND':
      return e.periodKind;
    case 'INDICATOR_DUE_BEFORE_REQUEST':
      return e.dueBeforeToday;
    case 'INDICATOR_NOT_RED':
      return e.notRed;
    case 'FIELD_INVALID':
      if (field === 'period') return e.periodInvalid;
      break;
  }
  return withoutFieldPrefix(error.message);
}

/** Whether an error belongs to one of the form's fields (shown there, not on top). */
export function isFieldError(error: unknown, fields: readonly string[]): boolean {
  return error instanceof ApiError && error.field !== undefined && fields.includes(error.field);
}

/** `Trường "period": kỳ … đã khóa` → `Kỳ … đã khóa` (also `Field "x": …`). */
function withoutFieldPrefix(message: string): string {
  const rest = message.replace(/^(Trường|Field) "[^"]*"(:| không hợp lệ:| is invalid:)?\s*/, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}
