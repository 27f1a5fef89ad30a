import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { UserActor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { parseInput } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { DEFAULT_BEFORE_DEADLINE_DAYS } from './reminder-rules';
import { OVERDUE_REPEATS, type OverdueRepeat } from './tables';

/** A person's notification choices, as the API shows them. */
export interface NotificationPreferences {
  /** Days before the effective deadline to be reminded (nhắc trước hạn), largest first. */
  beforeDeadlineDays: number[];
  /** How often an overdue task is reminded again. */
  overdueRepeat: OverdueRepeat;
  /** Local `HH:MM` of the daily digest (bản tổng hợp hằng ngày); null: none. */
  digestTime: string | null;
  /** Also by e-mail (to the address of the person linked to the account). */
  email: boolean;
  /** Also through the province's connected services (Zalo OA, SMS gateway). */
  webhook: boolean;
}

/** What a user without a stored row gets: 7/3/1/0 days, daily when overdue, no digest, every channel. */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  beforeDeadlineDays: [...DEFAULT_BEFORE_DEADLINE_DAYS],
  overdueRepeat: 'daily',
  digestTime: null,
  email: true,
  webhook: true,
};

/** `HH:MM`, 00:00–23:59. */
export const digestTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ dạng HH:MM, ví dụ 07:30');

export const updatePreferencesInput = z
  .object({
    beforeDeadlineDays: z
      .array(z.number().int().min(0).max(60))
      .max(10)
      .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
    overdueRepeat: z.enum(OVERDUE_REPEATS),
    digestTime: digestTimeSchema.nullable(),
    email: z.boolean(),
    webhook: z.boolean(),
  })
  .strict();

type Row = {
  user_id: number;
  before_deadline_days: string;
  overdue_repeat: OverdueRepeat;
  digest_time: string | null;
  email_enabled: number;
  webhook_enabled: number;
};

function toPreferences(row: Row | undefined): NotificationPreferences {
  if (!row)
    return { ...DEFAULT_PREFERENCES, beforeDeadlineDays: [...DEFAULT_BEFORE_DEADLINE_DAYS] };
  return {
    beforeDeadlineDays: JSON.parse(row.before_deadline_days) as number[],
    overdueRepeat: row.overdue_repeat,
    digestTime: row.digest_time,
    email: row.email_enabled === 1,
    webhook: row.webhook_enabled === 1,
  };
}

/** The preferences of several users at once (defaults for those without a row). */
export async function loadPreferences(
  q: Tx,
  userIds: readonly number[],
): Promise<Map<number, NotificationPreferences>> {
  const rows =
    userIds.length === 0
      ? []
      : await q
          .selectFrom('notification_preferences')
          .select([
            'user_id',
            'before_deadline_days',
            'overdue_repeat',
            'digest_time',
            'email_enabled',
            'webhook_enabled',
          ])
          .where('user_id', 'in', [...userIds])
          .execute();
  const byUser = new Map(rows.map((r) => [r.user_id, r]));
  return new Map(userIds.map((id) => [id, toPreferences(byUser.get(id))]));
}

/** A user's own preferences, with the e-mail address reminders would go to. */
export async function getMyPreferences(
  ctx: AppContext,
  { actor }: { actor: UserActor },
): Promise<NotificationPreferences & { emailAddress: string | null }> {
  const prefs = (await loadPreferences(ctx.db.q, [actor.userId])).get(actor.userId);
  return {
    ...(prefs ?? DEFAULT_PREFERENCES),
    emailAddress: await emailAddressOf(ctx.db.q, actor.userId),
  };
}

/** The e-mail address of the person linked to a user account, if any. */
export async function emailAddressOf(q: Tx, userId: number): Promise<string | null> {
  const row = await q
    .selectFrom('users as u')
    .leftJoin('people as p', 'p.id', 'u.person_id')
    .select('p.email')
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return row?.email ?? null;
}

/** Replaces a user's own preferences (audited, with the values before and after). */
export async function updateMyPreferences(
  ctx: AppContext,
  { actor, input }: { actor: UserActor; input: z.input<typeof updatePreferencesInput> },
): Promise<NotificationPreferences & { emailAddress: string | null }> {
  const data = parseInput(updatePreferencesInput, input);
  await ctx.db.write(async (tx) => {
    const before = (await loadPreferences(tx, [actor.userId])).get(actor.userId);
    const now = ctx.systemNow();
    const values = {
      before_deadline_days: JSON.stringify(data.beforeDeadlineDays),
      overdue_repeat: data.overdueRepeat,
      digest_time: data.digestTime,
      email_enabled: data.email ? 1 : 0,
      webhook_enabled: data.webhook ? 1 : 0,
      updated_at: now.toISOString(),
    };
    await tx
      .insertInto('notification_preferences')
      .values({ user_id: actor.userId, ...values })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet((eb) => ({
          ...values,
          version: eb('notification_preferences.version', '+', 1),
        })),
      )
      .execute();
    await recordAudit(tx, now, {
      actor,
      action: 'notification_preferences.update',
      entity: 'user',
      entityId: actor.userId,
      before,
      after: data,
    });
  });
  return getMyPreferences(ctx, { actor });
}
