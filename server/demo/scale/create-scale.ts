/**
 * `dieuhanh demo --scale province|x10 [--tasks N]`: checks the free disk,
 * then generates the synthetic provinces (generate-scale.ts), on an empty
 * database (after `--reset`) or next to the demo.
 */
import type { AppContext } from '../../platform/context';
import { reloadClock } from '../../platform/context';
import { getSetting, setSetting } from '../../platform/settings';
import { resetDatabase } from '../../platform/db/reset';
import { ensureShippedCalendar } from '../../calendar/ensure-shipped-calendar';
import { DEMO_AS_OF } from '../create-demo';
import { checkFreeDisk, diskRefusal, type DiskCheck } from './disk';
import { generateScale, TASKS_PER_PROVINCE, type ScaleSummary } from './generate-scale';

/** The two sizes of `--scale`. */
export const SCALES = { province: 1, x10: 10 } as const;
export type Scale = keyof typeof SCALES;

/** Refused before anything is written: not enough free disk for the estimate. */
export class InsufficientDiskError extends Error {
  override name = 'InsufficientDiskError';
  constructor(
    message: string,
    readonly check: DiskCheck,
  ) {
    super(message);
  }
}

/** The provinces and tasks per province for a scale and an optional total. */
export function scalePlan(
  scale: Scale,
  tasks?: number,
): { provinces: number; tasksPerProvince: number } {
  const provinces = SCALES[scale];
  return {
    provinces,
    tasksPerProvince: tasks === undefined ? TASKS_PER_PROVINCE : Math.ceil(tasks / provinces),
  };
}

/** Generates synthetic provinces after checking the disk; dates them as of the demo's 10/7/2023. */
export async function createScaleData(
  ctx: AppContext,
  opts: {
    provinces: number;
    tasksPerProvince: number;
    reset: boolean;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ScaleSummary & { disk: DiskCheck }> {
  const total = opts.provinces * opts.tasksPerProvince;
  const disk = await checkFreeDisk(ctx, total);
  if (!disk.ok) throw new InsufficientDiskError(diskRefusal(disk, total), disk);
  if (opts.reset) {
    await resetDatabase(ctx.db);
    await ensureShippedCalendar(ctx.db, ctx.clock.now());
  }
  // Synthetic data lives on the demo's day, like the demo itself.
  if ((await getSetting(ctx.db.q, 'asOf')) === null) {
    await ctx.db.write((tx) =>
      setSetting(tx, 'asOf', new Date(DEMO_AS_OF).toISOString(), new Date(DEMO_AS_OF)),
    );
    await reloadClock(ctx);
  }
  const summary = await generateScale(ctx, {
    provinces: opts.provinces,
    tasksPerProvince: opts.tasksPerProvince,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return { ...summary, disk };
}
