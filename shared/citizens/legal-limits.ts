/**
 * The statutory time limits (thời hạn, thời hiệu) of citizens' complaints,
 * denunciations, reception, interpellations and business feedback, as data
 * (GUIDE §7). Each step names its law and article, the number of days, whether
 * they are calendar or working days, its variants (normal, complex, remote
 * area…) and the extensions the law allows. Every value can be overridden by
 * the province (`resolveLegalLimits`), validated with a message naming the
 * step and the rule; the defaults are the law's.
 *
 * Pure: no I/O, usable in the browser.
 */
import { z } from 'zod';

/** Calendar days (ngày) or working days (ngày làm việc). */
export type DayUnit = 'calendar_days' | 'working_days';
export const DAY_UNITS = ['calendar_days', 'working_days'] as const satisfies readonly DayUnit[];

/**
 * Variants of a limit: normal; complex (phức tạp); especially complex (đặc biệt
 * phức tạp); remote area (vùng sâu, vùng xa đi lại khó khăn); remote and complex.
 */
export const VARIANTS = [
  'normal',
  'complex',
  'especially_complex',
  'remote',
  'remote_complex',
] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * The variant used when a step does not define the one asked for: a remote
 * complex case falls back to remote, then complex, then normal; a step without
 * variants (acceptance in 10 days) applies its normal limit to every case.
 */
export const VARIANT_FALLBACK: Readonly<Record<Variant, readonly Variant[]>> = {
  normal: ['normal'],
  complex: ['complex', 'normal'],
  especially_complex: ['especially_complex', 'complex', 'normal'],
  remote: ['remote', 'normal'],
  remote_complex: ['remote_complex', 'remote', 'complex', 'normal'],
};

/** Extensions (gia hạn) a variant allows: how many, each at most `maxDays` in the step's unit. */
export interface ExtensionAllowance {
  maxCount: number;
  maxDays: number;
}

/** The limit of one variant. */
export interface VariantLimit {
  amount: number;
  /** Null: no extension allowed. */
  extensions: ExtensionAllowance | null;
}

