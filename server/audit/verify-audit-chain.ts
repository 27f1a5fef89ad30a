import type { Tx } from '../platform/db/database';
import { auditEntryHash, GENESIS_HASH } from './audit-hash';

/** Result of walking the audit chain. */
export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The first entry that does not fit the chain, with the reason. */
  brokenAt?: { id: number; seq: number; reason: string };
}

/**
 * Walks the audit trail in sequence order, recomputing each entry's hash from
 * its stored fields and the previous hash, and checks the chain head. Any
 * edited, removed or inserted entry is reported by id and sequence number.
 */
export async function verifyAuditChain(q: Tx): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let lastId = 0;
  for (;;) {
    const batch = await q
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (batch.length === 0) break;
    for (const row of batch) {
      lastId = row.id;
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          entries: count,
          brokenAt: {
            id: row.id,
            seq: row.seq,
            reason: `sequence ${row.seq}, expected ${expectedSeq}`,
          },
        };
      }
      if (row.prev_hash !== prev) {
        return {
          ok: false,
          entries: count,
          brokenAt: { id: row.id, seq: row.seq, reason: 'previous hash does not match' },
        };
      }
      const recomputed = auditEntryHash(row);
      if (recomputed !== row.hash) {
        return {
          ok: false,
          entries: count,
          brokenAt: { id: row.id, seq: row.seq, reason: 'content does not match its hash' },
        };
      }
      prev = row.hash;
      expectedSeq += 1;
      count += 1;
    }
  }
  const head = await q
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  if (head.seq !== count || head.hash !== prev) {
    return {
      ok: false,
      entries: count,
      brokenAt: {
        id: lastId,
        seq: head.seq,
        reason: 'chain head does not match the last entry (entries removed?)',
      },
    };
  }
  return { ok: true, entries: count };
}
