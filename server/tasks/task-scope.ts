import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../platform/db/schema';

/**
 * Tasks visible from an organisation subtree: assigned by a unit in it, or
 * with any assigned unit (lead, coordinating, following) in it.
 */
export function taskInScope(scopePath: string) {
  return (eb: ExpressionBuilder<Database, 'tasks'>) =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('units as su')
          .select(sql`1`.as('one'))
          .whereRef('su.id', '=', 'tasks.assigning_unit_id')
          .where('su.path', 'like', `${scopePath}%`),
      ),
      eb.exists(
        eb
          .selectFrom('task_assignments as sa')
          .innerJoin('units as su2', 'su2.id', 'sa.unit_id')
          .select(sql`1`.as('one'))
          .whereRef('sa.task_id', '=', 'tasks.id')
          .where('su2.path', 'like', `${scopePath}%`),
      ),
    ]);
}

/** Tasks that count in statistics: real tasks (not programme roots) without sub-tasks. */
export function countedTask() {
  return (eb: ExpressionBuilder<Database, 'tasks'>) =>
    eb.and([
      eb('tasks.kind', '=', 'task'),
      eb.not(
        eb.exists(
          eb
            .selectFrom('tasks as child')
            .select(sql`1`.as('one'))
            .whereRef('child.parent_id', '=', 'tasks.id'),
        ),
      ),
    ]);
}
