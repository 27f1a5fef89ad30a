/**
 * The dispatcher: claims due outbox rows, delivers each on its channel, and
 * records the outcome.
 *
 * Delivery guarantees, per channel:
 * - inbox: exactly once. The notification and the "sent" mark are one
 *   transaction, and the notification's source key is unique.
 * - email and webhook: at least once, and once in every case but one. The
 *   order is claim (one transaction: lease + attempt count) → send → mark sent
 *   (the very next statement after the server's acceptance). A crash before
 *   the server accepted (SMTP 250 after DATA, HTTP 2xx) leaves the row
 *   claimed; when the lease runs out, it is claimed and sent again, so it
 *   arrives once. A crash after the mark leaves nothing to redo. The one
 *   window left is between the server's acceptance and our commit of the mark
 *   (the time of one local write): a crash exactly there sends the message a
 *   second time, with the same Message-ID / delivery id, which receivers that
 *   deduplicate (mail stores, a gateway honouring Idempotency-Key) show once.
 *   Closing it would need the receiver to take part in our transaction, which
 *   neither SMTP nor a plain webhook offers; losing the reminder instead
 *   (marking before sending) is the worse failure for a deadline reminder.
 */
import type { AppContext } from '../platform/context';
import { deliverToInbox } from './channels/inbox';
import { sendEmail, toEmail, type EmailTransport } from './channels/email';
import { sendWebhook } from './channels/webhook';
import {
  claimDueMessages,
  markFailed,
  markSent,
  releaseClaims,
  type ClaimedMessage,
  type DeliveryResult,
} from './outbox';

/** Points where tests (and tracing) can watch or hold the dispatcher. */
export interface DispatchHooks {
  /** After a batch was claimed and committed, before anything is sent. */
  afterClaim?(messages: readonly ClaimedMessage[]): Promise<void>;
  /** Right before a message is sent. */
  beforeSend?(message: ClaimedMessage): Promise<void>;
  /** After the receiver accepted an email or webhook, before the "sent" mark is written. */
  afterSend?(message: ClaimedMessage): Promise<void>;
}

export interface DispatchOptions {
  /** Who claims: unique per dispatcher process. */
  holder: string;
  /** How long a claim lasts (longer than the slowest send; the channels time out well before). */
  leaseMs: number;
  batchSize?: number;
  email: EmailTransport | null;
  /** Domain of e-mail Message-IDs. */
  messageIdDomain: string;
  /** Public address of the web application, for links in e-mails. */
  publicUrl?: string | null;
  /** Aborted: finish the message being sent, give the other claimed rows back, stop. */
  signal?: AbortSignal;
  hooks?: DispatchHooks;
}

/** What one dispatch pass did. */
export interface DispatchSummary {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
  released: number;
}

/** Delivers every due outbox row, batch after batch, until none is due or a stop is asked. */
export async function dispatchOutbox(
  ctx: AppContext,
  opts: DispatchOptions,
): Promise<DispatchSummary> {
  const summary: DispatchSummary = { claimed: 0, sent: 0, retried: 0, dead: 0, released: 0 };
  const batchSize = opts.batchSize ?? 20;
  while (!opts.signal?.aborted) {
    const batch = await claimDueMessages(ctx.db, {
      holder: opts.holder,
      now: ctx.systemNow(),
      leaseMs: opts.leaseMs,
      limit: batchSize,
    });
    summary.claimed += batch.length;
    if (batch.length === 0) break;
    await opts.hooks?.afterClaim?.(batch);
    for (const [i, message] of batch.entries()) {
      if (opts.signal?.aborted) {
        const rest = batch.slice(i).map((m) => m.id);
        await releaseClaims(ctx.db, { ids: rest, holder: opts.holder });
        summary.released += rest.length;
        break;
      }
      await deliverOne(ctx, opts, message, summary);
    }
    if (batch.length < batchSize) break;
  }
  return summary;
}

async function deliverOne(
  ctx: AppContext,
  opts: DispatchOptions,
  message: ClaimedMessage,
  summary: DispatchSummary,
): Promise<void> {
  await opts.hooks?.beforeSend?.(message);
  // A claim that ran out meanwhile may already be another dispatcher's: leave it.
  if (ctx.systemNow() >= message.leaseUntil) {
    ctx.log.warn({ key: message.key }, 'outbox claim expired before sending; left for a retry');
    return;
  }
  if (message.channel === 'inbox') {
    if (await deliverToInbox(ctx, message, opts.holder)) summary.sent += 1;
    return;
  }
  const result = await send(ctx, opts, message);
  if (result.ok) {
    await opts.hooks?.afterSend?.(message);
    const marked = await ctx.db.write((tx) =>
      markSent(tx, { id: message.id, holder: opts.holder, now: ctx.systemNow() }),
    );
    if (marked) summary.sent += 1;
    else ctx.log.warn({ key: message.key }, 'sent, but the claim had been taken over meanwhile');
    return;
  }
  const outcome = await markFailed(ctx.db, {
    message,
    holder: opts.holder,
    now: ctx.systemNow(),
    error: result.error,
    permanent: result.permanent,
  });
  summary[outcome === 'dead' ? 'dead' : 'retried'] += 1;
  ctx.log.warn(
    { key: message.key, channel: message.channel, attempt: message.attempts, error: result.error },
    outcome === 'dead' ? 'notification given up' : 'notification will be retried',
  );
}

async function send(
  ctx: AppContext,
  opts: DispatchOptions,
  message: ClaimedMessage,
): Promise<DeliveryResult> {
  switch (message.channel) {
    case 'email':
      return sendEmail(opts.email, toEmail(message, opts.messageIdDomain, opts.publicUrl ?? null));
    case 'webhook':
      return sendWebhook(ctx.db.q, message, ctx.systemNow());
    case 'inbox':
      throw new Error('inbox messages are delivered in their own transaction');
  }
}
