import { UnderConstructionPage } from '../shell/placeholders';

export function ScorecardsPage() {
  return <UnderConstructionPage title="ScorecardsPage" />;
}
