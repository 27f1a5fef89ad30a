/**
 * The outbox every notification is delivered from. A row is enqueued once
 * (its key is unique), claimed by one dispatcher at a time under a lease, and
 * ends `sent` or `dead`. Claiming is one transaction (SQLite: BEGIN IMMEDIATE;
 * PostgreSQL: FOR UPDATE SKIP LOCKED), so two dispatchers never hold the same
 * row; a row whose lease ran out without being marked sent (its dispatcher
 * crashed) is claimed again.
 */
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../platform/db/database';
import type { Channel, NotificationKind } from './tables';

/** What a message says, on every channel; `data` carries the facts a webhook receiver needs. */
export interface OutboxPayload {
  title: string;
  body: string;
  /** Path in the web application. */
  link: string | null;
  data: Record<string, unknown>;
}

/** A message to enqueue. */
export interface OutboxMessage {
  key: string;
  kind: NotificationKind;
  channel: Channel;
  recipient: string;
  userId: number | null;
  payload: OutboxPayload;
  /** The product instant the message is for. */
  dueAt: Date;
}

/** A row claimed by a dispatcher. */
export interface ClaimedMessage {
  id: number;
  key: string;
  kind: NotificationKind;
  channel: Channel;
  recipient: string;
  userId: number | null;
  payload: OutboxPayload;
  /** Attempts including this one. */
  attempts: number;
  leaseUntil: Date;
  createdAt: string;
}

/** Waits after a failed attempt: 1 min, 5 min, 30 min, 2 h, 6 h; the next failure is final. */
export const RETRY_DELAYS_MS: readonly number[] = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  6 * 3_600_000,
];
/** Attempts before a message is given up (`dead`). */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** Delay before the next attempt after `attempts` failed ones; null when there is none. */
export function retryDelayMs(attempts: number): number | null {
  return attempts >= MAX_ATTEMPTS ? null : (RETRY_DELAYS_MS[attempts - 1] ?? null);
}

/** A short, stable identifier of a message (e-mail Message-ID, webhook delivery id). */
export function deliveryId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

const CHUNK = 100;

/**
 * Adds messages to the outbox inside the caller's transaction; a key already
 * present is left as it is (re-planning is harmless). Returns how many rows
 * were new.
 */
export async function enqueueOutbox(
  tx: Tx,
  messages: readonly OutboxMessage[],
  now: Date,
): Promise<number> {
  let inserted = 0;
  const at = now.toISOString();
  for (let i = 0; i < messages.length; i += CHUNK) {
    const chunk = messages.slice(i, i + CHUNK);
    const result = await tx
      .insertInto('outbox')
      .values(
        chunk.map((m) => ({
          key: m.key,
          kind: m.kind,
          channel: m.channel,
          recipient: m.recipient,
          user_id: m.userId,
          payload: JSON.stringify(m.payload),
          due_at: m.dueAt.toISOString(),
          status: 'pending' as const,
          next_attempt_at: at,
          created_at: at,
        })),
      )
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/**
 * Claims up to `limit` due rows for `holder` in one transaction: pending rows
 * whose next attempt has come, and rows whose previous holder's lease ran out.
 * Each claim counts as an attempt; an expired row that already used every
 * attempt becomes `dead` instead.
 */
export async function claimDueMessages(
  db: Db,
  opts: { holder: string; now: Date; leaseMs: number; limit: number },
): Promise<ClaimedMessage[]> {
  const now = opts.now.toISOString();
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  return db.write(async (tx) => {
    const rows = await tx
      .selectFrom('outbox')
      .select([
        'id',
        'key',
        'kind',
        'channel',
        'recipient',
        'user_id',
        'payload',
        'attempts',
        'status',
        'created_at',
      ])
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
          eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)]),
        ]),
      )
      .orderBy('id')
      .limit(opts.limit)
      .$call((qb) => (db.engine === 'postgres' ? qb.forUpdate().skipLocked() : qb))
      .execute();
    const exhausted = rows.filter((r) => r.status === 'sending' && r.attempts >= MAX_ATTEMPTS);
    if (exhausted.length > 0) {
      await tx
        .updateTable('outbox')
        .set({
          status: 'dead',
          lease_until: null,
          last_error: `no confirmation after ${MAX_ATTEMPTS} attempts (the sender stopped each time)`,
        })
        .where(
          'id',
          'in',
          exhausted.map((r) => r.id),
        )
        .execute();
    }
    const claimed = rows.filter((r) => !exhausted.includes(r));
    if (claimed.length === 0) return [];
    await tx
      .updateTable('outbox')
      .set((eb) => ({
        status: 'sending',
        lease_holder: opts.holder,
        lease_until: leaseUntil.toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where(
        'id',
        'in',
        claimed.map((r) => r.id),
      )
      .execute();
    return claimed.map((r) => ({
      id: r.id,
      key: r.key,
      kind: r.kind as NotificationKind,
      channel: r.channel,
      recipient: r.recipient,
      userId: r.user_id,
      payload: JSON.parse(r.payload) as OutboxPayload,
      attempts: r.attempts + 1,
      leaseUntil,
      createdAt: r.created_at,
    }));
  });
}

/**
 * Records a delivery. Only the holder of the claim may; false when the row
 * was meanwhile claimed by another dispatcher (its lease had run out).
 */
export async function markSent(
  q: Tx,
  opts: { id: number; holder: string; now: Date },
): Promise<boolean> {
  const result = await q
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: opts.now.toISOString(), lease_until: null, last_error: null })
    .where('id', '=', opts.id)
    .where('status', '=', 'sending')
    .where('lease_holder', '=', opts.holder)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records a failed attempt: retried after the backoff delay, or `dead` when
 * the error is permanent or the attempts are used up.
 */
export async function markFailed(
  db: Db,
  opts: {
    message: ClaimedMessage;
    holder: string;
    now: Date;
    error: string;
    permanent: boolean;
  },
): Promise<'retry' | 'dead'> {
  const delay = opts.permanent ? null : retryDelayMs(opts.message.attempts);
  await db.write((tx) =>
    tx
      .updateTable('outbox')
      .set({
        status: delay === null ? 'dead' : 'pending',
        next_attempt_at: new Date(opts.now.getTime() + (delay ?? 0)).toISOString(),
        lease_until: null,
        last_error: opts.error.slice(0, 1000),
      })
      .where('id', '=', opts.message.id)
      .where('status', '=', 'sending')
      .where('lease_holder', '=', opts.holder)
      .execute(),
  );
  return delay === null ? 'dead' : 'retry';
}

/**
 * Gives claimed rows back without having tried them (a graceful stop): they
 * are pending again at once and the claim does not count as an attempt.
 */
export async function releaseClaims(
  db: Db,
  opts: { ids: readonly number[]; holder: string },
): Promise<void> {
  if (opts.ids.length === 0) return;
  await db.write((tx) =>
    tx
      .updateTable('outbox')
      .set((eb) => ({
        status: 'pending',
        lease_until: null,
        attempts: eb('attempts', '-', 1),
      }))
      .where('id', 'in', [...opts.ids])
      .where('status', '=', 'sending')
      .where('lease_holder', '=', opts.holder)
      .execute(),
  );
}

/** The outcome of one delivery attempt on a channel. */
export type DeliveryResult = { ok: true } | { ok: false; permanent: boolean; error: string };
