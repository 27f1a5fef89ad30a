import { z } from 'zod';
import { ConfigError } from '../platform/config';

/**
 * Environment settings of reminders and notifications, read once when the
 * scheduler starts and validated (docs/CONFIG.md lists them).
 */
export interface NotificationConfig {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`; null: no e-mail. */
  smtpUrl: string | null;
  /** The From header of reminder e-mails, e.g. `Điều hành UBND tỉnh <dieuhanh@binhphuoc.gov.vn>`. */
  mailFrom: string;
  /** Domain of the stable Message-ID of each e-mail (the From address's domain). */
  messageIdDomain: string;
  /** Seconds between two passes of the scheduler (plan, then dispatch). */
  intervalSeconds: number;
  /** Public address of the web application, for links in e-mails; null: no link. */
  publicUrl: string | null;
}

const FROM_ADDRESS = /<?([^<>\s@]+)@([^<>\s@]+)>?\s*$/;

const envSchema = z
  .object({
    DIEUHANH_SMTP_URL: z
      .string()
      .trim()
      .min(1)
      .refine((s) => {
        try {
          return ['smtp:', 'smtps:'].includes(new URL(s).protocol);
        } catch {
          return false;
        }
      }, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.gov.vn:587')
      .optional(),
    DIEUHANH_MAIL_FROM: z
      .string()
      .trim()
      .regex(FROM_ADDRESS, 'must be an address, e.g. "Điều hành <dieuhanh@example.gov.vn>"')
      .optional(),
    DIEUHANH_SCHEDULER_INTERVAL: z.coerce.number().int().min(1).max(3600).default(60),
    DIEUHANH_PUBLIC_URL: z
      .string()
      .trim()
      .regex(
        /^https?:\/\/[^\s]+$/,
        'must be an http(s) address, e.g. https://dieuhanh.example.gov.vn',
      )
      .optional(),
  })
  .refine((e) => !e.DIEUHANH_SMTP_URL || e.DIEUHANH_MAIL_FROM, {
    path: ['DIEUHANH_MAIL_FROM'],
    message: 'is required when DIEUHANH_SMTP_URL is set',
  });

/** Reads and validates the notification settings; a bad value throws ConfigError naming it. */
export function loadNotificationConfig(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const mailFrom = e.DIEUHANH_MAIL_FROM ?? 'Điều hành <dieuhanh@localhost>';
  return {
    smtpUrl: e.DIEUHANH_SMTP_URL ?? null,
    mailFrom,
    messageIdDomain: FROM_ADDRESS.exec(mailFrom)?.[2] ?? 'localhost',
    intervalSeconds: e.DIEUHANH_SCHEDULER_INTERVAL,
    publicUrl: e.DIEUHANH_PUBLIC_URL ?? null,
  };
}