/** Every step with a legal clock. */
export const STEP_KEYS = [
  'complaint.filing',
  'complaint.first_acceptance',
  'complaint.first_resolution',
  'complaint.escalation',
  'complaint.second_acceptance',
  'complaint.second_resolution',
  'denunciation.initial_handling',
  'denunciation.forwarding',
  'denunciation.resolution',
  'reception.notify_citizen',
  'reception.publish_schedule',
  'interpellation.answer',
  'business_feedback.forwarding',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** One statutory step and its limits. */
export interface LegalStep {
  key: StepKey;
  /** Vietnamese name as documents print it. */
  title: string;
  law: string;
  article: string;
  /** What the start date is. */
  startsFrom: string;
  /**
   * `after`: the act is due within the limit after the start date; `before`:
   * the act is due at least the limit ahead of the start date (a reception
   * schedule published ahead of the session).
   */
  direction: 'after' | 'before';
  unit: DayUnit;
  /** Always has `normal`; other variants where the law sets one. */
  variants: Readonly<Partial<Record<Variant, VariantLimit>>> & { readonly normal: VariantLimit };
  /** Extensions must be decided in writing (quyết định bằng văn bản). */
  extensionInWriting: boolean;
}

/** The table of every step, after overrides. */
export type LegalLimits = Readonly<Record<StepKey, LegalStep>>;

const KN = 'Luật Khiếu nại 02/2011/QH13';
const TC = 'Luật Tố cáo 25/2018/QH14';
const TCD = 'Luật Tiếp công dân 42/2013/QH13';

const plain = (amount: number): VariantLimit => ({ amount, extensions: null });

function step(
  s: Omit<LegalStep, 'extensionInWriting'> & { extensionInWriting?: boolean },
): LegalStep {
  return { extensionInWriting: false, ...s };
}

/**
 * The law's limits. Luật Khiếu nại says plain "ngày", counted as calendar days
 * (BLDS 2015 Điều 147–148); the guiding Thông tư counts acceptance in working
 * days, which a province sets by override [U].
 */
export const DEFAULT_LEGAL_LIMITS: LegalLimits = deepFreeze({
  'complaint.filing': step({
    key: 'complaint.filing',
    title: 'Thời hiệu khiếu nại',
    law: KN,
    article: 'Điều 9',
    startsFrom: 'the day the decision or act was received or became known',
    direction: 'after',
    unit: 'calendar_days',
    variants: { normal: plain(90) },
  }),
  'complaint.first_acceptance': step({
    key: 'complaint.first_acceptance',
    title: 'Thụ lý giải quyết khiếu nại lần đầu',
    law: KN,
    article: 'Điều 27',
    startsFrom: 'receipt of the complaint',
    direction: 'after',
    unit: 'calendar_days',
    variants: { normal: plain(10) },
  }),
  'complaint.first_resolution': step({
    key: 'complaint.first_resolution',
    title: 'Thời hạn giải quyết khiếu nại lần đầu',
    law: KN,
    article: 'Điều 28',
    startsFrom: 'acceptance (thụ lý)',
    direction: 'after',
    unit: 'calendar_days',
    variants: {
      normal: plain(30),
      complex: plain(45),
      remote: plain(45),
      remote_complex: plain(60),
    },
  }),
  'complaint.escalation': step({
    key: 'complaint.escalation',
    title: 'Thời hạn khiếu nại lần hai',
    law: KN,
    article: 'Điều 33 khoản 1',
    startsFrom:
      'receipt of the first-instance decision, or the end of the first-instance limit without one',
    direction: 'after',
    unit: 'calendar_days',
    variants: { normal: plain(30), remote: plain(45) },
  }),
  'complaint.second_acceptance': step({
    key: 'complaint.second_acceptance',
    title: 'Thụ lý giải quyết khiếu nại lần hai',
    law: KN,
    article: 'Điều 36',
    startsFrom: 'receipt of the second-instance complaint',
    direction: 'after',
    unit: 'calendar_days',
    variants: { normal: plain(10) },
  }),
  'complaint.second_resolution': step({
    key: 'complaint.second_resolution',
    title: 'Thời hạn giải quyết khiếu nại lần hai',
    law: KN,
    article: 'Điều 37',
    startsFrom: 'acceptance (thụ lý)',
    direction: 'after',
    unit: 'calendar_days',
    variants: {
      normal: plain(45),
      complex: plain(60),
      remote: plain(60),
      remote_complex: plain(70),
    },
  }),
  'denunciation.initial_handling': step({
    key: 'denunciation.initial_handling',
    title: 'Tiếp nhận, xử lý ban đầu thông tin tố cáo',
    law: TC,
    article: 'Điều 24 khoản 1',
    startsFrom: 'receipt of the denunciation',
    direction: 'after',
    unit: 'working_days',
    // "có thể dài hơn nhưng không quá 10 ngày làm việc" when checks are needed in several places.
    variants: { normal: { amount: 7, extensions: { maxCount: 1, maxDays: 3 } } },
  }),
  'denunciation.forwarding': step({
    key: 'denunciation.forwarding',
    title: 'Chuyển đơn tố cáo không thuộc thẩm quyền',
    law: TC,
    article: 'Điều 24 khoản 1',
    startsFrom: 'receipt of the denunciation',
    direction: 'after',
    unit: 'working_days',
    variants: { normal: plain(5) },
  }),
  'denunciation.resolution': step({
    key: 'denunciation.resolution',
    title: 'Thời hạn giải quyết tố cáo',
    law: TC,
    article: 'Điều 30',
    startsFrom: 'acceptance (thụ lý)',
    direction: 'after',
    unit: 'calendar_days',
    variants: {
      normal: plain(30),
      complex: { amount: 30, extensions: { maxCount: 1, maxDays: 30 } },
      especially_complex: { amount: 30, extensions: { maxCount: 2, maxDays: 30 } },
    },
    extensionInWriting: true,
  }),
  'reception.notify_citizen': step({
    key: 'reception.notify_citizen',
    title: 'Thông báo cho công dân kết quả xử lý đơn',
    law: TCD,
    article: 'Điều 28 khoản 1',
    startsFrom: 'receipt of the complaint, denunciation, petition or feedback',
    direction: 'after',
    unit: 'working_days',
    variants: { normal: plain(10) },
  }),
  'reception.publish_schedule': step({
    key: 'reception.publish_schedule',
    title: 'Công khai lịch tiếp công dân',
    law: TCD,
    article: 'Điều 24 khoản 4',
    startsFrom: 'the reception session (published at least this long ahead)',
    direction: 'before',
    unit: 'working_days',
    variants: { normal: plain(5) },
  }),
  'interpellation.answer': step({
    key: 'interpellation.answer',
    title: 'Trả lời chất vấn của đại biểu HĐND',
    law: 'Luật Hoạt động giám sát của Quốc hội và HĐND 87/2015/QH13',
    article: 'Điều 60',
    startsFrom: 'the questioning date',
    direction: 'after',
    unit: 'calendar_days',
    variants: { normal: plain(20) },
  }),
  'business_feedback.forwarding': step({
    key: 'business_feedback.forwarding',
    title: 'Chuyển phản ánh, kiến nghị về quy định hành chính',
    law: 'Nghị định 20/2008/NĐ-CP',
    article: 'Điều 9',
    startsFrom: 'receipt of the feedback',
    direction: 'after',
    unit: 'working_days',
    variants: { normal: plain(5) },
  }),
});

/** The limit of `variant` for a step, after the fallback of {@link VARIANT_FALLBACK}. */
export function limitFor(
  s: LegalStep,
  variant: Variant = 'normal',
): VariantLimit & { variant: Variant } {
  for (const v of VARIANT_FALLBACK[variant]) {
    const limit = s.variants[v];
    if (limit) return { ...limit, variant: v };
  }
  return { ...s.variants.normal, variant: 'normal' };
}

/** A rule of the legal clock was broken; `code` is stable, `step` names the step. */
export class LegalClockError extends Error {
  override readonly name = 'LegalClockError';
  constructor(
    readonly code:
      | 'LIMIT_OVERRIDE_INVALID'
      | 'EXTENSION_NOT_ALLOWED'
      | 'EXTENSION_LIMIT_REACHED'
      | 'EXTENSION_TOO_LONG'
      | 'EXTENSION_INVALID'
      | 'EXTENSION_DECISION_REQUIRED',
    readonly step: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_DAYS = 3650;
const days = z
  .number({ error: 'must be a number of days' })
  .int({ error: 'must be a whole number of days' })
  .min(1, { error: `must be from 1 to ${MAX_DAYS} days` })
  .max(MAX_DAYS, { error: `must be from 1 to ${MAX_DAYS} days` });

const extensionSchema = z.strictObject({
  maxCount: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be from 1 to 5 (use null for no extension)' })
    .max(5, { error: 'must be from 1 to 5 (use null for no extension)' }),
  maxDays: days,
});

const variantSchema = z.strictObject({
  amount: days.optional(),
  extensions: extensionSchema.nullable().optional(),
});

const stepOverrideSchema = z.strictObject({
  unit: z.enum(DAY_UNITS, { error: 'must be calendar_days or working_days' }).optional(),
  variants: z.partialRecord(z.enum(VARIANTS), variantSchema).optional(),
});

/** The province's overrides: per step, its unit and any variant's amount or extensions. */
export const legalLimitOverridesSchema = z.partialRecord(z.enum(STEP_KEYS), stepOverrideSchema);
export type LegalLimitOverrides = z.infer<typeof legalLimitOverridesSchema>;

function describeStep(key: string, limits: LegalLimits): string {
  const s = (limits as Partial<Record<string, LegalStep>>)[key];
  return s ? `"${key}" (${s.law} ${s.article})` : `"${key}"`;
}

function overrideError(key: string, rule: string): LegalClockError {
  return new LegalClockError(
    'LIMIT_OVERRIDE_INVALID',
    key,
    `Legal limit override for ${describeStep(key, DEFAULT_LEGAL_LIMITS)}: ${rule}`,
  );
}

/**
 * The limits with the province's overrides applied. `overrides` is untrusted
 * (a stored setting): it is validated, and a bad value throws a
 * LegalClockError `LIMIT_OVERRIDE_INVALID` naming the step and the rule. A
 * variant the step does not define is refused (a typo would otherwise be
 * silently ignored), and so is a complex or remote variant shorter than the
 * normal limit.
 */
export function resolveLegalLimits(overrides: unknown = {}): LegalLimits {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw overrideError('(all)', 'overrides must be an object keyed by step');
  }
  for (const key of Object.keys(overrides)) {
    if (!(STEP_KEYS as readonly string[]).includes(key)) {
      throw overrideError(key, `unknown step; the steps are ${STEP_KEYS.join(', ')}`);
    }
  }
  const parsed = legalLimitOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [key, ...rest] = issue?.path ?? [];
    const where = rest.length > 0 ? `${rest.map(String).join('.')} ` : '';
    const what =
      issue?.code === 'unrecognized_keys'
        ? `has unknown field(s) ${issue.keys.join(', ')}`
        : issue?.message;
    throw overrideError(String(key), `${where}${what ?? 'is invalid'}`);
  }
  const out: Record<string, LegalStep> = { ...DEFAULT_LEGAL_LIMITS };
  for (const [key, o] of Object.entries(parsed.data) as [
    StepKey,
    NonNullable<LegalLimitOverrides[StepKey]>,
  ][]) {
    const base = DEFAULT_LEGAL_LIMITS[key];
    const variants: Partial<Record<Variant, VariantLimit>> = { ...base.variants };
    for (const [v, vo] of Object.entries(o.variants ?? {}) as [
      Variant,
      z.infer<typeof variantSchema>,
    ][]) {
      const current = base.variants[v];
      if (!current) {
        throw overrideError(
          key,
          `variants.${v}: the step has no such variant (it has ${Object.keys(base.variants).join(', ')})`,
        );
      }
      variants[v] = {
        amount: vo.amount ?? current.amount,
        extensions: vo.extensions === undefined ? current.extensions : vo.extensions,
      };
    }
    const normal = variants.normal ?? base.variants.normal;
    for (const [v, limit] of Object.entries(variants) as [Variant, VariantLimit][]) {
      if (v !== 'normal' && limit.amount < normal.amount) {
        throw overrideError(
          key,
          `variants.${v}.amount (${limit.amount}) must not be shorter than the normal limit (${normal.amount})`,
        );
      }
    }
    out[key] = deepFreeze({
      ...base,
      unit: o.unit ?? base.unit,
      variants: { ...variants, normal },
    });
  }
  return Object.freeze(out);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
