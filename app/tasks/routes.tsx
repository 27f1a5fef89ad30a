/**
 * The task area's routes under /nhiem-vu, loaded on demand (their own
 * chunk, out of the first load), and the incoming-documents handling
 * register that lives beside the document register.
 */
import { Route, Switch } from 'wouter';
import { UrgingListPage } from './UrgingListPage';
import { NotFoundPage } from '../shell/placeholders';
import { CreateTaskPage } from './CreateTaskPage';
import { DirectionListPage } from './DirectionListPage';
import { DirectionPage } from './DirectionPage';
import { IncomingHandlingPage } from './IncomingHandlingPage';
import { MyUnitPage } from './MyUnitPage';
import { ProgrammePage } from './ProgrammePage';
import { TaskDetailPage } from './TaskDetailPage';
import { TaskListPage } from './TaskListPage';
import { TaskStatisticsPage } from './TaskStatisticsPage';
import { ExtractionImportPage } from '../extract/ExtractionImportPage';
import { ExtractionReviewPage } from '../extract/ExtractionReviewPage';

export function TaskRoutes() {
  return (
    <Switch>
      <Route path="/nhiem-vu" component={TaskListPage} />
      <Route path="/nhiem-vu/giao" component={CreateTaskPage} />
      <Route path="/nhiem-vu/don-vi" component={MyUnitPage} />
      <Route path="/nhiem-vu/don-doc" component={UrgingListPage} />
      <Route path="/nhiem-vu/thong-ke" component={TaskStatisticsPage} />
      <Route path="/nhiem-vu/trich-xuat" component={ExtractionImportPage} />
      <Route path="/nhiem-vu/trich-xuat/:id">{(p) => <ExtractionReviewPage id={p.id} />}</Route>
      <Route path="/nhiem-vu/chi-dao" component={DirectionListPage} />
      <Route path="/nhiem-vu/chi-dao/:id">{(p) => <DirectionPage id={p.id} />}</Route>
      <Route path="/nhiem-vu/chuong-trinh/:id">{(p) => <ProgrammePage id={p.id} />}</Route>
      <Route path="/nhiem-vu/:id">{(p) => <TaskDetailPage id={p.id} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}

export { IncomingHandlingPage };
