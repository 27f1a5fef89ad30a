import { sql, type RawBuilder } from 'kysely';
import type { ExtensionRule } from '../../shared/tasks/status';

/**
 * The task status of shared/tasks/status.ts as SQL expressions over the task
 * columns, so statistics group and count in the database (same on SQLite and
 * PostgreSQL: dates are `YYYY-MM-DD` text and compare as text). A test checks
 * these expressions against the pure function on random timelines.
 */
export function effectiveDeadlineSql(
  d: string,
  rule: ExtensionRule,
  alias = 't',
): RawBuilder<string | null> {
  const t = sql.raw(alias);
  if (rule === 'never') return sql<string | null>`${t}.deadline`;
  const counted =
    rule === 'always'
      ? sql`${t}.extension_approved_on is not null and ${t}.extension_approved_on <= ${d}`
      : sql`${t}.extension_approved_on is not null and ${t}.extension_approved_on <= ${d} and (${t}.deadline is null or ${t}.extension_approved_on <= ${t}.deadline)`;
  return sql<
    string | null
  >`(case when ${counted} then ${t}.extended_deadline else ${t}.deadline end)`;
}

/** The completion counted at d (a re-opening on or before d undoes the first completion). */
export function completionSql(d: string, alias = 't'): RawBuilder<string | null> {
  const t = sql.raw(alias);
  return sql<string | null>`(case
    when ${t}.completed_on is not null and ${t}.completed_on <= ${d} then ${t}.completed_on
    when ${t}.first_completed_on is not null and ${t}.first_completed_on <= ${d}
      and (${t}.reopened_on is null or ${t}.reopened_on > ${d}) then ${t}.first_completed_on
    end)`;
}

/** The status code at d: HT_DUNG_HAN, HT_QUA_HAN, CHT_TRONG_HAN, CHT_QUA_HAN or KHONG_THOI_HAN. */
export function statusSql(d: string, rule: ExtensionRule, alias = 't'): RawBuilder<string> {
  const eff = effectiveDeadlineSql(d, rule, alias);
  const comp = completionSql(d, alias);
  return sql<string>`(case
    when ${eff} is null then 'KHONG_THOI_HAN'
    when ${comp} is not null then (case when ${comp} <= ${eff} then 'HT_DUNG_HAN' else 'HT_QUA_HAN' end)
    when ${d} > ${eff} then 'CHT_QUA_HAN'
    else 'CHT_TRONG_HAN'
  end)`;
}
