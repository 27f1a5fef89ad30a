import pino, { type Logger } from 'pino';

export type { Logger };

/** A logger writing JSON lines to stderr, so stdout stays clean for `--json` output. */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({ level, base: { app: 'dieuhanh' } }, pino.destination(2));
}
