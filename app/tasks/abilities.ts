/**
 * What the signed-in user may do on one task, from the role (the server's
 * ROLE_ACTIONS, mirrored in platform/permissions.ts) and from the user's
 * unit's part in the task. The server decides in the end (scope, the leader
 * in charge); this only decides which forms to offer.
 */
import { canDo } from '../platform/permissions';
import type { SessionUser } from '../platform/session';
import type { Assignment, TaskDetail } from './api';

export interface TaskAbilities {
  /** The user's own unit's assignment, if the unit takes part. */
  own: Assignment | undefined;
  /** Assignments the user may report progress on. */
  reportable: Assignment[];
  /** Ask for an extension (the lead unit, or the office for it). */
  requestExtension: boolean;
  /** Forward a staff request / approve a progress report of the unit. */
  approveUnit: (unitId: number) => boolean;
  decideExtension: boolean;
  urge: boolean;
  complete: boolean;
  manage: boolean;
  markRead: (unitId: number) => boolean;
}

/** Whether the user works for the whole province's office (their scope covers every unit). */
function isOffice(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'office';
}

export function taskAbilities(task: TaskDetail, user: SessionUser): TaskAbilities {
  const open = task.completedOn === null;
  const own = task.assignments.find((a) => a.unitId === user.unitId);
  const ownLead = own?.role === 'lead';
  const canReport = open && canDo(user.role, 'tasks.report');
  return {
    own,
    reportable: !canReport ? [] : isOffice(user) ? task.assignments : own ? [own] : [],
    requestExtension: canReport && (isOffice(user) || ownLead),
    approveUnit: (unitId) =>
      canDo(user.role, 'tasks.approveUnit') && (user.role === 'admin' || unitId === user.unitId),
    decideExtension: open && canDo(user.role, 'tasks.decide'),
    urge: open && canDo(user.role, 'tasks.urge'),
    complete:
      open &&
      canDo(user.role, 'tasks.complete') &&
      (isOffice(user) || (user.role === 'unit_leader' && ownLead)),
    manage: canDo(user.role, 'tasks.reopen'),
    markRead: (unitId) => unitId === user.unitId,
  };
}
