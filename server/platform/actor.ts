import type { Role } from '../access/tables';

/**
 * Who performs an action. The CLI and the demo generator act as the system;
 * signed-in users act as themselves (`via: 'session'`), machine feeds through
 * an API token whose scopes further limit what the user's role allows.
 */
export type Actor =
  | { kind: 'system'; name: string }
  | {
      kind: 'user';
      userId: number;
      name: string;
      role: Role;
      /** Root of the organisation subtree the role applies to. */
      scopeUnitId: number;
      /** Materialised path of the scope unit (`/1/5/`): a resource is in scope when its unit path starts with it. */
      scopePath: string;
      /** The user's own unit, when any. */
      unitId: number | null;
      /** The person (cán bộ) the user is, when linked — e.g. the leader in charge of a task. */
      personId: number | null;
      via: 'session' | 'token';
      /** Scopes of the API token (`documents:read`…); absent for sessions. */
      tokenScopes?: readonly string[];
    };

/** A signed-in actor. */
export type UserActor = Extract<Actor, { kind: 'user' }>;

/** The actor of command-line and maintenance work. */
export const SYSTEM_ACTOR: Actor = { kind: 'system', name: 'system' };

/** A printable name for audit entries. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'system' ? `system:${actor.name}` : actor.name;
}
