import { z } from 'zod';
import type { Tx } from './db/database';

/** A time limit: a number of calendar or working days. */
const dayLimit = z
  .object({
    days: z.number().int().min(1).max(3650),
    unit: z.enum(['calendar_days', 'working_days']),
  })
  .strict();

/**
 * Settings stored in the database (per installation), each with its schema and
 * default. Environment configuration lives in config.ts; these are the choices
 * a province makes and the demo's clock.
 */
export const SETTINGS = {
  /** Fixed product clock stored with the data (the demo lives on 10/7/2023). */
  asOf: z.string().datetime({ offset: true }).nullable().default(null),
  /** Whether reminders and notifications are sent (the demo has them off). */
  notificationsEnabled: z.boolean().default(true),
  /** True when the database holds the illustrative demo province. */
  demo: z.boolean().default(false),
  /** Code of the province unit the CLI and the web default to. */
  defaultProvinceCode: z.string().nullable().default(null),
  /** Administrative numbering: one series per document type, or one shared series (ND 30 Điều 15.1.c). */
  adminNumbering: z.enum(['per_type', 'shared']).default('per_type'),
  /** Second-half ND 09 window: 15/6→14/12 (default, [U]) or 15/6→31/12. */
  nd09SecondHalf: z.enum(['nd09', 'calendar_end']).default('nd09'),
  /** Whether an approved extension moves the deadline tasks are judged against (GUIDE §6.2 [U]). */
  taskExtensionRule: z
    .enum(['if_approved_before_deadline', 'always', 'never'])
    .default('if_approved_before_deadline'),
  /** An open task due within this many days is flagged "due soon". */
  dueSoonDays: z.number().int().min(0).max(60).default(5),
  /** A periodic duty's deadline on a non-working day moves to the previous working day. */
  recurrenceMoveToPreviousWorkingDay: z.boolean().default(true),
  /** Code of the unit that leads a multi-addressee instruction's parent task (Văn phòng UBND). */
  officeUnitCode: z.string().nullable().default(null),
  /** Shipped holiday dates the province removed; they are not added back at start-up. */
  calendarRemovedShipped: z.array(z.string()).default([]),
  /**
   * Traffic-light thresholds of indicators on r = actual ÷ pro-rated target
   * (target ÷ actual when lower is better): green r ≥ green, amber r ≥ amber,
   * red below (defaults 1 and 0,9).
   */
  indicatorColourThresholds: z
    .object({ green: z.number().positive(), amber: z.number().positive() })
    .refine((t) => t.amber <= t.green, 'amber must not exceed green')
    .default({ green: 1, amber: 0.9 }),
  /**
   * The denominator gauges and rankings of public-investment disbursement use:
   * kế hoạch Thủ tướng Chính phủ giao (`pm`, the base of the 95 % target) or
   * kế hoạch địa phương giao (`local`); tables always show both (GUIDE §5.2).
   */
  investmentDenominator: z.enum(['pm', 'local']).default('pm'),
  /** Disbursement target (percent of plan) used for a year the province has recorded no target for. */
  investmentTargetRate: z.number().min(0).max(100).default(95),
  /**
   * Weights of the units' evaluation scorecard by year (`{"2023": {"taskOnTime": 25, …}}`,
   * percent, summing to 100); a year without an entry uses its rule set's defaults
   * (server/evaluation/rule-sets.ts). Validated when set.
   */
  evaluationWeights: z.record(z.string(), z.record(z.string(), z.number())).default({}),
  /**
   * Thresholds of the evaluation's commendation (biểu dương) and criticism (phê bình) lists
   * by year (`{"2023": {"overdueAtLeast": 8, …}}`); a year without an entry uses its rule
   * set's defaults (server/evaluation/rule-sets.ts). Validated when set
   * (server/evaluation/list-thresholds.ts).
   */
  evaluationListThresholds: z.record(z.string(), z.record(z.string(), z.number())).default({}),
  /**
   * The province's overrides of the legal limits of citizens' cases and reception
   * (`{"complaint.first_acceptance": {"unit": "working_days"}}`, keys and rules in
   * shared/citizens/legal-limits.ts); validated by `resolveLegalLimits` when read.
   */
  citizenLegalLimits: z.record(z.string(), z.unknown()).default({}),
  /**
   * Days after a case is closed before the personal fields of its complainants
   * and denouncers are erased, per classification (ND 13/2023: kept no longer
   * than needed; default 5 years).
   */
  citizenPersonRetentionDays: z
    .object({
      complaint: z.number().int().min(0).max(36_500),
      denunciation: z.number().int().min(0).max(36_500),
      petition: z.number().int().min(0).max(36_500),
      feedback: z.number().int().min(0).max(36_500),
    })
    .default({ complaint: 1825, denunciation: 1825, petition: 1825, feedback: 1825 }),
  /**
   * Time limits of voter petitions, interpellations and business feedback
   * (server/citizens/petitions, server/citizens/business):
   * - `petitionDaysBeforeNextSession`: a petition of session N is due this many
   *   calendar days before the opening of the next regular session (default 1:
   *   the day before it opens) [U, GUIDE §7.5];
   * - `delegationPetitionDays`: petitions forwarded by the National Assembly
   *   delegation are due this many days after receipt (default 30 calendar days) [U];
   * - `interpellationAnswer`: Luật 87/2015 Điều 60, 20 calendar days from the questioning;
   * - `businessFeedbackForwarding`: ND 20/2008 Điều 9, 5 working days from receipt;
   * - `businessFeedbackResolution`: 30 calendar days from receipt [U].
   */
  voterBusinessLimits: z
    .object({
      petitionDaysBeforeNextSession: z.number().int().min(0).max(180).default(1),
      delegationPetitionDays: dayLimit.default({ days: 30, unit: 'calendar_days' }),
      interpellationAnswer: dayLimit.default({ days: 20, unit: 'calendar_days' }),
      businessFeedbackForwarding: dayLimit.default({ days: 5, unit: 'working_days' }),
      businessFeedbackResolution: dayLimit.default({ days: 30, unit: 'calendar_days' }),
    })
    .strict()
    .default({
      petitionDaysBeforeNextSession: 1,
      delegationPetitionDays: { days: 30, unit: 'calendar_days' },
      interpellationAnswer: { days: 20, unit: 'calendar_days' },
      businessFeedbackForwarding: { days: 5, unit: 'working_days' },
      businessFeedbackResolution: { days: 30, unit: 'calendar_days' },
    }),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]>;

/** Reads one setting, falling back to its default. */
export async function getSetting<K extends SettingKey>(q: Tx, key: K): Promise<SettingValue<K>> {
  const row = await q
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  const schema = SETTINGS[key] as unknown as z.ZodType<SettingValue<K>>;
  return schema.parse(row ? JSON.parse(row.value) : undefined);
}

/** Writes one setting after validating it. */
export async function setSetting<K extends SettingKey>(
  q: Tx,
  key: K,
  value: SettingValue<K>,
  now: Date,
): Promise<void> {
  const schema = SETTINGS[key] as unknown as z.ZodType<SettingValue<K>>;
  const json = JSON.stringify(schema.parse(value));
  const updated_at = now.toISOString();
  await q
    .insertInto('settings')
    .values({ key, value: json, updated_at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at }))
    .execute();
}
