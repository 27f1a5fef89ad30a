/**
 * The indicators and public-investment area under /chi-tieu-dau-tu, loaded on
 * demand (chart.js stays out of the first download): the indicator table and
 * each indicator's detail with its giải trình thread, budget revenue by
 * source, the disbursement dashboard and its Excel import, the scorecards.
 */
import { Route, Switch } from 'wouter';
import { ExplanationListPage } from './ExplanationListPage';
import { NotFoundPage } from '../shell/placeholders';
import { IndicatorsPage } from './IndicatorsPage';
import { IndicatorPage } from './IndicatorPage';
import { RevenuePage } from './RevenuePage';
import { DisbursementPage } from '../investment/DisbursementPage';
import { ScorecardsPage } from '../evaluation/ScorecardsPage';

export function FigureRoutes() {
  return (
    <Switch>
      <Route path="/chi-tieu-dau-tu" component={IndicatorsPage} />
      <Route path="/chi-tieu-dau-tu/chi-tieu/:id">{(p) => <IndicatorPage id={p.id} />}</Route>
      <Route path="/chi-tieu-dau-tu/thu-ngan-sach" component={RevenuePage} />
      <Route path="/chi-tieu-dau-tu/giai-trinh" component={ExplanationListPage} />
      <Route path="/chi-tieu-dau-tu/giai-ngan" component={DisbursementPage} />
      <Route path="/chi-tieu-dau-tu/giai-ngan/*" component={DisbursementPage} />
      <Route path="/chi-tieu-dau-tu/danh-gia" component={ScorecardsPage} />
      <Route path="/chi-tieu-dau-tu/danh-gia/*" component={ScorecardsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
