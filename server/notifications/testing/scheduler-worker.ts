/**
 * A separate process running the real scheduler (or only a claim), for the
 * multi-process tests: delivery across a graceful stop and across SIGKILL,
 * and concurrent claims. Reads its database and SMTP server from the
 * environment like the CLI; writes one JSON event per line on stdout.
 *
 * Usage: node --import tsx scheduler-worker.ts
 *   WORKER_MODE   loop (default: until SIGTERM) | once | claim
 *   WORKER_PAUSE  before-send | after-send: at the first e-mail, print
 *                 {"event":"paused"} and wait for a line on stdin (after-send:
 *                 the SMTP server has accepted it, the "sent" mark is not written)
 *   WORKER_INTERVAL_MS, WORKER_LEASE_MS (scheduler lease), WORKER_CLAIM_MS (row claim)
 *   WORKER_CLAIM_LIMIT (claim mode)
 */
import { createInterface } from 'node:readline';
import { loadConfig } from '../../platform/config';
import { openContext } from '../../platform/context';
import { loadNotificationConfig } from '../notification-config';
import { claimDueMessages, type ClaimedMessage } from '../outbox';
import { createScheduler } from '../scheduler';
import type { DispatchHooks } from '../dispatch-outbox';

const env = process.env;
const emit = (event: string, data: Record<string, unknown> = {}): void => {
  process.stdout.write(`${JSON.stringify({ event, pid: process.pid, ...data })}\n`);
};
const num = (v: string | undefined, d: number) => (v ? Number(v) : d);

const lines = createInterface({ input: process.stdin });
const nextLine = () => new Promise<void>((resolve) => lines.once('line', () => resolve()));

const ctx = await openContext(loadConfig(), { migrate: false });
let exitCode = 0;
try {
  if (env.WORKER_MODE === 'claim') {
    const claimed = await claimDueMessages(ctx.db, {
      holder: `claim:${process.pid}`,
      now: ctx.systemNow(),
      leaseMs: 60_000,
      limit: num(env.WORKER_CLAIM_LIMIT, 10),
    });
    emit('claimed', { ids: claimed.map((m) => m.id) });
  } else {
    let paused = false;
    const pauseAt = env.WORKER_PAUSE;
    const pause = async (at: string, m: ClaimedMessage) => {
      if (paused || pauseAt !== at || m.channel !== 'email') return;
      paused = true;
      emit('paused', { at, key: m.key });
      await nextLine();
      emit('resumed', { key: m.key });
    };
    const hooks: DispatchHooks = {
      afterClaim: (ms) => Promise.resolve(emit('claimed', { keys: ms.map((m) => m.key) })),
      beforeSend: (m) => pause('before-send', m),
      afterSend: async (m) => {
        emit('accepted', { key: m.key });
        await pause('after-send', m);
      },
    };
    const scheduler = createScheduler(ctx, {
      config: loadNotificationConfig(),
      intervalMs: num(env.WORKER_INTERVAL_MS, 200),
      leaseMs: num(env.WORKER_LEASE_MS, 1500),
      claimMs: num(env.WORKER_CLAIM_MS, 1500),
      hooks,
    });
    const stop = () => {
      emit('stopping');
      scheduler.stop();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    emit('started', { holder: scheduler.holder });
    if (env.WORKER_MODE === 'once') {
      try {
        emit('tick', { result: await scheduler.runOnce() });
      } finally {
        await scheduler.close();
      }
    } else {
      await scheduler.run();
    }
    emit('stopped');
  }
} catch (e) {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  exitCode = 1;
} finally {
  await ctx.db.close();
  lines.close();
}
process.exit(exitCode);
