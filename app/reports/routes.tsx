/** The reports' routes under /bao-cao, loaded on demand. */
import { Route, Switch } from 'wouter';
import '../styles/reports.css';
import { NotFoundPage } from '../shell/placeholders';
import { ReportPage } from './ReportPage';
import { ReportsPage } from './ReportsPage';

export function ReportRoutes() {
  return (
    <Switch>
      <Route path="/bao-cao" component={ReportsPage} />
      <Route path="/bao-cao/:id">{(p) => <ReportPage id={p.id} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
