import type { Generated } from 'kysely';

/** Roles (GLOSSARY): each applies within the subtree of the user's scope unit. */
export const ROLES = ['admin', 'leader', 'office', 'unit_leader', 'unit_staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  password_hash: string;
  role: Role;
  unit_id: number | null;
  scope_unit_id: number;
  person_id: number | null;
  active: Generated<number>;
  failed_logins: Generated<number>;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  user_id: number;
  /** JSON array of scopes, e.g. ["documents:read"]. */
  scopes: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface AccessTables {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
}
