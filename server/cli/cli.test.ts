import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince } from '../testing/factories';
import { cliRunner } from '../testing/cli';

let ctx: TestContext;
const cli = cliRunner(() => ctx);

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  await buildProvince(ctx);
});
afterAll(async () => ctx.cleanup());

// Each case spawns the CLI through tsx several times: slow on a loaded two-core machine.
describe('dieuhanh CLI', { timeout: 240_000 }, () => {
  it('issues consecutive numbers and counts them', async () => {
    const a = await cli(
      'docs',
      'issue',
      '--type',
      'TTr',
      '--summary',
      'Tờ trình một',
      '--date',
      '2023-05-16',
      '--json',
    );
    const b = await cli(
      'docs',
      'issue',
      '--type',
      'TTr',
      '--summary',
      'Tờ trình hai',
      '--date',
      '17/5/2023',
      '--json',
    );
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const symbolOf = (out: string) => (JSON.parse(out) as { numberSymbol: string }).numberSymbol;
    expect([symbolOf(a.stdout), symbolOf(b.stdout)]).toEqual(['01/TTr-UBND', '02/TTr-UBND']);
    const stats = await cli('docs', 'stats', '--period', '2023-H1', '--basis', 'nd09', '--json');
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({
      from: '2022-12-15',
      to: '2023-06-14',
      submissions: 2,
      total: 2,
    });
  });

  it('exits with 2 and a readable message on bad input', async () => {
    const impossible = await cli('docs', 'stats', '--from', '31/02/2023', '--to', '2023-06-30');
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('không phải là ngày có thật');
    const unknownUnit = await cli(
      'docs',
      'issue',
      '--type',
      'BC',
      '--summary',
      'X',
      '--issuer',
      'Sở Không Có',
    );
    expect(unknownUnit.code).toBe(2);
    expect(unknownUnit.stderr).toContain('UNKNOWN_UNIT');
    const badType = await cli('docs', 'issue', '--type', 'ZZ', '--summary', 'X');
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('"type"');
    await cli(
      'docs',
      'register',
      '--number-symbol',
      '12/BTC-NSNN',
      '--issuer-name',
      'Bộ Tài chính',
      '--date',
      '2023-06-01',
      '--summary',
      'V/v dự toán',
    );
    const dup = await cli(
      'docs',
      'register',
      '--number-symbol',
      '12 /BTC-NSNN',
      '--issuer-name',
      'Bộ Tài chính',
      '--date',
      '2023-06-01',
      '--summary',
      'V/v dự toán',
    );
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('DOCUMENT_DUPLICATE_INCOMING');
  });
});
