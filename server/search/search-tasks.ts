/**
 * Tasks (nhiệm vụ) and programmes matching a query: content, expected output, item label and the source
 * document's số/ký hiệu (the folded `tasks.search_text`), or led by a unit the query names; in
 * the task list's scope (assigned by or to a unit of the actor's subtree).
 */
import { sql } from 'kysely';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { can, scopePathOf } from '../access/policy';
import { taskInScope } from '../tasks/task-scope';
import {
  matchOfRank,
  matchRank,
  textOrUnit,
  unitIn,
  type KindResult,
  type KindSearch,
} from './search-hit';

/** Tasks the actor may read that match; null when the role may not read tasks. */
export async function searchTasks(q: Tx, actor: Actor, s: KindSearch): Promise<KindResult | null> {
  if (!can(actor, 'task.read')) return null;
  const scope = scopePathOf(actor);
  const unit = unitIn('tasks.lead_unit_id', s.unitIds);
  let matching = q
    .selectFrom('tasks')
    .where(textOrUnit('tasks.search_text', s.query, unit, { q, table: 'tasks', alias: 'tasks' }));
  if (scope) matching = matching.where(taskInScope(scope));
  const rows = await matching
    .leftJoin('documents as src', 'src.id', 'tasks.source_document_id')
    .select([
      'tasks.id',
      'tasks.kind',
      'tasks.content',
      'tasks.lead_unit_id',
      'tasks.deadline',
      'tasks.extended_deadline',
      'src.number_symbol as source_number_symbol',
    ])
    .select(matchRank('tasks.search_text', s.query, { unit }).as('rank'))
    // The total in the same pass over the rows (a second scan for count(*) doubled the time).
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('rank')
    .orderBy('tasks.assigned_on', 'desc')
    .orderBy('tasks.id', 'desc')
    .limit(s.limit)
    .execute();
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      title: r.content,
      subtitle: [s.unitNames.get(r.lead_unit_id), r.source_number_symbol]
        .filter((x): x is string => !!x)
        .join(' — '),
      date: r.extended_deadline ?? r.deadline,
      href: r.kind === 'programme' ? `/nhiem-vu/chuong-trinh/${r.id}` : `/nhiem-vu/${r.id}`,
      match: matchOfRank(r.rank),
    })),
  };
}
