/** The screenshots of docs/screenshots/ can be taken, and the committed set is complete. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { SCREENSHOTS, takeScreenshots } from './support/screenshots.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const outDir = mkdtempSync(join(tmpdir(), 'dh-shots-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function isPng(file: string): boolean {
  return readFileSync(file).subarray(0, 8).equals(PNG_SIGNATURE);
}

describe('screenshots', () => {
  it('takes every screenshot of the main pages as a PNG', { timeout: 240_000 }, async () => {
    const written = await takeScreenshots(inject('baseURL'), outDir);
    expect(written.map((f) => f.slice(outDir.length + 1)).sort()).toEqual(
      SCREENSHOTS.map((s) => s.file).sort(),
    );
    for (const file of written) {
      expect(statSync(file).size).toBeGreaterThan(10_000);
      expect(isPng(file)).toBe(true);
    }
  });

  it.each(SCREENSHOTS.map((s) => s.file))(
    'docs/screenshots/%s is committed and not empty',
    (file) => {
      const path = join('docs/screenshots', file);
      expect(statSync(path).size).toBeGreaterThan(10_000);
      expect(isPng(path)).toBe(true);
    },
  );
});
