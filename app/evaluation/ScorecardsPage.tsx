/**
 * Đánh giá đơn vị under /chi-tieu-dau-tu/danh-gia: the runs with the form
 * to evaluate a period and the year's weights; one run at
 * /chi-tieu-dau-tu/danh-gia/:runId with its ranking and explanations.
 */
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../shell/placeholders';
import { EvaluationRunPage } from './EvaluationRunPage';
import { EvaluationRunsPage } from './EvaluationRunsPage';
import { RUNS_PATH } from './paths';
import '../styles/investment.css';

export function ScorecardsPage() {
  return (
    <Switch>
      <Route path={RUNS_PATH} component={EvaluationRunsPage} />
      <Route path={`${RUNS_PATH}/:runId`}>
        {(p) =>
          /^\d+$/.test(p.runId) ? <EvaluationRunPage id={Number(p.runId)} /> : <NotFoundPage />
        }
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
