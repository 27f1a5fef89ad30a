/**
 * The one API client of the web application: a fetch wrapper that sends the
 * chosen language (Accept-Language), the CSRF token on every write, JSON
 * bodies, and turns every failure into an {@link ApiError} carrying the
 * server's `{ code, message, field?, details? }`.
 */

/** A row of `details` (import errors: row and column). */
export interface ApiErrorDetail {
  code?: string;
  message: string;
  row?: number;
  column?: string;
  [key: string]: unknown;
}

/** A failed request, with the server's message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: ApiErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type ApiLanguage = 'vi' | 'en';

type QueryValue = string | number | boolean | null | undefined;
/** Query parameters; arrays repeat the key (`type=QD&type=BC`); empty values are left out. */
export type Query = Record<string, QueryValue | readonly QueryValue[]>;

let csrfToken: string | null = null;
let language: ApiLanguage = 'vi';
let onUnauthorized: (() => void) | null = null;

/** Remembers the token the sign-in (or /auth/me) returned; writes send it as X-CSRF-Token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The language sent as Accept-Language, so server messages come in it. */
export function setApiLanguage(lang: ApiLanguage): void {
  language = lang;
}

/** Called on a 401 outside the sign-in endpoints (the session ended): the app shows sign-in. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

const CLIENT_MESSAGES = {
  vi: {
    network: 'Không kết nối được với máy chủ. Hãy kiểm tra mạng rồi thử lại.',
    http: (status: number) => `Máy chủ trả lời không như mong đợi (mã ${status}). Hãy thử lại sau.`,
  },
  en: {
    network: 'Cannot reach the server. Check the network and try again.',
    http: (status: number) =>
      `The server gave an unexpected answer (status ${status}). Try again later.`,
  },
} as const;

/** `?a=1&type=QD&type=BC` from an object, leaving out empty values. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values: readonly QueryValue[] = Array.isArray(value) ? value : [value as QueryValue];
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue;
      params.append(key, String(v));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  query?: Query;
  json?: unknown;
  form?: FormData;
  signal?: AbortSignal;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SESSION_PATHS = ['/api/v1/auth/login', '/api/v1/auth/me'];

/** Sends one request and returns the parsed JSON body (undefined for 204). */
export async function apiRequest<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
  };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  if (WRITE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path + toQueryString(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', CLIENT_MESSAGES[language].network);
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  if (response.status === 401 && !SESSION_PATHS.includes(path)) onUnauthorized?.();
  throw toApiError(response.status, payload);
}

function toApiError(status: number, payload: unknown): ApiError {
  if (payload && typeof payload === 'object' && 'message' in payload) {
    const p = payload as { code?: unknown; message: unknown; field?: unknown; details?: unknown };
    return new ApiError(
      status,
      typeof p.code === 'string' ? p.code : `HTTP_${status}`,
      String(p.message),
      typeof p.field === 'string' ? p.field : undefined,
      Array.isArray(p.details) ? (p.details as ApiErrorDetail[]) : undefined,
    );
  }
  return new ApiError(status, `HTTP_${status}`, CLIENT_MESSAGES[language].http(status));
}

/** Short forms of {@link apiRequest}. */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, json?: unknown) => apiRequest<T>('POST', path, { json: json ?? {} }),
  patch: <T>(path: string, json: unknown) => apiRequest<T>('PATCH', path, { json }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => apiRequest<T>('POST', path, { form }),
};

/** Lists come as `{ items }`; a few endpoints may answer a bare array. */
export function itemsOf<T>(payload: { items: T[] } | T[] | undefined): T[] {
  if (!payload) return [];
  return Array.isArray(payload) ? payload : payload.items;
}
