import { InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from '../platform/config';
import { openContext, type AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { renderError } from '../platform/render-error';
import { parseViDate } from '../../shared/vi/date';

/** Exit codes: 0 success, 1 failure, 2 bad input (the user can fix it). */
export const EXIT_BAD_INPUT = 2;

/** Opens the context, runs the command, closes the database, and turns errors into readable messages. */
export async function withContext(fn: (ctx: AppContext) => Promise<void>): Promise<void> {
  let ctx: AppContext | undefined;
  try {
    ctx = await openContext(loadConfig());
    await fn(ctx);
  } catch (e) {
    reportError(e);
  } finally {
    await ctx?.db.close();
  }
}

/** Prints an error for a person (Vietnamese) and sets the exit code. */
export function reportError(e: unknown): void {
  if (e instanceof AppError) {
    const body = renderError(e, 'vi');
    process.stderr.write(`Lỗi [${body.code}]: ${body.message}\n`);
    for (const d of body.details?.slice(1, 50) ?? []) process.stderr.write(`  - ${d.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  if (e instanceof ConfigError || e instanceof CliInputError) {
    process.stderr.write(`Lỗi: ${e.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  process.stderr.write(
    `Lỗi hệ thống: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exitCode = 1;
}

/** A command-line argument that cannot be understood (commander prints it and exits with 2). */
export class CliInputError extends InvalidArgumentError {
  override name = 'CliInputError';
}

/** Parses a date option in `YYYY-MM-DD` or `dd/mm/yyyy` form. */
export function dateOption(name: string) {
  return (value: string): string => {
    const r = parseViDate(value);
    if (!r.ok) {
      throw new CliInputError(
        r.reason === 'impossible'
          ? `--${name}: "${value}" không phải là ngày có thật`
          : `--${name}: "${value}" không đúng dạng ngày (YYYY-MM-DD hoặc dd/mm/yyyy)`,
      );
    }
    return r.value;
  };
}

/** Parses a positive integer option. */
export function intOption(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1)
      throw new CliInputError(`--${name}: "${value}" phải là số nguyên dương`);
    return Number(value);
  };
}

/** Collects a repeatable option into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Writes JSON to stdout (for `--json`). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
