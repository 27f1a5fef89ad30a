import type { Tx } from '../platform/db/database';

/**
 * Moves one area's open work (pending incoming documents, open tasks…) from a
 * dissolved or merged unit to its successor. Each area contributes one.
 */
export interface OpenWorkMover {
  /** What moves, e.g. `incoming_documents`; the key of the count in the transfer record. */
  kind: string;
  move(
    tx: Tx,
    args: { fromUnitId: number; toUnitId: number; on: string; now: string },
  ): Promise<number>;
}
