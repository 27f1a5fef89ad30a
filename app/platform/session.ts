/**
 * The signed-in user (cookie session) and the product metadata, read through
 * React Query: `GET /api/v1/auth/me` (401 means nobody is signed in) and
 * `GET /api/v1/meta` (demo flag, the product clock's today, the province).
 */
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './api-client';

/** Roles; the server enforces them, the interface only shows or hides actions. */
export const ROLES = ['admin', 'leader', 'office', 'unit_leader', 'unit_staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The user as /auth/login and /auth/me return it. */
export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  scopeUnitId: number | null;
}

export interface SessionPayload {
  user: SessionUser;
  csrfToken: string;
}

/** `GET /api/v1/meta`. */
export interface Meta {
  demo: boolean;
  dataLabel: string | null;
  /** The product clock's today (the demo lives on 2023-07-10): use it for defaults, never the browser's date. */
  today: string;
  clockSource: string;
  province: { id: number; code: string; name: string } | null;
  version: string;
}

export const SESSION_KEY = ['session'] as const;
export const META_KEY = ['meta'] as const;

async function fetchSession(): Promise<SessionPayload | null> {
  try {
    const payload = await api.get<SessionPayload>('/api/v1/auth/me');
    setCsrfToken(payload.csrfToken);
    return payload;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

/** The session: `data` is null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The signed-in user (only inside the signed-in shell). */
export function useUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useUser outside a signed-in page');
  return data.user;
}

/** Stores a fresh session after sign-in. */
export function acceptSession(client: QueryClient, payload: SessionPayload): void {
  setCsrfToken(payload.csrfToken);
  client.setQueryData(SESSION_KEY, payload);
}

/** Forgets everything the previous user saw (the public metadata stays). */
export function endSession(client: QueryClient): void {
  setCsrfToken(null);
  const keep = new Set<unknown>([SESSION_KEY[0], META_KEY[0]]);
  client.removeQueries({ predicate: (q) => !keep.has(q.queryKey[0]) });
  client.setQueryData(SESSION_KEY, null);
}

/** Signs out on the server, then locally. */
export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    try {
      await api.post('/api/v1/auth/logout');
    } finally {
      endSession(client);
    }
  };
}

/** Product metadata; `today` is the date every default uses. */
export function useMeta() {
  return useQuery({
    queryKey: META_KEY,
    queryFn: () => api.get<Meta>('/api/v1/meta'),
    staleTime: 10 * 60_000,
  });
}

/** The product clock's today (`YYYY-MM-DD`); App renders pages only once meta has loaded. */
export function useToday(): string {
  const { data } = useMeta();
  return data?.today ?? '';
}
