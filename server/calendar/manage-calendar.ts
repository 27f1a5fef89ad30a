import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { getSetting, setSetting } from '../platform/settings';
import { localDateSchema, parseInput, textSchema } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { isoWeekday } from '../../shared/dates/local-date';
import { loadWorkingCalendar } from './load-working-calendar';

/** The calendar of one year: its special days and how many working days it has. */
export interface CalendarYear {
  year: number;
  entries: Array<{
    date: string;
    kind: 'holiday' | 'day_off' | 'working_day';
    name: string;
    source: 'shipped' | 'admin';
  }>;
  workingDays: number;
}

/** The special days of a year (holidays, compensatory days off, làm bù days) and its working-day count. */
export async function getCalendarYear(
  ctx: AppContext,
  { actor, year }: { actor: Actor; year: number },
): Promise<CalendarYear> {
  authorize(actor, 'calendar.read');
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new AppError('FIELD_INVALID', {
      field: 'year',
      params: { reason: 'năm từ 1990 đến 2100' },
    });
  }
  const rows = await ctx.db.q
    .selectFrom('calendar_entries')
    .select(['date', 'kind', 'name', 'source'])
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .execute();
  const cal = await loadWorkingCalendar(ctx.db.q);
  return {
    year,
    entries: rows,
    workingDays: cal.countWorkingDays(`${year - 1}-12-31`, `${year}-12-31`),
  };
}

export const addCalendarEntryInput = z
  .object({
    date: localDateSchema,
    kind: z.enum(['holiday', 'day_off', 'working_day']),
    name: textSchema(200),
  })
  .strict();

const WEEKDAY_NAMES = [
  '',
  'thứ Hai',
  'thứ Ba',
  'thứ Tư',
  'thứ Năm',
  'thứ Sáu',
  'thứ Bảy',
  'Chủ nhật',
];

/**
 * Adds a day to the province's calendar: a holiday, a compensatory or swapped
 * day off (nghỉ bù), or a weekend day declared a working day (làm bù — only a
 * Saturday or Sunday can be one; a day off on a weekend changes nothing).
 */
export async function addCalendarEntry(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof addCalendarEntryInput> },
) {
  const data = parseInput(addCalendarEntryInput, input);
  authorize(actor, 'calendar.manage');
  const weekday = isoWeekday(data.date);
  const weekend = weekday >= 6;
  if (data.kind === 'working_day' && !weekend) {
    throw new AppError('CALENDAR_ENTRY_KIND_INVALID', {
      field: 'kind',
      params: {
        date: data.date,
        weekday: WEEKDAY_NAMES[weekday] ?? '',
        reason: 'chỉ ngày thứ Bảy, Chủ nhật mới có thể là ngày làm bù',
      },
    });
  }
  if (data.kind === 'day_off' && weekend) {
    throw new AppError('CALENDAR_ENTRY_KIND_INVALID', {
      field: 'kind',
      params: {
        date: data.date,
        weekday: WEEKDAY_NAMES[weekday] ?? '',
        reason: 'ngày nghỉ bù phải là ngày làm việc thông thường',
      },
    });
  }
  return ctx.db.write(async (tx) => {
    const existing = await tx
      .selectFrom('calendar_entries')
      .select(['name'])
      .where('date', '=', data.date)
      .executeTakeFirst();
    if (existing)
      throw new AppError('CALENDAR_ENTRY_EXISTS', {
        field: 'date',
        params: { date: data.date, name: existing.name },
      });
    const row = await tx
      .insertInto('calendar_entries')
      .values({
        date: data.date,
        kind: data.kind,
        name: data.name,
        source: 'admin',
        created_at: ctx.clock.now().toISOString(),
      })
      .returning(['date', 'kind', 'name', 'source'])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'calendar.add',
      entity: 'calendar_entry',
      entityId: data.date,
      after: row,
    });
    return row;
  });
}

/** Removes a day from the calendar; a removed shipped holiday is not added back at the next start. */
export async function removeCalendarEntry(
  ctx: AppContext,
  { actor, date }: { actor: Actor; date: string },
): Promise<void> {
  const parsed = parseInput(z.object({ date: localDateSchema }), { date });
  authorize(actor, 'calendar.manage');
  await ctx.db.write(async (tx) => {
    const row = await tx
      .selectFrom('calendar_entries')
      .selectAll()
      .where('date', '=', parsed.date)
      .executeTakeFirst();
    if (!row)
      throw new AppError('NOT_FOUND', {
        field: 'date',
        params: { entity: 'ngày trong lịch', id: parsed.date },
      });
    await tx.deleteFrom('calendar_entries').where('date', '=', parsed.date).execute();
    if (row.source === 'shipped') {
      const removed = await getSetting(tx, 'calendarRemovedShipped');
      await setSetting(
        tx,
        'calendarRemovedShipped',
        [...new Set([...removed, parsed.date])].sort(),
        ctx.clock.now(),
      );
    }
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'calendar.remove',
      entity: 'calendar_entry',
      entityId: parsed.date,
      before: row,
    });
  });
}
