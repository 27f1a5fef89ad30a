import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import {
  RECEPTION_LEADER_KINDS,
  receptionCompliance,
  type ReceptionLeaderKind,
} from '../../shared/citizens/reception';
import { addDays, addMonths, daysInMonth, localDate } from '../../shared/dates/local-date';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'tháng dạng YYYY-MM');

/** Input of receptionComplianceReport: a range of months (at most 24). */
export const receptionComplianceInput = z
  .object({
    fromMonth: month,
    toMonth: month,
    leaderKind: z.enum(RECEPTION_LEADER_KINDS).optional(),
    /** Count ad-hoc sessions towards the minimum too (default: periodic only). */
    countAdHoc: z.boolean().default(false),
  })
  .strict();

/** One leader's verdict for one month. */
export const complianceLineSchema = z.object({
  leader: z.object({ personId: z.number().int(), name: z.string() }),
  leaderKind: z.enum(RECEPTION_LEADER_KINDS),
  month: z.string(),
  /** Reception days that count: held, in person, periodic (unless countAdHoc). */
  days: z.number().int(),
  required: z.number().int(),
  met: z.boolean(),
  minimum: z.object({
    days: z.number().int(),
    per: z.enum(['month', 'week']),
    article: z.string(),
  }),
  /** Sessions on the leader's schedule that month: held in person, delegated, not held. */
  scheduled: z.number().int(),
  heldInPerson: z.number().int(),
  /** Sessions of the month still ahead of today (scheduled). */
  upcoming: z.number().int(),
  delegated: z.number().int(),
  notHeld: z.number().int(),
  adHoc: z.number().int(),
  weeks: z.array(
    z.object({
      monday: z.string(),
      days: z.number().int(),
      required: z.number().int(),
      met: z.boolean(),
    }),
  ),
});
export type ComplianceLine = z.infer<typeof complianceLineSchema>;

function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = `${from}-01`; d.slice(0, 7) <= to; d = addMonths(d, 1)) out.push(d.slice(0, 7));
  return out;
}

/**
 * Whether each leader with sessions in scope met the legal reception minimum
 * each month (Luật Tiếp công dân 2013: Chủ tịch tỉnh 1 day a month, Chủ tịch
 * huyện 2, Chủ tịch xã 1 a week, heads of agencies 1 a month), by
 * `receptionCompliance`. A leader is listed for every month of the range once
 * they have any session in it, so a month without one shows as not met.
 */
export async function receptionComplianceReport(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof receptionComplianceInput> },
): Promise<ComplianceLine[]> {
  const data = parseInput(receptionComplianceInput, input);
  if (data.fromMonth > data.toMonth)
    throw new AppError('DATE_RANGE_INVALID', {
      field: 'toMonth',
      params: { from: data.fromMonth, to: data.toMonth },
    });
  const months = monthsOf(data.fromMonth, data.toMonth);
  if (months.length > 24)
    throw new AppError('FIELD_INVALID', {
      field: 'toMonth',
      params: { reason: 'tối đa 24 tháng' },
    });
  authorize(actor, 'citizen.read');
  const q = ctx.db.q;
  const [y, m] = data.toMonth.split('-').map(Number) as [number, number];
  const from = addDays(`${data.fromMonth}-01`, -7);
  const to = addDays(localDate(y, m, daysInMonth(y, m)), 7);
  const scope = scopePathOf(actor);
  let query = q
    .selectFrom('citizen_reception_sessions as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .innerJoin('people as p', 'p.id', 's.leader_person_id')
    .select([
      's.leader_person_id',
      's.leader_kind',
      's.session_date',
      's.held',
      's.in_person',
      's.kind',
      'p.full_name',
      'p.sort_key',
    ])
    .where('s.session_date', '>=', from)
    .where('s.session_date', '<=', to);
  if (scope) query = query.where('u.path', 'like', `${scope}%`);
  if (data.leaderKind) query = query.where('s.leader_kind', '=', data.leaderKind);
  const rows = await query.orderBy('p.sort_key').orderBy('s.session_date').execute();
  const calendar = await loadWorkingCalendar(q);
  const today = ctx.clock.today();
  const leaders = new Map<string, { personId: number; name: string; kind: ReceptionLeaderKind }>();
  for (const r of rows) {
    const key = `${r.leader_person_id}:${r.leader_kind}`;
    if (!leaders.has(key))
      leaders.set(key, { personId: r.leader_person_id, name: r.full_name, kind: r.leader_kind });
  }
  const out: ComplianceLine[] = [];
  for (const [key, leader] of leaders) {
    const mine = rows.filter((r) => `${r.leader_person_id}:${r.leader_kind}` === key);
    const sessions = mine.map((r) => ({
      date: r.session_date,
      // A session still ahead is scheduled, not held.
      held: r.held === 1 && r.session_date <= today,
      inPerson: r.in_person === 1,
      kind: r.kind,
    }));
    for (const mon of months) {
      const c = receptionCompliance(leader.kind, mon, sessions, {
        countAdHoc: data.countAdHoc,
        calendar,
      });
      const inMonth = sessions.filter((s) => s.date.startsWith(mon));
      out.push({
        leader: { personId: leader.personId, name: leader.name },
        leaderKind: leader.kind,
        month: mon,
        days: c.days,
        required: c.required,
        met: c.met,
        minimum: c.minimum,
        scheduled: inMonth.length,
        heldInPerson: inMonth.filter((s) => s.held && s.inPerson).length,
        upcoming: mine.filter((r) => r.session_date.startsWith(mon) && r.session_date > today)
          .length,
        delegated: inMonth.filter((s) => s.held && !s.inPerson).length,
        notHeld: inMonth.filter((s) => !s.held && s.date <= today).length,
        adHoc: inMonth.filter((s) => s.kind === 'ad_hoc').length,
        weeks: c.weeks,
      });
    }
  }
  return out;
}
