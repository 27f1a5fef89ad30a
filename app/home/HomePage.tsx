/**
 * Trang chủ: a switch by role. Unit leaders and staff open their unit's
 * dashboard; the province's roles open the leader dashboard (loaded on demand:
 * it draws charts), or the default home when the server refuses it (a user
 * scoped to one unit); any other role keeps the default home.
 */
import { lazy, Suspense } from 'react';
import { useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useUser } from '../platform/session';
import { uiText } from '../ui/text';
import { UnitDashboardPage } from '../unit-dashboard/UnitDashboardPage';
import { DefaultHome } from './DefaultHome';

const LeaderDashboardPage = lazy(() =>
  import('../dashboard/LeaderDashboardPage').then((m) => ({ default: m.LeaderDashboardPage })),
);

export function HomePage() {
  const user = useUser();
  const ui = useText(uiText);
  if (user.role === 'unit_leader' || user.role === 'unit_staff') return <UnitDashboardPage />;
  if (canDo(user.role, 'dashboard.leader'))
    return (
      <Suspense fallback={<p role="status">{ui.loading}</p>}>
        <LeaderDashboardPage fallback={<DefaultHome />} />
      </Suspense>
    );
  return <DefaultHome />;
}
