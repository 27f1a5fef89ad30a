/**
 * What the scorecard pages offer to which role, following the server's
 * ROLE_ACTIONS (server/access/policy.ts: evaluation.run and evaluation.manage
 * are the Văn phòng UBND's, server/evaluation/permission-rows.ts).
 * The server decides; this only hides what a user could not use.
 */
import type { Role } from '../platform/session';

export const canStartRun = (role: Role) => role === 'admin' || role === 'office';
export const canSetWeights = (role: Role) => role === 'admin' || role === 'office';
