/** Spawns scheduler-worker.ts in its own process and follows its JSON events. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./scheduler-worker.ts', import.meta.url));

export interface WorkerEvent {
  event: string;
  pid: number;
  [k: string]: unknown;
}

/** A running worker: its events so far, a way to wait for one, and its exit. */
export interface Worker {
  child: ChildProcessWithoutNullStreams;
  events: WorkerEvent[];
  /** Resolves with the first event named `name` (already seen or to come); rejects on exit or timeout. */
  waitFor(name: string, timeoutMs?: number): Promise<WorkerEvent>;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  stderr(): string;
}

/** Starts a worker with the test database's environment and the worker's settings. */
export function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const events: WorkerEvent[] = [];
  const waiters: Array<{ name: string; resolve: (e: WorkerEvent) => void }> = [];
  let err = '';
  let buffer = '';
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (!line.trim()) continue;
      const e = JSON.parse(line) as WorkerEvent;
      events.push(e);
      for (const w of waiters.filter((x) => x.name === e.event)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(e);
      }
    }
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return {
    child,
    events,
    exited,
    stderr: () => err,
    waitFor(name, timeoutMs = 90_000) {
      const seen = events.find((e) => e.event === name);
      if (seen) return Promise.resolve(seen);
      return new Promise<WorkerEvent>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`worker: no "${name}" within ${timeoutMs} ms; stderr: ${err}`)),
          timeoutMs,
        );
        waiters.push({
          name,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`worker exited (${code}) before "${name}"; stderr: ${err}`));
        });
      });
    },
  };
}
