/**
 * The report commands: the ND 30 checker on hand-made fixtures, and the
 * periodic reports written to files — with the refusals that leave no file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { cliRunner } from '../testing/cli';
import { ND30_FIXTURES, fixtureDocx } from '../reports/testing/nd30-fixtures';
import { SYSTEM_ACTOR } from '../platform/actor';
import { setDisbursementTarget } from '../investment/set-disbursement-target';
import { appointPosition, createPerson } from '../organisation/people';
import { issueDocument } from '../documents/issue-document';
import { checkNd30 } from '../reports/check-nd30';
import { readDocx } from '../reports/docx-model';

let ctx: TestContext;
let p: TestProvince;
const cli = cliRunner(() => ctx);

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx);
});
afterAll(async () => ctx.cleanup());

// Each case spawns the CLI through tsx several times: slow on a loaded two-core machine.
describe('dieuhanh report', { timeout: 240_000 }, () => {
  it('checks a DOCX against ND 30: a conforming file passes, a broken one fails naming its rule, a corrupt one is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dieuhanh-check-'));
    try {
      const write = async (name: string) => {
        const f = ND30_FIXTURES.find((x) => x.name === name);
        if (!f) throw new Error(name);
        const file = join(dir, `${name}.docx`);
        writeFileSync(file, await fixtureDocx(f));
        return file;
      };
      const good = await cli('report', 'check', await write('conforming'));
      expect(good.code, good.stderr).toBe(0);
      expect(good.stdout).toContain('Văn bản đúng thể thức.');
      const bad = await cli('report', 'check', await write('number-with-space'));
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(
        /^LỖI {2}R7 {3}Số, ký hiệu dạng "Số: 05\/BC-UBND": "Số: 12 \/BC-UBND"/m,
      );
      expect(bad.stdout).toContain('1 quy tắc không đạt.');
      const json = await cli('report', 'check', '--json', await write('first-page-numbered'));
      const parsed = JSON.parse(json.stdout) as {
        ok: boolean;
        results: Array<{ rule: string; passed: boolean }>;
      };
      expect(parsed.ok).toBe(false);
      expect(parsed.results.filter((r) => !r.passed).map((r) => r.rule)).toEqual(['R13']);
      const corrupt = join(dir, 'corrupt.docx');
      writeFileSync(corrupt, 'không phải tệp docx');
      const refused = await cli('report', 'check', corrupt);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^Lỗi \[DOCX_UNREADABLE\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('writes the periodic reports, and refuses a bad quarter, a period without data, a missing or failing PDF converter without leaving a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dieuhanh-periodic-'));
    try {
      await setDisbursementTarget(ctx, { actor: SYSTEM_ACTOR, input: { year: 2023, rate: 95 } });
      // The Chủ tịch signs on behalf of the UBND (TM.).
      const chair = await createPerson(ctx, {
        actor: SYSTEM_ACTOR,
        input: { fullName: 'Nguyễn Văn Chủ' },
      });
      await appointPosition(ctx, {
        actor: SYSTEM_ACTOR,
        input: {
          personId: chair.id,
          unit: p.ubnd.id,
          title: 'Chủ tịch',
          rank: 'head',
          validFrom: '2021-07-01',
        },
      });
      // Two documents in the second quarter's ND 09 window (15/3–14/6/2023).
      for (const date of ['2023-04-03', '2023-05-20'])
        await issueDocument(ctx, {
          actor: SYSTEM_ACTOR,
          input: { issuer: p.ubnd.code, type: 'KH', summary: `Kế hoạch ${date}`, issueDate: date },
        });
      const out = join(dir, 'q2.docx');
      const badQuarter = await cli(
        'report',
        'quarterly',
        '--year',
        '2023',
        '--quarter',
        '5',
        '-o',
        out,
      );
      expect(badQuarter.code).toBe(2);
      expect(badQuarter.stderr).toContain('--quarter');
      const empty = await cli('report', 'quarterly', '--year', '2021', '--quarter', '1', '-o', out);
      expect(empty.code).toBe(2);
      expect(empty.stderr).toMatch(/REPORT_NO_DATA/);
      expect(existsSync(out)).toBe(false);
      // Without LibreOffice on the PATH: a clear error, and nothing written.
      const pdf = join(dir, 'q2.pdf');
      const noOffice = await cli.withEnv({ PATH: dir })(
        'report',
        'quarterly',
        '--year',
        '2023',
        '--quarter',
        '2',
        '--format',
        'pdf',
        '-o',
        pdf,
      );
      expect(noOffice.code, noOffice.stderr).toBe(2);
      expect(noOffice.stderr).toMatch(/^Lỗi \[PDF_CONVERTER_MISSING\]/m);
      expect(readdirSync(dir)).toEqual([]);
      // A LibreOffice that fails: its message is passed on, and nothing is written either.
      const bin = mkdtempSync(join(tmpdir(), 'dieuhanh-bin-'));
      try {
        writeFileSync(
          join(bin, 'soffice'),
          '#!/bin/sh\necho "source file could not be loaded" >&2\nexit 1\n',
          {
            mode: 0o755,
          },
        );
        const failing = await cli.withEnv({ PATH: `${bin}:/usr/bin:/bin` })(
          'report',
          'quarterly',
          '--year',
          '2023',
          '--quarter',
          '2',
          '--format',
          'pdf',
          '-o',
          pdf,
        );
        expect(failing.code, failing.stderr).toBe(2);
        expect(failing.stderr).toMatch(
          /^Lỗi \[PDF_CONVERSION_FAILED\].*source file could not be loaded/m,
        );
        expect(readdirSync(dir)).toEqual([]);
      } finally {
        rmSync(bin, { recursive: true, force: true });
      }
      const ok = await cli('report', 'quarterly', '--year', '2023', '--quarter', '2', '-o', out);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stderr).toContain('dự thảo');
      const failed = checkNd30(await readDocx(readFileSync(out))).filter((r) => !r.passed);
      // A draft: the number is left blank for the văn thư, which is a warning only.
      expect(failed.map((r) => [r.rule, r.severity])).toEqual([['R7b', 'warning']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
