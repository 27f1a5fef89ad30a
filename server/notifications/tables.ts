import type { Generated } from 'kysely';

/** Where a notification goes: the in-app inbox, an e-mail, or a province's webhook (Zalo OA, SMS gateway). */
export const CHANNELS = ['inbox', 'email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a notification is about; also the event names webhooks subscribe to.
 * Nhắc hạn (before the deadline), quá hạn (overdue), bản tổng hợp hằng ngày (daily digest).
 */
export const NOTIFICATION_KINDS = [
  'reminder.before_deadline',
  'reminder.overdue',
  'digest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * pending: waiting to be sent (again); sending: claimed by a dispatcher until
 * `lease_until`; sent: delivered and recorded; dead: given up (permanent error
 * or too many attempts).
 */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** How often an overdue task is reminded again. */
export const OVERDUE_REPEATS = ['daily', 'every_3_days', 'weekly'] as const;
export type OverdueRepeat = (typeof OVERDUE_REPEATS)[number];

/** One message of a user's in-app inbox (hộp thông báo). */
export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  title: string;
  body: string;
  /** Path in the web application, e.g. `/nhiem-vu/12`. */
  link: string | null;
  /** The outbox key that produced it: a unique column, so a redelivery adds nothing. */
  source_key: string | null;
  created_at: string;
  read_at: string | null;
}

/** One message to deliver on one channel to one recipient; the key makes enqueueing idempotent. */
export interface OutboxTable {
  id: Generated<number>;
  /** `reminder:<assignmentId>:<rule>:<dueInstant>:<channel>:<recipient>`, `digest:<userId>:<date>:…`. */
  key: string;
  kind: string;
  channel: Channel;
  /** `user:<id>` (inbox), an e-mail address, or `endpoint:<id>:user:<id>` (webhook). */
  recipient: string;
  user_id: number | null;
  /** JSON of the message (title, body, link, the task's facts). */
  payload: string;
  /** The product instant the reminder is for (part of the key). */
  due_at: string;
  status: OutboxStatus;
  attempts: Generated<number>;
  /** Real-time instant from which the row may be (re)tried. */
  next_attempt_at: string;
  lease_until: string | null;
  lease_holder: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

/** The single-scheduler lock: one row per job name, held until `lease_until` unless renewed. */
export interface SchedulerLeasesTable {
  name: string;
  holder: string | null;
  lease_until: string;
  acquired_at: string | null;
}

/** A province's receiver of signed webhook calls (Zalo OA bridge, SMS gateway). */
export interface WebhookEndpointsTable {
  id: Generated<number>;
  url: string;
  /** HMAC-SHA256 key; kept in clear because signing needs it, never shown after creation. */
  secret: string;
  description: string | null;
  /** JSON array of NotificationKind. */
  events: string;
  active: Generated<number>;
  created_at: string;
  deleted_at: string | null;
}

/** A user's choices; a user without a row has the defaults. */
export interface NotificationPreferencesTable {
  user_id: number;
  /** JSON array of whole days before the effective deadline, e.g. [7,3,1,0]. */
  before_deadline_days: string;
  overdue_repeat: OverdueRepeat;
  /** Local `HH:MM` of the daily digest; null: no digest. */
  digest_time: string | null;
  email_enabled: number;
  webhook_enabled: number;
  updated_at: string;
  version: Generated<number>;
}

export interface NotificationTables {
  notifications: NotificationsTable;
  outbox: OutboxTable;
  scheduler_leases: SchedulerLeasesTable;
  webhook_endpoints: WebhookEndpointsTable;
  notification_preferences: NotificationPreferencesTable;
}
