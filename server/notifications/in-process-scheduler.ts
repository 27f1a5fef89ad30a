import type { AppContext } from '../platform/context';
import { loadNotificationConfig } from './notification-config';
import { createScheduler } from './scheduler';

/**
 * The reminder scheduler inside `dieuhanh serve`. It competes for the
 * database's scheduler lease like a separate `dieuhanh scheduler run`, so
 * several servers (or a server and a scheduler process) send each reminder
 * from one place; it idles while the `notificationsEnabled` setting is off.
 * Creating it validates the configuration (a bad value stops the server
 * before it listens); `start` begins the loop; `stop` lets the current message
 * finish and releases the lease (call it before closing the database).
 */
export function inProcessScheduler(ctx: AppContext): {
  start(): void;
  stop(): Promise<void>;
} {
  const scheduler = createScheduler(ctx, { config: loadNotificationConfig() });
  let running: Promise<void> | null = null;
  return {
    start() {
      running ??= scheduler.run();
    },
    async stop() {
      scheduler.stop();
      await running;
    },
  };
}
