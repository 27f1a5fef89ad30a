/**
 * The public-investment dashboard's two main aggregates as hand-written SQL,
 * written apart from server/investment (the benchmark's yardstick and the
 * smoke test's check): Σ plan on both denominators and Σ net disbursement
 * (advances + payments − recovered advances) by investor for a plan year on a
 * date, public investment capital only; and the net disbursement by plan year
 * and period month.
 */
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database';

/** One investor's figures as the raw query gives them. */
export interface RawInvestorRow {
  investorUnitId: number;
  planPm: number;
  planLocal: number;
  disbursed: number;
}

/** Σ plan (lines assigned and adjustments dated by `at`) and Σ net disbursement by `at`, per investor. */
export async function rawInvestorFigures(
  q: Tx,
  opts: { provinceUnitId: number; year: number; at: string },
): Promise<RawInvestorRow[]> {
  const { provinceUnitId: p, year, at } = opts;
  const { rows } = await sql<{
    investor: number;
    pm: number | string | null;
    local: number | string | null;
    disbursed: number | string | null;
  }>`
    select x.investor, sum(x.pm) as pm, sum(x.local) as local, sum(x.disbursed) as disbursed
    from (
      select pr.investor_unit_id as investor, cp.pm_amount as pm, cp.local_amount as local,
        0 as disbursed
      from capital_plans cp
      join investment_projects pr on pr.id = cp.project_id
      join capital_sources s on s.id = cp.source_id
      where cp.province_unit_id = ${p} and cp.plan_year = ${year} and cp.assigned_on <= ${at}
        and s.funding_kind = 'investment'
      union all
      select pr.investor_unit_id, a.pm_delta, a.local_delta, 0
      from capital_plan_adjustments a
      join capital_plans cp on cp.id = a.plan_id
      join investment_projects pr on pr.id = cp.project_id
      join capital_sources s on s.id = cp.source_id
      where cp.province_unit_id = ${p} and cp.plan_year = ${year} and a.adjusted_on <= ${at}
        and s.funding_kind = 'investment'
      union all
      select pr.investor_unit_id, 0, 0, d.amount - d.recovered_advance
      from disbursements d
      join investment_projects pr on pr.id = d.project_id
      join capital_sources s on s.id = d.source_id
      where d.province_unit_id = ${p} and d.plan_year = ${year} and d.paid_on <= ${at}
        and s.funding_kind = 'investment'
    ) x
    group by x.investor
    order by x.investor`.execute(q);
  return rows.map((r) => ({
    investorUnitId: Number(r.investor),
    planPm: Number(r.pm ?? 0),
    planLocal: Number(r.local ?? 0),
    disbursed: Number(r.disbursed ?? 0),
  }));
}

/** Net disbursement of public investment capital by plan year and period month, paid by `at`. */
export async function rawMonthlyDisbursed(
  q: Tx,
  opts: { provinceUnitId: number; years: readonly number[]; at: string },
): Promise<Array<{ year: number; month: number; amount: number }>> {
  const { rows } = await sql<{ plan_year: number; period_month: number; amount: number | string }>`
    select d.plan_year, d.period_month, sum(d.amount - d.recovered_advance) as amount
    from disbursements d
    join capital_sources s on s.id = d.source_id
    where d.province_unit_id = ${opts.provinceUnitId}
      and d.plan_year in (${sql.join([...opts.years])})
      and d.paid_on <= ${opts.at} and s.funding_kind = 'investment'
    group by d.plan_year, d.period_month
    order by d.plan_year, d.period_month`.execute(q);
  return rows.map((r) => ({
    year: Number(r.plan_year),
    month: Number(r.period_month),
    amount: Number(r.amount),
  }));
}
