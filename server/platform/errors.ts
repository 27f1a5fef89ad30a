import type { ErrorCode } from './error-catalog';

/** HTTP statuses the error vocabulary maps to. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 429 | 500 | 503;

/**
 * One entry of the error vocabulary: its HTTP status and its message in
 * Vietnamese and English. `{name}` placeholders are filled from the error's
 * params.
 */
export interface ErrorSpec {
  status: ErrorStatus;
  vi: string;
  en: string;
}

/** One problem inside a larger refusal, e.g. a bad cell of an imported sheet. */
export interface ErrorDetail {
  code: ErrorCode;
  field?: string;
  row?: number;
  column?: string;
  params?: Record<string, string | number>;
}

/**
 * The product's single error type: a stable machine `code` (mapped once to an
 * HTTP status and to Vietnamese/English text), the `field` it concerns, and
 * parameters for the message. Use cases throw it; the HTTP layer and the CLI
 * render it.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly params: Record<string, string | number>;
  readonly details: ErrorDetail[];

  constructor(
    code: ErrorCode,
    opts: {
      field?: string;
      params?: Record<string, string | number>;
      details?: ErrorDetail[];
      cause?: unknown;
    } = {},
  ) {
    super(code, { cause: opts.cause });
    this.code = code;
    this.field = opts.field;
    this.params = { ...(opts.field ? { field: opts.field } : {}), ...opts.params };
    this.details = opts.details ?? [];
  }
}

/** True for an AppError with the given code (or any code when omitted). */
export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
