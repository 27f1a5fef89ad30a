/**
 * The citizens', voters' and businesses' area under /cong-dan-cu-tri, loaded
 * on demand: cases with their legal clocks, receiving a case, the leaders'
 * reception and its compliance, voter petitions by session, interpellations
 * and the business feedback board.
 */
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../shell/placeholders';
import { AREA } from './AreaTabs';
import { CaseListPage } from './CaseListPage';
import { CaseDetailPage } from './CaseDetailPage';
import { ReceiveCasePage } from './ReceiveCasePage';
import { ReceptionPage } from './ReceptionPage';
import { PetitionsPage } from './PetitionsPage';
import { InterpellationsPage } from './InterpellationsPage';
import { BusinessFeedbackPage } from './BusinessFeedbackPage';

export function CitizenRoutes() {
  return (
    <Switch>
      <Route path={AREA} component={CaseListPage} />
      <Route path={`${AREA}/don/tiep-nhan`} component={ReceiveCasePage} />
      <Route path={`${AREA}/don/:id`}>{(p) => <CaseDetailPage id={p.id} />}</Route>
      <Route path={`${AREA}/tiep-cong-dan`} component={ReceptionPage} />
      <Route path={`${AREA}/kien-nghi-cu-tri`} component={PetitionsPage} />
      <Route path={`${AREA}/chat-van`} component={InterpellationsPage} />
      <Route path={`${AREA}/doanh-nghiep`} component={BusinessFeedbackPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
