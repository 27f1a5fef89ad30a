import { UnderConstructionPage } from '../shell/placeholders';

export function IndicatorPage({ id }: { id: string }) {
  return <UnderConstructionPage title={`IndicatorPage ${id}`} />;
}
