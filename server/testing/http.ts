import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { createUser } from '../access/manage-users';
import type { Role } from '../access/tables';

/** The password test users get. */
export const TEST_PASSWORD = 'matkhau-2023';

/** A signed-in browser: its session cookie and CSRF token. */
export interface Session {
  cookie: string;
  csrf: string;
}

/** Creates a user directly (as the system). */
export async function buildUser(
  ctx: AppContext,
  opts: { username: string; role: Role; unit?: string | null; scope: string },
): Promise<number> {
  const { user } = await createUser(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      username: opts.username,
      fullName: opts.username,
      role: opts.role,
      unit: opts.unit ?? null,
      scope: opts.scope,
      password: TEST_PASSWORD,
    },
  });
  return user.id;
}

/** Signs in through the API and returns the session. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'dh_session');
  if (!cookie) throw new Error('no session cookie');
  return {
    cookie: `dh_session=${cookie.value}`,
    csrf: res.json<{ csrfToken: string }>().csrfToken,
  };
}

/** Calls the API as a session (with its CSRF token on writes). */
export function call(
  app: FastifyInstance,
  session: Session | null,
  opts: Omit<InjectOptions, 'headers'> & { headers?: Record<string, string> },
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...opts.headers };
  if (session) {
    headers.cookie = session.cookie;
    if (opts.method && opts.method !== 'GET') headers['x-csrf-token'] = session.csrf;
  }
  return app.inject({ ...opts, headers } as InjectOptions);
}

/** A multipart body with one file and text fields, for inject(). */
export function multipart(
  fields: Record<string, string>,
  file: { name: string; bytes: Buffer; type?: string },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----dieuhanh-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
