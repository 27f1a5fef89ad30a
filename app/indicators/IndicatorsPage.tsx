import { UnderConstructionPage } from '../shell/placeholders';

export function IndicatorsPage() {
  return <UnderConstructionPage title="IndicatorsPage" />;
}
