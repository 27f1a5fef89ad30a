/**
 * Đôn đốc in the inbox: when a unit is urged on its part of a task, its people
 * (the unit roles reminded of deadlines) find it in their in-app inbox at
 * once, in the urging's own transaction. Only the inbox: e-mail and webhooks
 * go through the outbox and the `notificationsEnabled` switch.
 */
import type { Tx } from '../platform/db/database';
import { REMINDED_UNIT_ROLES } from './reminder-rules';

/** The kind of an urging's notification (not a webhook event). */
export const URGING_NOTIFICATION_KIND = 'urging';

/** Words of the notification by urging kind. */
const KIND_WORDS: Record<string, string> = {
  nhac_nho: 'nhắc nhở',
  phe_binh: 'phê bình',
  kiem_diem: 'yêu cầu kiểm điểm',
};

/** Puts one notification per active user of the urged unit in their inbox; returns how many. */
export async function notifyUrging(
  tx: Tx,
  now: Date,
  urging: {
    id: number;
    taskId: number;
    unitId: number;
    kind: string;
    attempt: number;
    message: string;
    taskContent: string;
    sentBy: string;
  },
): Promise<number> {
  const users = await tx
    .selectFrom('users')
    .select('id')
    .where('unit_id', '=', urging.unitId)
    .where('role', 'in', [...REMINDED_UNIT_ROLES])
    .where('active', '=', 1)
    .execute();
  if (users.length === 0) return 0;
  const words = KIND_WORDS[urging.kind] ?? urging.kind;
  const content =
    urging.taskContent.length > 120 ? `${urging.taskContent.slice(0, 119)}…` : urging.taskContent;
  await tx
    .insertInto('notifications')
    .values(
      users.map((u) => ({
        user_id: u.id,
        kind: URGING_NOTIFICATION_KIND,
        title: `Đôn đốc lần ${urging.attempt} (${words}): ${content}`,
        body: `${urging.sentBy}: ${urging.message}`,
        link: `/nhiem-vu/${urging.taskId}`,
        source_key: `urging:${urging.id}:user:${u.id}`,
        created_at: now.toISOString(),
        read_at: null,
      })),
    )
    .onConflict((oc) => oc.column('source_key').doNothing())
    .execute();
  return users.length;
}
