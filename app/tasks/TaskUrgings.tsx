/**
 * Văn bản đôn đốc on a task (or received by a unit): kind and attempt, the
 * unit, who sent it and when, the message, and read receipts; a person of
 * the urged unit confirms having read it.
 */
import { api } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useUser } from '../platform/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Link } from 'wouter';
import { useTaskWrite, type UrgingView } from './api';
import { taskLabels } from './labels';
import { tasksText } from './text';

export function UrgingList({
  urgings,
  canMarkRead,
  showTaskLink = false,
}: {
  urgings: readonly UrgingView[];
  canMarkRead: (unitId: number) => boolean;
  showTaskLink?: boolean;
}) {
  const { lang } = useLang();
  const t = useText(tasksText);
  const l = taskLabels[lang];
  const user = useUser();
  const markRead = useTaskWrite((id: number) => api.post<UrgingView>(`/api/v1/urgings/${id}/read`));
  return (
    <>
      <ErrorNotice error={markRead.error} />
      <ul className="urging-list">
        {urgings.map((u) => {
          const readByMe = u.reads.some((r) => r.userId === user.id);
          return (
            <li key={u.id} className={`urging urging-${u.kind}`}>
              <p className="urging-head">
                <strong>
                  {l.urgingKind[u.kind]} — {t.detail.attempt(u.attempt)}
                </strong>{' '}
                · {u.unitName}
              </p>
              <p className="urging-message">{u.message}</p>
              <p className="urging-meta">
                {t.detail.sentOn(formatDate(u.sentOn, lang), u.sentBy)}
                {u.addressedTo && <> · {t.detail.addressedTo(u.addressedTo)}</>} ·{' '}
                {readByMe ? t.detail.readByMe : t.detail.readBy(u.reads.length)}
              </p>
              <div className="row-actions">
                {showTaskLink && (
                  <Link
                    href={`/nhiem-vu/${u.taskId}`}
                    className="button button-secondary button-small"
                  >
                    {t.inbox.openTask}
                  </Link>
                )}
                {!readByMe && canMarkRead(u.unitId) && (
                  <button
                    type="button"
                    className="button button-primary button-small"
                    disabled={markRead.isPending}
                    onClick={() => markRead.mutate(u.id)}
                  >
                    {t.detail.markRead}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
