import { UnderConstructionPage } from '../shell/placeholders';

export function RevenuePage() {
  return <UnderConstructionPage title="RevenuePage" />;
}
