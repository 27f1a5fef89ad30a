/**
 * Routes of the web application. Nobody signed in: the sign-in page at any
 * address (which then opens). Addresses are Vietnamese without diacritics.
 * The session and the product metadata load first.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { useText } from './platform/i18n';
import { useMeta, useSession } from './platform/session';
import { AccountPage } from './shell/AccountPage';
import { AppShell } from './shell/AppShell';
import { NotFoundPage } from './shell/placeholders';
import { SignInPage } from './shell/SignInPage';
import { ErrorNotice } from './ui/ErrorNotice';
import { uiText } from './ui/text';
import { HomePage } from './home/HomePage';
import { DocumentListPage } from './documents/DocumentListPage';
import { DocumentDetailPage } from './documents/DocumentDetailPage';
import { IssueDocumentPage } from './documents/IssueDocumentPage';
import { RegisterIncomingPage } from './documents/RegisterIncomingPage';
import { ImportPage } from './documents/ImportPage';
import { StatisticsPage } from './documents/StatisticsPage';
import { AdminRoutes } from './admin-routes';

// The task area loads on demand: it stays out of the first download.
const TaskRoutes = lazy(() => import('./tasks/routes').then((m) => ({ default: m.TaskRoutes })));
const IncomingHandlingPage = lazy(() =>
  import('./tasks/routes').then((m) => ({ default: m.IncomingHandlingPage })),
);
const MeetingRoutes = lazy(() =>
  import('./meetings/routes').then((m) => ({ default: m.MeetingRoutes })),
);
const ReportRoutes = lazy(() =>
  import('./reports/routes').then((m) => ({ default: m.ReportRoutes })),
);
const FigureRoutes = lazy(() =>
  import('./indicators/routes').then((m) => ({ default: m.FigureRoutes })),
);
const CitizenRoutes = lazy(() =>
  import('./citizens/routes').then((m) => ({ default: m.CitizenRoutes })),
);
const HelpPage = lazy(() => import('./help/HelpPage').then((m) => ({ default: m.HelpPage })));
const SearchPage = lazy(() =>
  import('./search/SearchPage').then((m) => ({ default: m.SearchPage })),
);
const WeeklyCalendarPage = lazy(() =>
  import('./leader-calendar/WeeklyCalendarPage').then((m) => ({
    default: m.WeeklyCalendarPage,
  })),
);

const InboxPage = lazy(() =>
  import('./notifications/InboxPage').then((m) => ({ default: m.InboxPage })),
);

/** A lazily loaded area, with the loading line while its code arrives. */
function Lazy({ children }: { children: ReactNode }) {
  const ui = useText(uiText);
  return (
    <Suspense
      fallback={
        <p className="boot" role="status">
          {ui.loading}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

export function App() {
  const session = useSession();
  // The product's date (meta.today) seeds every date default: pages wait for it.
  const meta = useMeta();
  const ui = useText(uiText);
  if (session.isPending || meta.isPending) {
    return (
      <p className="boot" role="status">
        {ui.loading}
      </p>
    );
  }
  if (session.error || meta.error) {
    return (
      <main id="main" className="boot">
        <ErrorNotice
          error={session.error ?? meta.error}
          onRetry={() => void Promise.all([session.refetch(), meta.refetch()])}
        />
      </main>
    );
  }
  if (!session.data) return <SignInPage />;
  return (
    <AppShell>
      <SignedInRoutes />
    </AppShell>
  );
}

function SignedInRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/van-ban" component={DocumentListPage} />
      <Route path="/van-ban/cap-so" component={IssueDocumentPage} />
      <Route path="/van-ban/vao-so" component={RegisterIncomingPage} />
      <Route path="/van-ban/nhap-excel" component={ImportPage} />
      <Route path="/van-ban/thong-ke" component={StatisticsPage} />
      <Route path="/van-ban/theo-doi-giai-quyet">
        <Lazy>
          <IncomingHandlingPage />
        </Lazy>
      </Route>
      <Route path="/van-ban/:id">{(p) => <DocumentDetailPage id={p.id} />}</Route>
      <Route path="/nhiem-vu">
        <Lazy>
          <TaskRoutes />
        </Lazy>
      </Route>
      <Route path="/nhiem-vu/*">
        <Lazy>
          <TaskRoutes />
        </Lazy>
      </Route>
      <Route path="/hoi-nghi">
        <Lazy>
          <MeetingRoutes />
        </Lazy>
      </Route>
      <Route path="/hoi-nghi/*">
        <Lazy>
          <MeetingRoutes />
        </Lazy>
      </Route>
      <Route path="/lich-cong-tac">
        <Lazy>
          <WeeklyCalendarPage />
        </Lazy>
      </Route>
      <Route path="/chi-tieu-dau-tu">
        <Lazy>
          <FigureRoutes />
        </Lazy>
      </Route>
      <Route path="/chi-tieu-dau-tu/*">
        <Lazy>
          <FigureRoutes />
        </Lazy>
      </Route>
      <Route path="/cong-dan-cu-tri">
        <Lazy>
          <CitizenRoutes />
        </Lazy>
      </Route>
      <Route path="/cong-dan-cu-tri/*">
        <Lazy>
          <CitizenRoutes />
        </Lazy>
      </Route>
      <Route path="/bao-cao">
        <Lazy>
          <ReportRoutes />
        </Lazy>
      </Route>
      <Route path="/bao-cao/*">
        <Lazy>
          <ReportRoutes />
        </Lazy>
      </Route>
      <Route path="/huong-dan">
        <Lazy>
          <HelpPage />
        </Lazy>
      </Route>
      <Route path="/thong-bao">
        <Lazy>
          <InboxPage />
        </Lazy>
      </Route>
      <Route path="/tim-kiem">
        <Lazy>
          <SearchPage />
        </Lazy>
      </Route>
      <Route path="/tai-khoan" component={AccountPage} />
      <Route path="/quan-tri" component={AdminRoutes} />
      <Route path="/quan-tri/*" component={AdminRoutes} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
