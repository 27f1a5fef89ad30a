import { spawn } from 'node:child_process';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Config } from '../config';
import type { Db } from './database';

/**
 * Writes a consistent backup of the database to `file`: SQLite's online
 * backup (readers and writers may continue), or `pg_dump --format=custom`
 * for PostgreSQL. Stored files under `<dataDir>/files` are plain files and
 * are copied separately (docs/OPERATIONS.md).
 */
export async function backupDatabase(
  db: Db,
  config: Config,
  file: string,
): Promise<{ bytes: number }> {
  const target = resolve(file);
  await mkdir(dirname(target), { recursive: true });
  if (db.sqlite) {
    await db.sqlite.backup(target);
  } else {
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      ...(config.pgSchema ? ['--schema', config.pgSchema] : []),
      '--file',
      target,
      '--dbname',
      config.databaseUrl,
    ]);
  }
  return { bytes: (await stat(target)).size };
}

/**
 * Replaces the database with a backup. SQLite: the backup is checked, copied
 * next to the database and renamed over it (the server must be stopped).
 * PostgreSQL: `pg_restore --clean --if-exists` into the configured database.
 */
export async function restoreDatabase(config: Config, file: string): Promise<void> {
  const source = resolve(file);
  await stat(source);
  if (config.engine === 'sqlite') {
    const probe = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
    try {
      const ok = probe
        .prepare(
          "select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'",
        )
        .get() as { n: number };
      if (ok.n !== 1) throw new Error(`${file} is not a dieuhanh SQLite backup`);
      probe.pragma('integrity_check');
    } finally {
      probe.close();
    }
    const target = config.databaseUrl;
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.restore-tmp`;
    await copyFile(source, tmp);
    await rm(`${target}-wal`, { force: true });
    await rm(`${target}-shm`, { force: true });
    await rename(tmp, target);
    return;
  }
  await run('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    '--dbname',
    config.databaseUrl,
    source,
  ]);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', (e) =>
      reject(
        new Error(`${command} could not start (${e.message}); is the PostgreSQL client installed?`),
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${command} failed with code ${code}: ${stderr.trim()}`)),
    );
  });
}
