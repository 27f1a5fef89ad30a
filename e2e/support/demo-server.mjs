// Starts dieuhanh on the demo province for the browser tests and the screenshots:
// builds dist/ (unless told not to), creates the demo in a temporary SQLite
// database, serves it on a free loopback port, and stops and cleans up after.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function run(args, env) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  }
}

async function waitForHealth(baseURL, child, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer ${baseURL}/api/health within ${timeoutMs} ms`);
}

/**
 * Builds (unless `build` is false or E2E_SKIP_BUILD=1), creates the demo in a
 * fresh temporary folder and serves it. Resolves to the base URL and a stop().
 */
export async function startDemoServer({ build = true, log = () => {} } = {}) {
  // The test runner's NODE_ENV=test must not reach the build or the server.
  const baseEnv = { ...process.env };
  delete baseEnv.NODE_ENV;
  delete baseEnv.DIEUHANH_NOW;
  if (build && process.env.E2E_SKIP_BUILD !== '1') {
    log('building dist/ …');
    run(['scripts/build.mjs'], baseEnv);
  }
  const dir = mkdtempSync(join(tmpdir(), 'dh-e2e-'));
  const env = {
    ...baseEnv,
    DATABASE_URL: join(dir, 'dieuhanh.sqlite'),
    DIEUHANH_DATA_DIR: join(dir, 'data'),
    // Every journey signs in through the page; the default limit (30/min) is for the internet.
    DIEUHANH_LOGIN_RATE: '10000',
    LOG_LEVEL: 'warn',
  };
  log('creating the demo province …');
  run(['dist/cli.js', 'demo'], env);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ['dist/cli.js', 'serve', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  try {
    await waitForHealth(baseURL, child, 30_000);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${e.message}\n${stderr}`);
  }
  log(`serving the demo at ${baseURL}`);
  return {
    baseURL,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
