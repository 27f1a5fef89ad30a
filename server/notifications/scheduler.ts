/**
 * The scheduler loop: every interval, if this process holds the database's
 * scheduler lease, plan the reminders that are due and dispatch the outbox.
 * The lease is renewed in the background while a pass runs. A stop (SIGTERM,
 * SIGINT) lets the message being sent finish, gives the other claimed rows
 * back, releases the lease so another process can take over at once, and
 * returns.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppContext } from '../platform/context';
import { getSetting } from '../platform/settings';
import { createSmtpTransport, type EmailTransport } from './channels/email';
import { dispatchOutbox, type DispatchHooks, type DispatchSummary } from './dispatch-outbox';
import type { NotificationConfig } from './notification-config';
import { planReminders, type PlanSummary } from './plan-reminders';
import { planCaseReminders } from '../citizens/plan-case-reminders';
import { acquireLease, releaseLease, SCHEDULER_LEASE } from './scheduler-lease';

export interface SchedulerOptions {
  config: NotificationConfig;
  /** Milliseconds between passes (default: the configured interval). */
  intervalMs?: number;
  /** How long the scheduler lease lasts without renewal (default: 3 intervals, at least 60 s). */
  leaseMs?: number;
  /** How long a claimed outbox row stays claimed (default 10 minutes). */
  claimMs?: number;
  /** Replaces the SMTP transport of the configuration (tests). */
  email?: EmailTransport | null;
  hooks?: DispatchHooks;
}

/** What one pass did; `leader: false` when another process holds the lease. */
export type TickResult =
  | { leader: false; holder: string }
  | { leader: true; holder: string; plan: PlanSummary; dispatch: DispatchSummary | null };

export interface Scheduler {
  /** This process's holder id (`host:pid:random`). */
  readonly holder: string;
  /** One pass: take the lease, plan, dispatch (keeps the lease; `stop` releases it). */
  runOnce(): Promise<TickResult>;
  /** Passes every interval until `stop`; resolves after the lease is released. */
  run(): Promise<void>;
  /** Asks the loop (or the pass under way) to stop; `run`/`runOnce` then resolve. */
  stop(): void;
  /** Releases the lease and closes the SMTP transport (after `runOnce` in one-shot use). */
  close(): Promise<void>;
}

const DEFAULT_CLAIM_MS = 10 * 60_000;

/** Creates the scheduler of a context; nothing runs until `run` or `runOnce`. */
export function createScheduler(ctx: AppContext, opts: SchedulerOptions): Scheduler {
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const intervalMs = opts.intervalMs ?? opts.config.intervalSeconds * 1000;
  const leaseMs = opts.leaseMs ?? Math.max(3 * intervalMs, 60_000);
  const claimMs = opts.claimMs ?? DEFAULT_CLAIM_MS;
  const email = opts.email !== undefined ? opts.email : createSmtpTransport(opts.config);
  const stopping = new AbortController();
  let closed = false;

  const lease = (now: Date) =>
    acquireLease(ctx.db, { name: SCHEDULER_LEASE, holder, now, leaseMs });

  async function runOnce(): Promise<TickResult> {
    if (!(await lease(ctx.systemNow()))) return { leader: false, holder };
    // Renew while the pass runs; losing the lease stops this pass after the current message.
    const pass = new AbortController();
    const onStop = () => pass.abort();
    stopping.signal.addEventListener('abort', onStop);
    // Renewals run one after another, and the last one is awaited before the pass ends: none can
    // land after `close` released the lease and take it back for a process that is stopping.
    let renewal: Promise<void> = Promise.resolve();
    const renew = setInterval(
      () => {
        renewal = renewal
          .then(() => lease(ctx.systemNow()))
          .then((held) => {
            if (!held) {
              ctx.log.warn({ holder }, 'scheduler lease lost; stopping this pass');
              pass.abort();
            }
          })
          .catch((e: unknown) => ctx.log.error({ err: e }, 'scheduler lease renewal failed'));
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    try {
      const tasks = await planReminders(ctx, { email: email !== null });
      // Citizens' cases: their legal clocks remind the handlers through the same outbox.
      const cases = await planCaseReminders(ctx);
      const plan = { ...tasks, enqueued: tasks.enqueued + cases.enqueued };
      // Off: nothing is sent either, not even rows planned before it was turned off.
      const enabled = await getSetting(ctx.db.q, 'notificationsEnabled');
      const dispatch = enabled
        ? await dispatchOutbox(ctx, {
            holder,
            leaseMs: claimMs,
            email,
            messageIdDomain: opts.config.messageIdDomain,
            publicUrl: opts.config.publicUrl,
            signal: pass.signal,
            ...(opts.hooks ? { hooks: opts.hooks } : {}),
          })
        : null;
      return { leader: true, holder, plan, dispatch };
    } finally {
      clearInterval(renew);
      await renewal;
      stopping.signal.removeEventListener('abort', onStop);
    }
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    await releaseLease(ctx.db, { name: SCHEDULER_LEASE, holder, now: ctx.systemNow() });
    email?.close();
  }

  async function run(): Promise<void> {
    try {
      while (!stopping.signal.aborted) {
        try {
          const result = await runOnce();
          if (result.leader && result.dispatch && result.dispatch.claimed > 0)
            ctx.log.info(
              { plan: result.plan, dispatch: result.dispatch },
              'notifications dispatched',
            );
        } catch (e) {
          ctx.log.error({ err: e }, 'scheduler pass failed; retrying at the next interval');
        }
        await sleep(intervalMs, stopping.signal);
      }
    } finally {
      await close();
    }
  }

  return {
    holder,
    runOnce,
    run,
    stop: () => stopping.abort(),
    close,
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
