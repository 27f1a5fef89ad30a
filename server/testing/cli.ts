/**
 * The real `dieuhanh` command line in a child process (through tsx), against a
 * test database: for tests of the commands themselves.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestContext } from './test-context';

const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(
  ctx: TestContext,
  extra: Record<string, string>,
  args: string[],
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      env: { ...process.env, ...ctx.env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** `cli(...args)` runs a command; `cli.withEnv(env)(...args)` with extra environment. */
export function cliRunner(ctx: () => TestContext) {
  return Object.assign((...args: string[]) => runCli(ctx(), {}, args), {
    withEnv:
      (extra: Record<string, string>) =>
      (...args: string[]) =>
        runCli(ctx(), extra, args),
  });
}
