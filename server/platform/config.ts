import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Process configuration, read once from the environment at start-up and
 * validated; a bad value stops the process with a message naming the variable.
 * Every setting, its variable and its default are listed in docs/CONFIG.md.
 */
export interface Config {
  /** `sqlite` (embedded default) or `postgres` (when DATABASE_URL is a postgres:// URL). */
  engine: 'sqlite' | 'postgres';
  /** SQLite file path, or the PostgreSQL connection string. */
  databaseUrl: string;
  /** PostgreSQL schema holding the tables (default: the server's search_path). */
  pgSchema: string | null;
  /** Folder for the SQLite file's neighbours: stored files, backups. */
  dataDir: string;
  port: number;
  host: string;
  /** Fixed product clock (ISO instant or date), overrides the database's stored asOf. */
  now: Date | null;
  /** IANA zone of the province; legal dates are local dates in it. */
  timeZone: string;
  /** Connections in the PostgreSQL pool. */
  pgPoolSize: number;
  /** SQLite busy timeout in milliseconds (how long a writer waits for the lock). */
  sqliteBusyTimeoutMs: number;
  /** Largest accepted stored file, in bytes. */
  maxFileBytes: number;
  /** Sign-in attempts allowed per client address per minute (the account lockout is separate). */
  loginRatePerMinute: number;
  /** Trust X-Forwarded-* from a reverse proxy (session cookies become Secure behind HTTPS). */
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** Thrown when an environment variable is not acceptable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const instant = z.string().transform((s, ctx) => {
  // A bare date means 08:00 local time on that day (start of the working day).
  const value = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T08:00:00+07:00` : s;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an ISO date or instant, e.g. 2023-07-10T08:00+07:00',
    });
    return z.NEVER;
  }
  return d;
});

const envSchema = z.object({
  DATABASE_URL: z.string().trim().min(1).optional(),
  DIEUHANH_PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier')
    .optional(),
  DIEUHANH_DATA_DIR: z.string().trim().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DIEUHANH_NOW: instant.optional(),
  DIEUHANH_TIMEZONE: z
    .string()
    .default('Asia/Ho_Chi_Minh')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Asia/Ho_Chi_Minh'),
  DIEUHANH_PG_POOL: z.coerce.number().int().min(1).max(500).default(10),
  DIEUHANH_SQLITE_BUSY_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  DIEUHANH_MAX_FILE_MB: z.coerce.number().positive().max(1024).default(50),
  DIEUHANH_LOGIN_RATE: z.coerce.number().int().min(1).max(10_000).default(30),
  DIEUHANH_TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Reads and validates the configuration from `env` (defaults to process.env). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DIEUHANH_DATA_DIR);
  const url = e.DATABASE_URL ?? resolve(dataDir, 'dieuhanh.sqlite');
  const engine = /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
  return {
    engine,
    databaseUrl: engine === 'sqlite' ? resolveSqlitePath(url) : url,
    pgSchema: engine === 'postgres' ? (e.DIEUHANH_PG_SCHEMA ?? null) : null,
    dataDir,
    port: e.PORT,
    host: e.HOST,
    now: e.DIEUHANH_NOW ?? null,
    timeZone: e.DIEUHANH_TIMEZONE,
    pgPoolSize: e.DIEUHANH_PG_POOL,
    sqliteBusyTimeoutMs: e.DIEUHANH_SQLITE_BUSY_MS,
    maxFileBytes: Math.round(e.DIEUHANH_MAX_FILE_MB * 1024 * 1024),
    loginRatePerMinute: e.DIEUHANH_LOGIN_RATE,
    trustProxy: e.DIEUHANH_TRUST_PROXY === '1' || e.DIEUHANH_TRUST_PROXY === 'true',
    logLevel: e.LOG_LEVEL,
  };
}

function resolveSqlitePath(url: string): string {
  const path = url.replace(/^sqlite:(\/\/)?/i, '');
  return path === ':memory:' ? path : resolve(path);
}
