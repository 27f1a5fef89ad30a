/**
 * What the signed-in user may do on an indicator, from the role (the
 * server's ROLE_ACTIONS mirrored in platform/permissions.ts) and whether the
 * user belongs to the unit answerable for its figures. The server decides
 * in the end; this only chooses which forms to offer.
 */
import { canDo } from '../platform/permissions';
import type { SessionUser } from '../platform/session';

/** Whether the user works in (or over) a unit: admin, or the unit is theirs or their scope. */
export function inUnit(user: SessionUser, unitId: number): boolean {
  return user.role === 'admin' || user.unitId === unitId || user.scopeUnitId === unitId;
}

export interface IndicatorAbilities {
  enter: boolean;
  approve: boolean;
  requestExplanation: boolean;
  /** Draft an explanation for the answering unit. */
  draft: (answeringUnitId: number) => boolean;
  /** Send the unit's explanation. */
  answer: (answeringUnitId: number) => boolean;
}

export function indicatorAbilities(user: SessionUser, ownerUnitId: number): IndicatorAbilities {
  const own = inUnit(user, ownerUnitId);
  return {
    enter: own && canDo(user.role, 'indicators.enter'),
    approve: own && canDo(user.role, 'indicators.approve'),
    requestExplanation: canDo(user.role, 'indicators.requestExplanation'),
    // The unit leader answers directly (a draft of theirs would only repeat the answer).
    draft: (unitId) =>
      inUnit(user, unitId) &&
      canDo(user.role, 'indicators.explain') &&
      !canDo(user.role, 'indicators.submitExplanation'),
    answer: (unitId) => inUnit(user, unitId) && canDo(user.role, 'indicators.submitExplanation'),
  };
}
