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
      {/* Drawn, not a character: the province's computers may lack an emoji font. */}
      <svg
        aria-hidden="true"
        focusable="false"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {n !== undefined && n > 0 && (
        <span className="notification-count" aria-hidden="true">
          {n > 99 ? '99+' : n}
        </span>
      )}
    </Link>
  );
}
