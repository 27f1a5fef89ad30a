/**
 * The VPCP task table by lead unit × status as one hand-written SQL query:
 * the reference the benchmark times the application against, and the smoke
 * test checks the application's answer with. Written independently of
 * status-sql.ts on purpose; the rule is the default extension rule
 * (`if_approved_before_deadline`): an approved extension counts when it was
 * approved on or before the original deadline.
 */
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database';

/** One group: a lead unit, a status code, how many tasks. */
export interface RawStatRow {
  unitId: number;
  status: string;
  n: number;
}

/** Counts the tasks that count (leaf tasks, not programme roots) assigned by `at`, under `scopePath` if given. */
export async function rawTaskStatistics(
  q: Tx,
  at: string,
  scopePath?: string,
): Promise<RawStatRow[]> {
  const scope = scopePath
    ? sql`and (
        exists (select 1 from units su where su.id = t.assigning_unit_id and su.path like ${`${scopePath}%`})
        or exists (select 1 from task_assignments sa join units su2 on su2.id = sa.unit_id
                   where sa.task_id = t.id and su2.path like ${`${scopePath}%`}))`
    : sql``;
  const { rows } = await sql<{ unit_id: number; status: string; n: number }>`
    select e.lead_unit_id as unit_id,
      case
        when e.eff is null then 'KHONG_THOI_HAN'
        when e.comp is not null then case when e.comp <= e.eff then 'HT_DUNG_HAN' else 'HT_QUA_HAN' end
        when ${at} > e.eff then 'CHT_QUA_HAN'
        else 'CHT_TRONG_HAN'
      end as status,
      count(*) as n
    from (
      select t.lead_unit_id,
        case when t.extension_approved_on is not null and t.extension_approved_on <= ${at}
               and (t.deadline is null or t.extension_approved_on <= t.deadline)
             then t.extended_deadline else t.deadline end as eff,
        case when t.completed_on is not null and t.completed_on <= ${at} then t.completed_on
             when t.first_completed_on is not null and t.first_completed_on <= ${at}
               and (t.reopened_on is null or t.reopened_on > ${at}) then t.first_completed_on
        end as comp
      from tasks t
      where t.kind = 'task' and t.assigned_on <= ${at}
        and not exists (select 1 from tasks c where c.parent_id = t.id)
        ${scope}
    ) e
    group by 1, 2
    order by 1, 2`.execute(q);
  return rows.map((r) => ({ unitId: Number(r.unit_id), status: r.status, n: Number(r.n) }));
}
