import { createHash } from 'node:crypto';

/** The fields of an audit entry that its hash covers, in a fixed order. */
export interface HashedAuditFields {
  seq: number;
  at: string;
  actor_kind: string;
  actor_id: number | null;
  actor_name: string;
  action: string;
  outcome: string;
  entity: string | null;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  details: string | null;
  prev_hash: string;
}

/**
 * SHA-256 over the previous entry's hash and this entry's fields, serialised
 * as a JSON array in a fixed order (so the hash does not depend on key order).
 * Changing any stored field, or removing or reordering entries, breaks the chain.
 */
export function auditEntryHash(e: HashedAuditFields): string {
  const canonical = JSON.stringify([
    e.seq,
    e.at,
    e.actor_kind,
    e.actor_id,
    e.actor_name,
    e.action,
    e.outcome,
    e.entity,
    e.entity_id,
    e.before,
    e.after,
    e.details,
    e.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Hash of the chain before its first entry. */
export const GENESIS_HASH = '0'.repeat(64);
