/**
 * E-mail over SMTP (nodemailer). Each message carries a Message-ID derived
 * from its outbox key, so a resend after a crash is the same message to the
 * receiving side (mail stores that deduplicate by Message-ID show it once),
 * and `Auto-Submitted: auto-generated` (RFC 3834) so auto-replies stay away.
 */
import type { Transporter } from 'nodemailer';
import type { NotificationConfig } from '../notification-config';
import { deliveryId, type ClaimedMessage, type DeliveryResult } from '../outbox';

/** An e-mail as the dispatcher hands it to the transport. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
}

/** Sends e-mails; resolves once the server accepted the message (SMTP 250 after DATA). */
export interface EmailTransport {
  send(mail: OutgoingEmail): Promise<void>;
  close(): void;
}

/**
 * Timeouts well inside the outbox lease (10 minutes), so a hung server cannot
 * keep a claim until it runs out and another dispatcher sends the same row.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * The SMTP transport of the configuration; null when no DIEUHANH_SMTP_URL is
 * set. nodemailer is loaded on the first e-mail (it adds ~0.2 s to the start
 * of every CLI command otherwise).
 */
export function createSmtpTransport(config: NotificationConfig): EmailTransport | null {
  const url = config.smtpUrl;
  if (!url) return null;
  let transport: Transporter | null = null;
  return {
    async send(mail) {
      transport ??= (await import('nodemailer')).default.createTransport({ url, ...SMTP_TIMEOUTS });
      await transport.sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        headers: mail.headers,
      });
    },
    close() {
      transport?.close();
    },
  };
}

/** The stable Message-ID of an outbox message. */
export function emailMessageId(key: string, domain: string): string {
  return `<${deliveryId(key)}@${domain}>`;
}

/** Builds the e-mail of a claimed message (its recipient is the address). */
export function toEmail(
  message: ClaimedMessage,
  domain: string,
  baseUrl: string | null,
): OutgoingEmail {
  const link =
    message.payload.link && baseUrl
      ? `\n\n${baseUrl.replace(/\/$/, '')}${message.payload.link}`
      : '';
  return {
    to: message.recipient,
    subject: message.payload.title,
    text: `${message.payload.body}${link}\n\n— Thư tự động của hệ thống Điều hành; vui lòng không trả lời.`,
    messageId: emailMessageId(message.key, domain),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Dieuhanh-Delivery': deliveryId(message.key) },
  };
}

/**
 * Sends one message. A 5xx answer (unknown mailbox, refused sender) is
 * permanent; anything else (connection, timeout, 4xx) is retried.
 */
export async function sendEmail(
  transport: EmailTransport | null,
  mail: OutgoingEmail,
): Promise<DeliveryResult> {
  if (!transport) return { ok: false, permanent: false, error: 'SMTP is not configured' };
  try {
    await transport.send(mail);
    return { ok: true };
  } catch (e) {
    const code = (e as { responseCode?: unknown }).responseCode;
    const permanent = typeof code === 'number' && code >= 500 && code < 600;
    return { ok: false, permanent, error: e instanceof Error ? e.message : String(e) };
  }
}
