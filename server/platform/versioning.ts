import { AppError } from './errors';

/**
 * Lost-update protection: when the caller sent the version it read, it must
 * still be the stored one; otherwise the write is refused with 412.
 */
export function checkVersion(current: number, sent: number | undefined): void {
  if (sent !== undefined && sent !== current) {
    throw new AppError('STALE_VERSION', { field: 'version', params: { current, sent } });
  }
}
