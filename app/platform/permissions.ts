/**
 * Which actions the interface offers to which role, following the server's
 * ROLE_ACTIONS (server/access/policy.ts: `document.write` is admin and office).
 * The server decides; this only hides what a user could not use.
 */
import type { Role } from './session';

export type UiAction =
  | 'documents.issue'
  | 'documents.registerIncoming'
  | 'documents.correct'
  | 'documents.upload'
  | 'documents.import'
  | 'admin';

const ALLOWED: Record<UiAction, readonly Role[]> = {
  'documents.issue': ['admin', 'office'],
  'documents.registerIncoming': ['admin', 'office'],
  'documents.correct': ['admin', 'office'],
  'documents.upload': ['admin', 'office'],
  'documents.import': ['admin', 'office'],
  admin: ['admin'],
};

/** True when the role may see the action. */
export function canDo(role: Role, action: UiAction): boolean {
  return ALLOWED[action].includes(role);
}
