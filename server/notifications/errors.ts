import type { ErrorSpec } from '../platform/errors';

/** Errors of notifications, preferences and webhook endpoints. */
export const notificationErrors = {
  WEBHOOK_URL_INVALID: {
    status: 422,
    vi: 'Địa chỉ webhook "{url}" không dùng được: {reason}',
    en: 'The webhook address "{url}" cannot be used: {reason}',
  },
} as const satisfies Record<string, ErrorSpec>;
