/** The header's bell: a link to the inbox with the unread count, asked again every minute. */
import { Link } from 'wouter';
import { useText } from '../platform/i18n';
import { useUnreadCount } from './api';
import { notificationsText } from './text';
import './notifications.css';

export function NotificationBell() {
  const t = useText(notificationsText);
  const unread = useUnreadCount();
  const n = unread.data;
  return (
    <Link
      href="/thong-bao"
      className="notification-bell"
      aria-label={n === undefined ? t.bellLoading : t.bell(n)}
    >
      <span aria-hidden="true">🔔</span>
      {n !== undefined && n > 0 && (
        <span className="notification-count" aria-hidden="true">
          {n > 99 ? '99+' : n}
        </span>
      )}
    </Link>
  );
}
