/**
 * The quarterly, nine-month and annual reports, drafted from the demo's data:
 * their period and ND 09 data window, the title naming the next period, the
 * figures generated from the register, the tasks, revenue and disbursement,
 * and an ND 30-conforming DOCX. Bad input: a quarterly report without its
 * quarter, a template asked for the wrong kind of period.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestContext, type DemoTestContext } from '../testing/demo-context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { contentParagraphs, type ReportContent } from '../../shared/reports/content';
import { periodReport } from './find-report';
import { createReport } from './manage-reports';
import { exportReport } from './export-report';
import { readDocx } from './docx-model';
import { checkNd30 } from './check-nd30';
import { windowStatistics } from './report-data';

let ctx: DemoTestContext;
beforeAll(async () => {
  ctx = await createDemoTestContext();
}, 600_000);
afterAll(async () => ctx.cleanup());

const code = (e: unknown) => (isAppError(e) ? `${e.code}:${e.field ?? ''}` : String(e));

async function content(reportId: number): Promise<ReportContent> {
  return (await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId, format: 'json' })).content;
}

async function nd30Failures(reportId: number): Promise<string[][]> {
  const docx = await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId, format: 'docx' });
  return checkNd30(await readDocx(docx.bytes))
    .filter((r) => !r.passed)
    .map((r) => [r.rule, r.severity]);
}

describe('periodic reports from the data', () => {
  it('drafts the second-quarter report on its ND 09 window, with the figures of the window', async () => {
    const r = await periodReport(ctx, {
      actor: SYSTEM_ACTOR,
      template: 'quarterly-report',
      period: { kind: 'quarter', year: 2023, index: 2 },
    });
    expect(r).toMatchObject({
      kind: 'quarterly',
      status: 'draft',
      window_from: '2023-03-15',
      window_to: '2023-06-14',
    });
    const c = await content(r.id);
    expect(c.summaryLines).toEqual([
      'Tình hình thực hiện nhiệm vụ quý II/2023',
      'và nhiệm vụ trọng tâm quý III/2023',
    ]);
    const headings = c.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'KẾT QUẢ THỰC HIỆN QUÝ II/2023',
      'Thu ngân sách và giải ngân vốn đầu tư công',
      'Công tác chỉ đạo, điều hành',
      'Tồn tại, hạn chế và nguyên nhân',
      'NHIỆM VỤ TRỌNG TÂM QUÝ III/2023',
    ]);
    const byKey = new Map(c.blocks.map((b) => [b.key, b.text]));
    // The documents sentence counts the register in the window, as the statistics do.
    const stats = await windowStatistics(ctx, r.issuer_unit_id, '2023-03-15', '2023-06-14');
    expect(stats.total).toBeGreaterThan(0);
    expect(byKey.get('A.I.3.documents')).toMatch(
      new RegExp(
        `^Trong quý II/2023, UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành .*${stats.directives} chỉ thị`,
      ),
    );
    expect(byKey.get('I.tasks')).toMatch(/^Tính đến ngày 14\/6\/2023, trong [\d.]+ nhiệm vụ/);
    expect(byKey.get('II.revenue')).toMatch(
      /^Thu ngân sách nhà nước trên địa bàn lũy kế đến hết quý II\/2023 (ước )?đạt [\d.,]+ tỷ đồng/,
    );
    expect(byKey.get('II.disbursement')).toMatch(/kế hoạch vốn Thủ tướng Chính phủ giao/);
    const text = contentParagraphs(c).join('\n');
    expect(text).toContain('nhiệm vụ trọng tâm quý III/2023');
    expect(text).toContain('phấn đấu tỷ lệ giải ngân năm 2023 đạt tối thiểu 95%');
    expect(text).not.toMatch(/\{\{/);
    // A draft: the number is left blank for the văn thư, which is a warning only.
    expect(await nd30Failures(r.id)).toEqual([['R7b', 'warning']]);
    // Found again, not drafted twice.
    const again = await periodReport(ctx, {
      actor: SYSTEM_ACTOR,
      template: 'quarterly-report',
      period: { kind: 'quarter', year: 2023, index: 2 },
    });
    expect(again.id).toBe(r.id);
  });

  it('drafts the nine-month and the annual reports, each naming the period after it', async () => {
    const nine = await periodReport(ctx, {
      actor: SYSTEM_ACTOR,
      template: 'nine-month-report',
      period: { kind: 'nine_months', year: 2023, index: 1 },
    });
    expect(nine).toMatchObject({
      kind: 'nine_months',
      window_from: '2022-12-15',
      window_to: '2023-09-14',
    });
    const nineContent = await content(nine.id);
    expect(nineContent.summaryLines).toEqual([
      'Tình hình thực hiện nhiệm vụ 9 tháng năm 2023',
      'và nhiệm vụ trọng tâm quý IV/2023',
    ]);
    expect(contentParagraphs(nineContent).join('\n')).toContain(
      'Trong 9 tháng năm 2023, UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành',
    );
    expect(await nd30Failures(nine.id)).toEqual([['R7b', 'warning']]);

    const annual = await periodReport(ctx, {
      actor: SYSTEM_ACTOR,
      template: 'annual-report',
      period: { kind: 'year', year: 2023, index: 1 },
      basis: 'calendar',
    });
    expect(annual).toMatchObject({
      kind: 'annual',
      basis: 'calendar',
      window_from: '2023-01-01',
      window_to: '2023-12-31',
    });
    const annualContent = await content(annual.id);
    expect(annualContent.summaryLines).toEqual([
      'Tình hình thực hiện nhiệm vụ năm 2023',
      'và nhiệm vụ trọng tâm năm 2024',
    ]);
    expect(annualContent.blocks.at(-1)?.text).toBe('UBND tỉnh báo cáo./.');
    expect(await nd30Failures(annual.id)).toEqual([['R7b', 'warning']]);
  });

  it('refuses a quarterly report without its quarter, and a template asked for another kind of period', async () => {
    await expect(
      createReport(ctx, {
        actor: SYSTEM_ACTOR,
        input: { template: 'quarterly-report', year: 2023 },
      }).catch(code),
    ).resolves.toBe('FIELD_REQUIRED:quarter');
    await expect(
      createReport(ctx, {
        actor: SYSTEM_ACTOR,
        input: { template: 'quarterly-report', year: 2023, quarter: 5 },
      }).catch(code),
    ).resolves.toMatch(/^VALIDATION_FAILED|^FIELD_INVALID/);
    await expect(
      periodReport(ctx, {
        actor: SYSTEM_ACTOR,
        template: 'annual-report',
        period: { kind: 'quarter', year: 2023, index: 1 },
      }).catch(code),
    ).resolves.toBe('FIELD_INVALID:period');
  });
});
