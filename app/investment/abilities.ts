/**
 * What the disbursement pages offer to which role, following the server's
 * ROLE_ACTIONS (server/access/policy.ts) and server/investment/permission-rows.ts.
 * The server decides; this only hides what a user could not use.
 */
import type { Role } from '../platform/session';

/** Provincial aggregates need the province in scope (investment.read): not the unit-scoped roles. */
export const canSeeDashboard = (role: Role) =>
  role === 'admin' || role === 'leader' || role === 'office' || role === 'viewer';

/** investment.disburse: the office and the investor's own people. */
export const canImportDisbursements = (role: Role) =>
  role === 'admin' || role === 'office' || role === 'unit_leader' || role === 'unit_staff';

/** investment.manage: capital plans are the office's. */
export const canImportPlans = (role: Role) => role === 'admin' || role === 'office';
