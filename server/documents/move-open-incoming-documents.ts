import type { OpenWorkMover } from '../organisation/open-work';

/**
 * Incoming documents still being handled by a dissolved unit go to its
 * successor (their register entry and deadline are unchanged).
 */
export const moveOpenIncomingDocuments: OpenWorkMover = {
  kind: 'incoming_documents',
  async move(tx, { fromUnitId, toUnitId, now }) {
    const result = await tx
      .updateTable('documents')
      .set({ handling_unit_id: toUnitId, updated_at: now })
      .where('handling_unit_id', '=', fromUnitId)
      .where('direction', '=', 'incoming')
      .where('handled_on', 'is', null)
      .where('status', '=', 'active')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },
};
