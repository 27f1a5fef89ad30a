import type { AppContext } from '../platform/context';
import { loadNotificationConfig } from './notification-config';
import { createScheduler } from './scheduler';

/**
 * Runs the reminder scheduler inside `dieuhanh serve`. It competes for the
 * database's scheduler lease like a separate `dieuhanh scheduler run`, so
 * several servers (or a server and a scheduler process) send each reminder
 * from one place; it idles while the `notificationsEnabled` setting is off.
 * `stop` lets the current message finish and releases the lease; call it
 * before closing the database.
 */
export function startInProcessScheduler(ctx: AppContext): { stop(): Promise<void> } {
  const scheduler = createScheduler(ctx, { config: loadNotificationConfig() });
  const running = scheduler.run();
  return {
    async stop() {
      scheduler.stop();
      await running;
    },
  };
}
