import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { getUnit } from '../organisation/unit-queries';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { parsePeriodRef, periodLabel } from '../../shared/periods/periods';
import { loadRegime, regimePaths } from './regime-queries';
import { parsePeriodKey } from './period-input';
import { requestStatus, type RequestStatus } from './regime-rules';
import { formatPeriodRef } from '../../shared/periods/periods';

export const REQUEST_STATUSES = ['pending', 'overdue', 'on_time', 'late'] as const;

/** Input of listPeriodicRequests. */
export const listPeriodicRequestsInput = z
  .object({
    regimeId: z.number().int().positive().optional(),
    period: z.string().trim().min(4).max(10).optional(),
    unitId: z.number().int().positive().optional(),
    status: z.enum(REQUEST_STATUSES).optional(),
  })
  .strict();

/** One unit's request for one period, with its receipt and status. */
export interface RequestView {
  id: number;
  regime: { id: number; name: string };
  unit: { id: number; name: string };
  period: string;
  periodLabel: string;
  windowFrom: string;
  windowTo: string;
  deadline: string;
  taskId: number;
  issuedOn: string;
  receivedDocument: {
    id: number;
    numberSymbol: string | null;
    summary: string;
    arrivalDate: string | null;
    fileCount: number;
  } | null;
  receivedOn: string | null;
  /** pending (waiting), overdue (nothing received after the deadline), on_time, late. */
  status: RequestStatus;
  /** Working days past the deadline: of the receipt, or until today while overdue. */
  lateDays: number;
}

/**
 * Requests with their status on today, filtered by regime, period, unit and
 * status, limited to the caller's scope (the unit's or the issuer's). Asking
 * for a regime outside the scope is refused.
 */
export async function listPeriodicRequests(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listPeriodicRequestsInput> },
): Promise<RequestView[]> {
  const data = parseInput(listPeriodicRequestsInput, input);
  const today = ctx.clock.today();
  const q = ctx.db.q;
  authorize(actor, 'periodic_report.read');
  if (data.regimeId !== undefined) {
    const regime = await loadRegime(q, data.regimeId, today);
    authorize(actor, 'periodic_report.read', { unitPaths: await regimePaths(q, regime, today) });
  }
  const period = data.period ? formatPeriodRef(parsePeriodKey(data.period, 'period')) : undefined;
  let query = q
    .selectFrom('periodic_report_requests as r')
    .innerJoin('periodic_report_regimes as g', 'g.id', 'r.regime_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('units as iu', 'iu.id', 'g.issuer_unit_id')
    .leftJoin('documents as d', 'd.id', 'r.received_document_id')
    .select([
      'r.id',
      'r.regime_id',
      'g.name as regime_name',
      'r.unit_id',
      'r.period_key',
      'r.window_from',
      'r.window_to',
      'r.deadline',
      'r.task_id',
      'r.issued_on',
      'r.received_document_id',
      'r.received_on',
      'd.number_symbol',
      'd.summary',
      'd.arrival_date',
    ]);
  const scope = scopePathOf(actor);
  if (scope !== undefined)
    query = query.where((eb) =>
      eb.or([eb('u.path', 'like', `${scope}%`), eb('iu.path', 'like', `${scope}%`)]),
    );
  if (data.regimeId !== undefined) query = query.where('r.regime_id', '=', data.regimeId);
  if (period !== undefined) query = query.where('r.period_key', '=', period);
  if (data.unitId !== undefined) query = query.where('r.unit_id', '=', data.unitId);
  const rows = await query
    .orderBy('r.deadline')
    .orderBy('r.regime_id')
    .orderBy('r.unit_id')
    .orderBy('r.id')
    .execute();
  const cal = await loadWorkingCalendar(q);
  const names = unitNames(q);
  const views: RequestView[] = [];
  for (const r of rows) {
    const status = requestStatus({ deadline: r.deadline, receivedOn: r.received_on }, today);
    if (data.status !== undefined && status !== data.status) continue;
    const ref = parsePeriodRef(r.period_key);
    const files = r.received_document_id
      ? await q
          .selectFrom('document_files')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('document_id', '=', r.received_document_id)
          .executeTakeFirstOrThrow()
      : null;
    views.push({
      id: r.id,
      regime: { id: r.regime_id, name: r.regime_name },
      unit: { id: r.unit_id, name: await names(r.unit_id, r.window_to) },
      period: r.period_key,
      periodLabel: ref ? periodLabel(ref) : r.period_key,
      windowFrom: r.window_from,
      windowTo: r.window_to,
      deadline: r.deadline,
      taskId: r.task_id,
      issuedOn: r.issued_on,
      receivedDocument:
        r.received_document_id === null
          ? null
          : {
              id: r.received_document_id,
              numberSymbol: r.number_symbol,
              summary: r.summary ?? '',
              arrivalDate: r.arrival_date,
              fileCount: Number(files?.n ?? 0),
            },
      receivedOn: r.received_on,
      status,
      lateDays:
        status === 'late'
          ? cal.countWorkingDays(r.deadline, r.received_on ?? r.deadline)
          : status === 'overdue'
            ? cal.countWorkingDays(r.deadline, today)
            : 0,
    });
  }
  return views;
}

/** A cached lookup of unit names as borne on a date. */
export function unitNames(q: Tx): (id: number, asOf: string) => Promise<string> {
  const cache = new Map<string, string>();
  return async (id, asOf) => {
    const key = `${id}@${asOf}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const name = (await getUnit(q, id, asOf))?.name ?? `#${id}`;
    cache.set(key, name);
    return name;
  };
}
