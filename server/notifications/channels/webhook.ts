/**
 * Signed webhooks, so a province can connect its Zalo OA or SMS gateway.
 *
 * Each call is a JSON POST with:
 * - `X-Dieuhanh-Timestamp`: Unix seconds of this attempt;
 * - `X-Dieuhanh-Signature`: `sha256=` + hex HMAC-SHA256, keyed with the
 *   endpoint's secret, of `<timestamp>.<body>` (a receiver recomputes it and
 *   refuses old timestamps, so a captured call cannot be replayed later);
 * - `X-Dieuhanh-Delivery` and `Idempotency-Key`: the same id on every retry of
 *   one message, for the receiver to deduplicate;
 * - `X-Dieuhanh-Event`: the notification kind.
 * A 2xx answer is a delivery; 4xx (except 408 and 429) is permanent; anything
 * else is retried with the outbox's backoff.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Tx } from '../../platform/db/database';
import { deliveryId, type ClaimedMessage, type DeliveryResult } from '../outbox';

/** How long one call may take. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** The signature header value of a body at a timestamp. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Checks a received call's signature (constant time); receivers may use it as a reference. */
export function verifyWebhookSignature(
  secret: string,
  timestamp: number,
  body: string,
  header: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const got = Buffer.from(header);
  return expected.length === got.length && timingSafeEqual(expected, got);
}

/** `endpoint:<id>:user:<userId>` → the endpoint id. */
export function endpointIdOf(recipient: string): number | null {
  const m = /^endpoint:(\d+):/.exec(recipient);
  return m ? Number(m[1]) : null;
}

/** The JSON body of a message: stable across retries. */
export function webhookBody(message: ClaimedMessage): string {
  return JSON.stringify({
    id: deliveryId(message.key),
    event: message.kind,
    createdAt: message.createdAt,
    title: message.payload.title,
    body: message.payload.body,
    link: message.payload.link,
    data: message.payload.data,
  });
}

/** Sends one message to its endpoint (read from `q`); a removed or paused endpoint is permanent. */
export async function sendWebhook(
  q: Tx,
  message: ClaimedMessage,
  now: Date,
): Promise<DeliveryResult> {
  const endpointId = endpointIdOf(message.recipient);
  const endpoint =
    endpointId === null
      ? undefined
      : await q
          .selectFrom('webhook_endpoints')
          .select(['url', 'secret', 'active', 'deleted_at'])
          .where('id', '=', endpointId)
          .executeTakeFirst();
  if (!endpoint || endpoint.deleted_at !== null || endpoint.active !== 1)
    return { ok: false, permanent: true, error: 'the webhook endpoint was removed or paused' };
  const body = webhookBody(message);
  const timestamp = Math.floor(now.getTime() / 1000);
  const id = deliveryId(message.key);
  try {
    const res = await fetch(endpoint.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'dieuhanh-webhook/1',
        'x-dieuhanh-event': message.kind,
        'x-dieuhanh-delivery': id,
        'idempotency-key': id,
        'x-dieuhanh-timestamp': String(timestamp),
        'x-dieuhanh-signature': signWebhook(endpoint.secret, timestamp, body),
      },
      body,
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return { ok: true };
    const permanent =
      res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
    return { ok: false, permanent, error: `HTTP ${res.status}` };
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return {
      ok: false,
      permanent: false,
      error: `${e instanceof Error ? e.message : String(e)}${cause}`,
    };
  }
}
