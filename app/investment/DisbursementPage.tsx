import { UnderConstructionPage } from '../shell/placeholders';

export function DisbursementPage() {
  return <UnderConstructionPage title="DisbursementPage" />;
}
