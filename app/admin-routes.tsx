/** The administration area's routes under /quan-tri (admin role only; the server enforces too). */
import { Redirect, Route, Switch } from 'wouter';
import { useText } from './platform/i18n';
import { canDo } from './platform/permissions';
import { useUser } from './platform/session';
import { shellText } from './shell/text';
import { NotFoundPage } from './shell/placeholders';
import { Page } from './ui/Page';
import { uiText } from './ui/text';
import { UnitsPage } from './organisation/UnitsPage';
import { UnitDetailPage } from './organisation/UnitDetailPage';
import { PeoplePage } from './organisation/PeoplePage';
import { CouncilPage } from './organisation/CouncilPage';
import { UsersPage } from './users/UsersPage';
import { CalendarPage } from './calendar/CalendarPage';

export function AdminRoutes() {
  const user = useUser();
  const nav = useText(shellText).nav;
  const ui = useText(uiText);
  if (!canDo(user.role, 'admin')) {
    return (
      <Page title={nav.admin}>
        <p className="notice notice-error">{ui.forbidden}</p>
      </Page>
    );
  }
  return (
    <Switch>
      <Route path="/quan-tri">
        <Redirect to="/quan-tri/don-vi" replace />
      </Route>
      <Route path="/quan-tri/don-vi" component={UnitsPage} />
      <Route path="/quan-tri/don-vi/:id">{(p) => <UnitDetailPage id={p.id} />}</Route>
      <Route path="/quan-tri/can-bo" component={PeoplePage} />
      <Route path="/quan-tri/nguoi-dung" component={UsersPage} />
      <Route path="/quan-tri/hdnd" component={CouncilPage} />
      <Route path="/quan-tri/lich" component={CalendarPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
