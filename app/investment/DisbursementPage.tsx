/**
 * Giải ngân vốn đầu tư công under /chi-tieu-dau-tu/giai-ngan: the dashboard,
 * and the Excel import of disbursements and capital plans at
 * /chi-tieu-dau-tu/giai-ngan/nhap-excel.
 */
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../shell/placeholders';
import { DisbursementDashboard } from './DisbursementDashboard';
import { ImportFiguresPage } from './ImportFiguresPage';
import { DASHBOARD_PATH, IMPORT_PATH } from './paths';
import '../styles/investment.css';

export function DisbursementPage() {
  return (
    <Switch>
      <Route path={DASHBOARD_PATH} component={DisbursementDashboard} />
      <Route path={IMPORT_PATH} component={ImportFiguresPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
