/**
 * Trang chủ: a switch by role. The province's roles open the leader
 * dashboard (loaded on demand: it draws charts), or the default home when
 * the server refuses it (a user scoped to one unit); the others keep the
 * default home.
 */
import { lazy, Suspense } from 'react';
import { useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useUser } from '../platform/session';
import { uiText } from '../ui/text';
import { DefaultHome } from './DefaultHome';

const LeaderDashboardPage = lazy(() =>
  import('../dashboard/LeaderDashboardPage').then((m) => ({ default: m.LeaderDashboardPage })),
);

export function HomePage() {
  const user = useUser();
  const ui = useText(uiText);
  if (canDo(user.role, 'dashboard.leader'))
    return (
      <Suspense fallback={<p role="status">{ui.loading}</p>}>
        <LeaderDashboardPage fallback={<DefaultHome />} />
      </Suspense>
    );
  return <DefaultHome />;
}
