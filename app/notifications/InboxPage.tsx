/**
 * Hộp thông báo (/thong-bao): the user's notifications newest first, unread
 * ones highlighted; opening one goes to its item and marks it read; each can
 * be marked read or unread; "mark all read" covers only what was shown (up to
 * the newest id seen). Below, the user's reminder settings.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section, StatusNotice } from '../ui/Page';
import { uiText } from '../ui/text';
import { setNotificationRead, useInbox, useMarkAllRead, type NotificationItem } from './api';
import { ReminderSettings } from './ReminderSettings';
import { notificationsText } from './text';
import './notifications.css';

export function InboxPage() {
  const t = useText(notificationsText);
  const ui = useText(uiText);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useInbox(unreadOnly);
  const markAll = useMarkAllRead();
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  const unreadCount = inbox.data?.pages[0]?.unreadCount;
  const newest = items.reduce((max, i) => Math.max(max, i.id), 0);
  return (
    <Page
      title={t.title}
      intro={<p>{t.intro}</p>}
      actions={
        <button
          type="button"
          className="button"
          disabled={newest === 0 || unreadCount === 0 || markAll.isPending}
          onClick={() => markAll.mutate(newest)}
        >
          {t.markAllRead}
        </button>
      }
    >
      <div className="inbox-toolbar">
        <label className="checkbox-inline">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.currentTarget.checked)}
          />{' '}
          {t.onlyUnread}
        </label>
        {unreadCount !== undefined && (
          <p className="muted inbox-count" role="status">
            {t.unreadCount(unreadCount)}
          </p>
        )}
      </div>
      {markAll.data && <StatusNotice>{t.markedAll(markAll.data.updated)}</StatusNotice>}
      <ErrorNotice error={markAll.error} />
      <ErrorNotice error={inbox.error} onRetry={() => void inbox.refetch()} />
      {inbox.isLoading && (
        <ul className="inbox-list" aria-busy="true" aria-label={t.listLabel}>
          {Array.from({ length: 4 }, (_, i) => (
            <li key={i} className="inbox-item">
              <span className="skeleton" style={{ width: '50%' }} />
              <span className="skeleton" style={{ width: '90%', marginTop: '0.5rem' }} />
            </li>
          ))}
        </ul>
      )}
      {inbox.data &&
        (items.length === 0 ? (
          <p className="empty-state">{unreadOnly ? t.emptyUnread : t.empty}</p>
        ) : (
          <ul className="inbox-list" aria-label={t.listLabel}>
            {items.map((item) => (
              <InboxItem key={item.id} item={item} />
            ))}
          </ul>
        ))}
      {inbox.hasNextPage && (
        <p>
          <button
            type="button"
            className="button button-secondary"
            disabled={inbox.isFetchingNextPage}
            onClick={() => void inbox.fetchNextPage()}
          >
            {inbox.isFetchingNextPage ? t.loadingMore : t.loadMore}
          </button>
        </p>
      )}
      {inbox.isFetching && !inbox.isLoading && !inbox.isFetchingNextPage && (
        <p className="visually-hidden" role="status">
          {ui.loading}
        </p>
      )}
      <Section title={t.settings}>
        <ReminderSettings />
      </Section>
    </Page>
  );
}

function InboxItem({ item }: { item: NotificationItem }) {
  const t = useText(notificationsText);
  const { lang } = useLang();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const unread = item.readAt === null;
  const toggle = (read: boolean) => {
    setError(null);
    setNotificationRead(client, item.id, read).catch(setError);
  };
  return (
    <li className={unread ? 'inbox-item inbox-unread' : 'inbox-item'}>
      <div className="inbox-head">
        {unread && <span className="inbox-badge">{t.unread}</span>}
        <span className="muted">
          {t.kinds[item.kind] ?? item.kind} · {formatDate(item.createdAt.slice(0, 10), lang)}
        </span>
      </div>
      <p className="inbox-title">
        {item.link ? (
          <Link
            href={item.link}
            onClick={() => {
              if (unread) void setNotificationRead(client, item.id, true).catch(() => undefined);
            }}
          >
            {item.title}
          </Link>
        ) : (
          <strong>{item.title}</strong>
        )}
      </p>
      <p className="inbox-body">{item.body}</p>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => toggle(!unread)}
        aria-label={`${unread ? t.markRead : t.markUnread}: ${item.title}`}
      >
        {unread ? t.markRead : t.markUnread}
      </button>
      <ErrorNotice error={error} />
    </li>
  );
}
