import { AsyncLocalStorage } from 'node:async_hooks';
import { PostgresAdapter } from 'kysely';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { auditEntryHash } from './audit-hash';

/** What an audit entry says: who did what to which record, with before and after. */
export interface AuditEntryInput {
  actor: Actor | { kind: 'anonymous'; name: string };
  /** Dotted verb, e.g. `document.issue`, `auth.login_failed`. */
  action: string;
  outcome?: 'ok' | 'refused';
  entity?: string | null;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** Anything else worth keeping: reason, file hash and row counts of a batch, the HTTP route… */
  details?: unknown;
}

function json(v: unknown): string | null {
  return v === undefined || v === null ? null : JSON.stringify(v);
}

/**
 * Appends one entry to the audit trail inside the caller's write transaction,
 * so the record and its audit entry commit or roll back together. The single
 * chain head row is updated in the same transaction (a row lock on
 * PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers), so the
 * sequence never forks.
 */
export async function recordAudit(
  tx: Tx,
  at: Date,
  e: AuditEntryInput,
): Promise<{ seq: number; hash: string } | null> {
  const batch = batchStore.getStore();
  if (batch && e.outcome !== 'refused') {
    batch.count += 1;
    return null;
  }
  const head = await tx
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .$call((qb) => (tx.getExecutor().adapter instanceof PostgresAdapter ? qb.forUpdate() : qb))
    .executeTakeFirstOrThrow();
  const actor = e.actor;
  const fields = {
    seq: head.seq + 1,
    at: at.toISOString(),
    actor_kind:
      actor.kind === 'user'
        ? actor.via === 'token'
          ? ('token' as const)
          : ('user' as const)
        : actor.kind,
    actor_id: actor.kind === 'user' ? actor.userId : null,
    actor_name: actor.name,
    action: e.action,
    outcome: e.outcome ?? ('ok' as const),
    entity: e.entity ?? null,
    entity_id: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
    before: json(e.before),
    after: json(e.after),
    details: json(e.details),
    prev_hash: head.hash,
  };
  const hash = auditEntryHash(fields);
  await tx
    .insertInto('audit_log')
    .values({ ...fields, hash })
    .execute();
  await tx.updateTable('audit_head').set({ seq: fields.seq, hash }).where('id', '=', 1).execute();
  return { seq: fields.seq, hash };
}

/** Records a refusal (failed sign-in, 403, CSRF failure, stale write…) in its own transaction. */
export async function recordRefusal(
  ctx: AppContext,
  e: Omit<AuditEntryInput, 'outcome'>,
): Promise<void> {
  await ctx.db.write((tx) => recordAudit(tx, ctx.systemNow(), { ...e, outcome: 'refused' }));
}

const batchStore = new AsyncLocalStorage<{ count: number }>();

/**
 * Runs a bulk operation (an import, the demo generator) whose individual
 * writes are not audited one by one: inside `fn`, successful entries are only
 * counted, and the caller records one entry for the whole batch (with the
 * file hash and row counts). Returns fn's result and the number of writes.
 */
export async function withAuditBatch<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; writes: number }> {
  const state = { count: 0 };
  const result = await batchStore.run(state, fn);
  return { result, writes: state.count };
}

/** True inside {@link withAuditBatch}: a caller may skip shaping what would only be audited. */
export function inAuditBatch(): boolean {
  return batchStore.getStore() !== undefined;
}
