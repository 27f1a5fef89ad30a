import type { Actor } from '../platform/actor';
import { can } from '../access/policy';

/**
 * Where a unit opens in the web application: its page in the administration area for those who
 * manage units, else the list of the tasks it leads (every reader's page about a unit).
 */
export function unitHref(actor: Actor, unitId: number): string {
  return can(actor, 'unit.manage')
    ? `/quan-tri/don-vi/${unitId}`
    : `/nhiem-vu?unit=${unitId}&role=lead`;
}
