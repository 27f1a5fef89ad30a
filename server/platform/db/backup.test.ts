import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../../testing/test-context';
import { buildProvince } from '../../testing/factories';
import { SYSTEM_ACTOR } from '../actor';
import { openContext } from '../context';
import { issueDocument } from '../../documents/issue-document';
import { documentStatistics } from '../../documents/document-statistics';
import { backupDatabase, restoreDatabase } from './backup';

let ctx: TestContext;
const actor = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
});
afterAll(async () => ctx.cleanup());

describe(`backup and restore (${TEST_ENGINE})`, () => {
  it('restores the database as it was at backup time', async () => {
    const p = await buildProvince(ctx);
    for (const [type, date] of [
      ['QD', '2023-02-01'],
      ['KH', '2023-02-02'],
      ['TTr', '2023-02-03'],
      ['CV', '2023-02-04'],
    ] as const) {
      await issueDocument(ctx, {
        actor,
        input: { issuer: p.ubnd.code, type, summary: `Văn bản ${type}`, issueDate: date },
      });
    }
    const stats = () =>
      documentStatistics(ctx, { actor, input: { from: '2023-01-01', to: '2023-06-30' } });
    const before = await stats();
    const file = join(ctx.config.dataDir, 'backup', 'dieuhanh.backup');
    const { bytes } = await backupDatabase(ctx.db, ctx.config, file);
    expect(bytes).toBeGreaterThan(1000);

    // Changes after the backup disappear on restore.
    await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'KH', summary: 'Sau sao lưu', issueDate: '2023-03-01' },
    });
    expect((await stats()).plans).toBe(2);

    await ctx.db.close();
    await restoreDatabase(ctx.config, file);
    const reopened = await openContext(ctx.config);
    try {
      const after = await documentStatistics(reopened, {
        actor,
        input: { from: '2023-01-01', to: '2023-06-30' },
      });
      expect(after).toEqual(before);
      // Numbering continues from the restored series.
      const next = await issueDocument(reopened, {
        actor,
        input: { issuer: p.ubnd.code, type: 'KH', summary: 'Tiếp', issueDate: '2023-03-01' },
      });
      expect(next.numberSymbol).toBe('02/KH-UBND');
    } finally {
      await reopened.db.close();
    }
    // Let cleanup close a fresh handle.
    Object.assign(ctx, { db: (await openContext(ctx.config, { migrate: false })).db });
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = join(ctx.config.dataDir, 'bogus.backup');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(bogus, 'not a database');
    await expect(restoreDatabase(ctx.config, bogus)).rejects.toThrow();
  });
});
