/**
 * Who performs an action. The CLI and the demo generator act as the system;
 * signed-in users and API tokens act as themselves.
 */
export type Actor =
  | { kind: 'system'; name: string }
  | {
      kind: 'user';
      userId: number;
      name: string;
      role: string;
      /** Root of the organisation subtree the user's role applies to. */
      scopeUnitId: number;
      /** The user's own unit, when any. */
      unitId: number | null;
    };

/** The actor of command-line and maintenance work. */
export const SYSTEM_ACTOR: Actor = { kind: 'system', name: 'system' };
