/** The monthly review meetings' routes under /hoi-nghi, loaded on demand. */
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../shell/placeholders';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';

export function MeetingRoutes() {
  return (
    <Switch>
      <Route path="/hoi-nghi" component={MeetingsPage} />
      <Route path="/hoi-nghi/:id">{(p) => <MeetingPage id={p.id} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
