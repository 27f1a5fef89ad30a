import { ERROR_CATALOG, type ErrorCode } from './error-catalog';
import type { AppError, ErrorStatus } from './errors';

/** Language of a rendered message: Vietnamese first, English on request. */
export type Lang = 'vi' | 'en';

/** The JSON shape of every error the API returns. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
  details?: Array<{
    code: ErrorCode;
    message: string;
    field?: string;
    row?: number;
    column?: string;
  }>;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : String(params[name]),
  );
}

/** The message of `code` in `lang` with its placeholders filled. */
export function errorMessage(
  code: ErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return fill(ERROR_CATALOG[code][lang], params);
}

/** HTTP status of an error code. */
export function errorStatus(code: ErrorCode): ErrorStatus {
  return ERROR_CATALOG[code].status;
}

/** Renders an AppError as the API's error body. */
export function renderError(err: AppError, lang: Lang): ErrorBody {
  const body: ErrorBody = { code: err.code, message: errorMessage(err.code, lang, err.params) };
  if (err.field) body.field = err.field;
  if (err.details.length > 0) {
    body.details = err.details.map((d) => {
      const params = {
        ...d.params,
        ...(d.field ? { field: d.field } : {}),
        ...(d.row !== undefined ? { row: d.row } : {}),
        ...(d.column ? { column: d.column } : {}),
      };
      return {
        code: d.code,
        message: errorMessage(d.code, lang, params),
        ...(d.field ? { field: d.field } : {}),
        ...(d.row !== undefined ? { row: d.row } : {}),
        ...(d.column ? { column: d.column } : {}),
      };
    });
  }
  return body;
}

/** Picks the language from an Accept-Language header: English only when preferred. */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return 'vi';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
