import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import type { Role } from './tables';

/**
 * Every action the policy knows. An area adds its actions here and its rows
 * to ROLE_ACTIONS; the permission-matrix test checks every route against it.
 */
export const ACTIONS = [
  'unit.read',
  'unit.manage',
  'person.read',
  'person.manage',
  'council.read',
  'council.manage',
  'calendar.read',
  'calendar.manage',
  'document.read',
  'document.read_secret',
  'document.write',
  'user.manage',
  'audit.read',
  'token.manage',
  'notification.manage',
  'task.read',
  'task.manage',
  'task.report',
  'task.approve_unit',
  'task.decide',
  'task.urge',
  'meeting.read',
  'meeting.manage',
  'leader_calendar.read',
  'leader_calendar.manage',
  'leader_calendar.add_own',
  'indicator.read',
  'indicator.manage',
  'indicator.enter',
  'indicator.approve',
  'indicator.request_explanation',
  'indicator.explain',
  'indicator.submit_explanation',
  'investment.read',
  'investment.manage',
  'investment.disburse',
  'report.read',
  'report.manage',
  'evaluation.read',
  'evaluation.run',
  'evaluation.manage',
  'periodic_report.read',
  'periodic_report.manage',
  'citizen.read',
  'citizen.manage',
  'citizen.handle',
  'citizen.break_glass',
  'voter_petition.read',
  'voter_petition.manage',
  'business_feedback.read',
  'business_feedback.manage',
  /** The province's leader dashboard (bảng điều hành của lãnh đạo). */
  'dashboard.leader',
] as const;
export type Action = (typeof ACTIONS)[number];

const READ_ALL: readonly Action[] = [
  'unit.read',
  'person.read',
  'council.read',
  'calendar.read',
  'document.read',
  'task.read',
  'meeting.read',
  'leader_calendar.read',
  'indicator.read',
  'investment.read',
  'report.read',
  'evaluation.read',
  'periodic_report.read',
  'citizen.read',
  'voter_petition.read',
  'business_feedback.read',
];

/** What each role may do, inside its scope subtree. */
export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ACTIONS,
  leader: [
    ...READ_ALL,
    'dashboard.leader',
    'document.read_secret',
    'task.decide',
    'task.urge',
    'leader_calendar.add_own',
    'indicator.request_explanation',
  ],
  office: [
    ...READ_ALL,
    'dashboard.leader',
    'document.read_secret',
    'document.write',
    'council.manage',
    'task.manage',
    'task.report',
    'task.urge',
    'meeting.manage',
    'leader_calendar.manage',
    'indicator.manage',
    'investment.manage',
    'investment.disburse',
    'report.manage',
    'evaluation.run',
    'evaluation.manage',
    'periodic_report.manage',
    'citizen.manage',
    'citizen.handle',
    'voter_petition.manage',
    'business_feedback.manage',
  ],
  unit_leader: [
    ...READ_ALL,
    'task.report',
    'task.approve_unit',
    'investment.disburse',
    'indicator.enter',
    'indicator.approve',
    'indicator.explain',
    'indicator.submit_explanation',
    'citizen.handle',
  ],
  unit_staff: [
    ...READ_ALL,
    'task.report',
    'investment.disburse',
    'indicator.enter',
    'indicator.explain',
    'citizen.handle',
  ],
  viewer: [...READ_ALL, 'dashboard.leader'],
};

/** The resource an action touches: the units it belongs to (any one in scope suffices). */
export interface Resource {
  unitPaths: readonly string[];
}

/** The API-token scope an action needs: `document.write` → `documents:write`. */
export function tokenScopeFor(action: Action): string {
  const [area, verb] = action.split('.') as [string, string];
  return `${area}s:${verb === 'read' ? 'read' : 'write'}`;
}

/**
 * The one authorization rule: the system may do anything; a user may do what
 * the role allows, on resources inside the scope subtree, and through an API
 * token only within the token's scopes. Reference data (no resource) needs
 * only the role.
 */
export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  if (actor.kind === 'system') return true;
  if (!ROLE_ACTIONS[actor.role].includes(action)) return false;
  if (actor.via === 'token' && !(actor.tokenScopes ?? []).includes(tokenScopeFor(action)))
    return false;
  if (!resource) return true;
  return resource.unitPaths.some((p) => p.startsWith(actor.scopePath));
}

/** Throws FORBIDDEN (403) unless `can` allows it. */
export function authorize(actor: Actor, action: Action, resource?: Resource): void {
  if (!can(actor, action, resource)) {
    throw new AppError('FORBIDDEN', { params: { action } });
  }
}

/** The subtree a listing is limited to: the actor's scope (undefined = everything, for the system). */
export function scopePathOf(actor: Actor): string | undefined {
  return actor.kind === 'system' ? undefined : actor.scopePath;
}
