/**
 * The API as a demo user, for preparing what a journey needs (a fresh task,
 * an incoming document) without depending on the demo's data: signs in with
 * POST /auth/login and sends the session cookie and the CSRF token.
 */
import { DEMO_PASSWORD, DEMO_USERS, type DemoRole } from './chromium.mjs';

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

/** Signs in as a demo role and returns a small client; a non-2xx answer throws with its body. */
export async function apiAs(baseURL: string, role: DemoRole): Promise<ApiSession> {
  const login = await fetch(`${baseURL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: DEMO_USERS[role], password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in as ${role} failed: ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(baseURL + path, {
      method,
      headers: {
        cookie,
        Accept: 'application/json',
        ...(body === undefined
          ? {}
          : { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
  };
}

/** A text no demo record contains, so a search finds exactly what the journey made. */
export function uniqueText(prefix: string): string {
  return `${prefix} (mã thử ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)})`;
}
