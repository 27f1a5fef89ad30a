/**
 * The free-disk check before generating synthetic provinces: an estimate of
 * the bytes a task takes with its share of documents, assignments, events
 * and indexes (measured on both engines, bench/RESULTS.md), against the free
 * space where the database lives.
 */
import { statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';

/**
 * Bytes per generated task, rounded up from the measured sizes (200 000
 * tasks with their documents, assignments, events and indexes: about 1.2 KB
 * on SQLite and 1.5 KB on PostgreSQL; bench/RESULTS.md).
 */
export const BYTES_PER_TASK = { sqlite: 1_500, postgres: 2_000 } as const;
/** Room kept free besides the estimate (WAL, temporary files, the rest of the system). */
const MARGIN = 1.5;

/** Where the check looked and what it found. */
export interface DiskCheck {
  path: string;
  freeBytes: number;
  neededBytes: number;
  ok: boolean;
  /** Set when the database's own disk could not be inspected (a remote PostgreSQL). */
  note: string | null;
}

/** Formats bytes for people: `1,2 GB`. */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return `${v.toFixed(u === 0 ? 0 : 1).replace('.', ',')} ${units[u] ?? 'B'}`;
}

/** The directory holding the database: the SQLite file's folder, or PostgreSQL's data directory when readable. */
async function databaseDirectory(ctx: AppContext): Promise<{ path: string; note: string | null }> {
  if (ctx.db.engine === 'sqlite')
    return { path: dirname(resolve(ctx.config.databaseUrl)), note: null };
  try {
    const { rows } = await sql<{
      setting: string;
    }>`select setting from pg_settings where name = 'data_directory'`.execute(ctx.db.q);
    const dir = rows[0]?.setting;
    if (dir) {
      await statfs(dir);
      return { path: dir, note: null };
    }
  } catch {
    // Not readable by this role or on another machine: fall back below.
  }
  return {
    path: resolve(ctx.config.dataDir),
    note: 'không đọc được thư mục dữ liệu của PostgreSQL; đã kiểm tra ổ đĩa của thư mục dữ liệu ứng dụng',
  };
}

/** Checks there is room for `tasks` generated tasks. */
export async function checkFreeDisk(ctx: AppContext, tasks: number): Promise<DiskCheck> {
  const { path, note } = await databaseDirectory(ctx);
  const s = await statfs(path);
  const freeBytes = Number(s.bavail) * Number(s.bsize);
  const neededBytes = Math.ceil(tasks * BYTES_PER_TASK[ctx.db.engine] * MARGIN);
  return { path, freeBytes, neededBytes, ok: freeBytes >= neededBytes, note };
}

/** The refusal, in Vietnamese, when there is not enough room. */
export function diskRefusal(check: DiskCheck, tasks: number): string {
  return `Không đủ dung lượng đĩa để tạo ${tasks.toLocaleString('vi-VN')} nhiệm vụ mô phỏng: cần khoảng ${formatBytes(check.neededBytes)}, còn trống ${formatBytes(check.freeBytes)} tại ${check.path}. Hãy giải phóng ổ đĩa hoặc giảm số nhiệm vụ (--tasks).`;
}
