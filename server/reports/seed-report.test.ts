/**
 * The seed report regenerated from the demo's data: Báo cáo tóm tắt
 * 229/BC-UBND of 10/7/2023 (../shared/reference/229-BC-UBND-2023.md).
 * The demo drafts and issues it; these tests read it back through the
 * reports' use cases and check its figures, citations, headings, number,
 * the ND 30 checker's verdict, the PDF and the XLSX annexes.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestContext, type DemoTestContext } from '../testing/demo-context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { setDisbursementTarget } from '../investment/set-disbursement-target';
import { contentParagraphs, type ReportContent } from '../../shared/reports/content';
import { monthlyReviewReport, semiannualReport } from './find-report';
import { taskStatistics } from '../tasks/task-statistics';
import { disbursementRates } from '../investment/disbursement-rates';
import { createReport } from './manage-reports';
import { exportReport, missingParagraphs } from './export-report';
import { readDocx } from './docx-model';
import { checkNd30 } from './check-nd30';
import { checkNd30Pdf } from './check-pdf';
import { pdfText } from './office-tools';

const SEED_TIMEOUT = 600_000;
const SEED_FILE = new URL('../../../shared/reference/229-BC-UBND-2023.md', import.meta.url);

let ctx: DemoTestContext;
let reportId: number;
let content: ReportContent;
let text: string;

beforeAll(async () => {
  ctx = await createDemoTestContext();
  const report = await semiannualReport(ctx, { actor: SYSTEM_ACTOR, year: 2023, half: 1 });
  reportId = report.id;
  content = (await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId, format: 'json' })).content;
  text = contentParagraphs(content).join('\n');
}, SEED_TIMEOUT);
afterAll(async () => ctx.cleanup());

/** The seed's section headings, in order, as the Markdown conversion of the source marks them (bold lines). */
function seedHeadings(): string[] {
  const md = readFileSync(SEED_FILE, 'utf8');
  const body = md.slice(md.indexOf('**A. '), md.indexOf('**TM. '));
  return [...body.matchAll(/^(?:#+ )?\*\*((?:[A-Z]|[IVX]+|\d+)\. [^*]+)\*\*\s*$/gmu)].map((m) =>
    (m[1] ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** The seed's part B items ("1. Tập trung quyết liệt…" … "7. …"), each as its first sentence. */
function seedPartB(): string[] {
  const md = readFileSync(SEED_FILE, 'utf8');
  const partB = md.slice(md.indexOf('**B. '), md.indexOf('UBND tỉnh báo cáo HĐND tỉnh xem xét'));
  return [...partB.matchAll(/^(\d)\. (.+)$/gmu)].map(
    (m) => `${m[1]}. ${(m[2] ?? '').split('. ')[0]}`,
  );
}

describe('the semi-annual summary of the first half of 2023, regenerated from the demo', () => {
  it('is issued as 229/BC-UBND on 10/7/2023 by the UBND tỉnh, signed by the Chủ tịch', () => {
    expect(content.header.authorityLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH PHƯỚC']);
    expect(content.header.numberLine).toBe('Số: 229/BC-UBND');
    expect(content.header.placeDateLine).toBe('Bình Phước, ngày 10 tháng 7 năm 2023');
    expect(content.typeName).toBe('BÁO CÁO TÓM TẮT');
    expect(content.summaryLines.join(' ')).toBe(
      'Tình hình công tác 6 tháng đầu năm và Chương trình công tác 6 tháng cuối năm 2023',
    );
    expect(content.signature).toMatchObject({
      authorityLine: 'TM. ỦY BAN NHÂN DÂN TỈNH',
      titleLine: 'CHỦ TỊCH',
      name: 'Trần Tuệ Hiền',
    });
    // Printed "- Lưu: VT." as the seed ends its Nơi nhận, without the drafting unit.
    expect(content.recipients.at(-1)).toBe('Lưu: VT');
  });

  it('contains every figure and citation the seed takes from data', () => {
    for (const phrase of [
      // The register's statistics for the ND 09 window.
      'đã ban hành 30 quyết định quy phạm pháp luật, 5 chỉ thị, 1.000 quyết định cá biệt, 200 kế hoạch, 60 tờ trình, hơn 2.500 văn bản điều hành khác',
      // Register entries, cited in full the first time.
      'Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ',
      'Tờ trình số 40/TTr-UBND ngày 17/5/2023',
      'Chương trình hành động số 17-CTr/TU ngày 30/9/2021 của Tỉnh ủy',
      'Nghị quyết số 04-NQ/TU ngày 18/5/2021 của Tỉnh ủy',
      'Quyết định số 764-QĐ/TU ngày 30/11/2022 của Ban Thường vụ Tỉnh ủy',
      'Luật Tổ chức chính quyền địa phương',
      // The 17-CTr/TU programme's roll-up.
      '45 đề án, kế hoạch',
      'Đối với 02 nhiệm vụ còn lại cũng đã hoàn thành nội dung, đang trình Tỉnh ủy xem xét, thông qua',
      // Individual decisions tagged "chức năng, nhiệm vụ, cơ cấu tổ chức" in the window.
      'quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của 18 cơ quan, đơn vị thuộc UBND tỉnh',
      // The 2023 disbursement target.
      'phấn đấu tỷ lệ giải ngân năm 2023 đạt tối thiểu 95% kế hoạch',
      // The HĐND session the report serves.
      'Căn cứ Chương trình kỳ họp thứ mười một, Hội đồng nhân dân tỉnh khóa X, nhiệm kỳ 2021-2026',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
  });

  it("has the seed's section headings in the seed's order", () => {
    const seed = seedHeadings();
    // A. I. 1–5, II. 1–2, B.
    expect(seed.map((h) => h.split(' ')[0])).toEqual([
      'A.',
      'I.',
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      'II.',
      '1.',
      '2.',
      'B.',
    ]);
    const generated = content.blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => `${b.label} ${b.text}`);
    expect(generated).toEqual(seed);
  });

  it("lists part B's seven items from the second-half work-programme tasks, in order", () => {
    const seed = seedPartB();
    expect(seed).toHaveLength(7);
    const b = content.blocks.slice(
      content.blocks.findIndex((x) => x.kind === 'heading' && x.label === 'B.'),
    );
    const items = b
      .filter((x) => x.kind === 'paragraph' && /^\d\.$/.test(x.label ?? ''))
      .map((x) => `${x.label} ${x.text}`);
    expect(items).toHaveLength(7);
    items.forEach((item, i) => expect(item.startsWith(seed[i] ?? '?'), item).toBe(true));
  });

  it('takes its figures from the data when drafted again, while the issued report stays frozen', async () => {
    await setDisbursementTarget(ctx, { actor: SYSTEM_ACTOR, input: { year: 2023, rate: 97 } });
    const draft = await createReport(ctx, { actor: SYSTEM_ACTOR, input: { year: 2023, half: 1 } });
    const redrafted = await exportReport(ctx, {
      actor: SYSTEM_ACTOR,
      reportId: draft.id,
      format: 'json',
    });
    const draftText = contentParagraphs(redrafted.content).join('\n');
    expect(draftText).toContain('đạt tối thiểu 97% kế hoạch');
    expect(redrafted.content.header.numberLine).toMatch(/^Số:\s+\/BC-UBND$/);
    const again = await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId, format: 'json' });
    expect(again.content).toEqual(content);
    await setDisbursementTarget(ctx, { actor: SYSTEM_ACTOR, input: { year: 2023, rate: 95 } });
  });

  it('renders a DOCX that passes every ND 30 rule (the seed\'s "Lưu: VT." without the drafting unit is a warning)', async () => {
    const docx = await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId, format: 'docx' });
    expect(docx.fileName).toBe('229-BC-UBND.docx');
    const results = checkNd30(await readDocx(docx.bytes));
    expect(results.filter((r) => r.severity === 'error' && !r.passed)).toEqual([]);
    expect(results.filter((r) => !r.passed).map((r) => r.rule)).toEqual(['R11b']);
    expect(results.map((r) => r.rule)).toEqual([
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'R6',
      'R7',
      'R7b',
      'R8',
      'R9',
      'R10',
      'R11',
      'R11b',
      'R12',
      'R13',
    ]);
  });

  it('converts to a PDF with every paragraph intact, fonts embedded and the Quốc hiệu on one line', async () => {
    const pdf = await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId, format: 'pdf' });
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfOut = await pdfText(pdf.bytes);
    expect(missingParagraphs(content, pdfOut)).toEqual([]);
    expect(pdfOut).toContain('Số: 229/BC-UBND');
    expect((await checkNd30Pdf(pdf.bytes)).filter((r) => !r.passed)).toEqual([]);
  });

  it('exports XLSX annexes that read back with exceljs', async () => {
    const xlsx = await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([
      'Văn bản ban hành',
      'Nhiệm vụ (mẫu VPCP)',
      'Nhiệm vụ quá hạn',
      'Nội dung báo cáo',
      'Chỉ tiêu KT-XH',
      'Giải ngân theo dự án',
      'Sổ văn bản đi',
      'Sổ văn bản đến',
    ]);
    const cells = (name: string) => {
      const out: string[] = [];
      wb.getWorksheet(name)?.eachRow((row) => {
        row.eachCell((c) => out.push(c.text));
      });
      return out;
    };
    const textSheet = cells('Nội dung báo cáo');
    expect(textSheet.some((v) => v.includes('30 quyết định quy phạm pháp luật'))).toBe(true);
    expect(cells('Văn bản ban hành').length).toBeGreaterThan(10);
  });
});

describe('the monthly report to the review meeting, from the same data', () => {
  it('states the VPCP task figures, the overdue units, revenue and disbursement of the window, and passes ND 30', async () => {
    const r = await monthlyReviewReport(ctx, { actor: SYSTEM_ACTOR, year: 2023, month: 6 });
    expect(r).toMatchObject({
      kind: 'monthly',
      window_from: '2023-05-15',
      window_to: '2023-06-14',
    });
    const monthly = (
      await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId: r.id, format: 'json' })
    ).content;
    expect(monthly.summaryLines).toEqual([
      'Kết quả thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao',
      'tháng 6/2023',
    ]);
    const byKey = new Map(monthly.blocks.map((b) => [b.key, b.text]));
    // The same counts as the task statistics at the window's end (the demo holds one province).
    const stats = await taskStatistics(ctx, {
      actor: SYSTEM_ACTOR,
      input: { at: '2023-06-14', by: 'unit' },
    });
    const t = stats.total;
    const n = (x: number) => x.toLocaleString('de-DE');
    expect(byKey.get('I.tasks')).toBe(
      `Tính đến ngày 14/6/2023, trong ${n(t.total - t.KHONG_THOI_HAN)} nhiệm vụ có thời hạn UBND tỉnh, Chủ tịch UBND tỉnh giao, ` +
        `đã hoàn thành ${n(t.HT_DUNG_HAN + t.HT_QUA_HAN)} nhiệm vụ (đúng hạn ${n(t.HT_DUNG_HAN)}, quá hạn ${n(t.HT_QUA_HAN)}); ` +
        `chưa hoàn thành ${n(t.CHT_TRONG_HAN + t.CHT_QUA_HAN)} nhiệm vụ (trong hạn ${n(t.CHT_TRONG_HAN)}, quá hạn ${n(t.CHT_QUA_HAN)}); ` +
        `tỷ lệ hoàn thành đúng hạn đạt ${((t.onTimeRate ?? 0) * 100)
          .toFixed(2)
          .replace(/\.?0+$/, '')
          .replace('.', ',')}%.` +
        (t.KHONG_THOI_HAN > 0
          ? ` Ngoài ra có ${n(t.KHONG_THOI_HAN)} nhiệm vụ thường xuyên, không có thời hạn.`
          : ''),
    );
    const worst = [...stats.rows].sort((a, b) => b.CHT_QUA_HAN - a.CHT_QUA_HAN)[0];
    expect(byKey.get('I.overdue')).toContain(
      `${worst?.label ?? '?'} (${worst?.CHT_QUA_HAN ?? 0} nhiệm vụ)`,
    );
    expect(byKey.get('II.revenue')).toMatch(
      /^Thu ngân sách nhà nước trên địa bàn lũy kế đến hết tháng 6\/2023 (ước )?đạt [\d.,]+ tỷ đồng, đạt [\d,]+% dự toán Trung ương giao, đạt [\d,]+% dự toán HĐND tỉnh giao, (tăng|giảm) [\d,]+% so với cùng kỳ\.$/,
    );
    const rates = await disbursementRates(ctx, {
      actor: SYSTEM_ACTOR,
      input: { by: 'investor', at: '2023-06-14', year: 2023 },
    });
    const pm = `${(rates.total.ratePm ?? 0)
      .toFixed(2)
      .replace(/\.?0+$/, '')
      .replace('.', ',')}%`;
    expect(byKey.get('II.disbursement')).toContain(
      `đạt ${pm} kế hoạch vốn Thủ tướng Chính phủ giao`,
    );
    const results = checkNd30(
      await readDocx(
        (await exportReport(ctx, { actor: SYSTEM_ACTOR, reportId: r.id, format: 'docx' })).bytes,
      ),
    );
    // A draft: the number is left blank for the văn thư, which is a warning only.
    expect(results.filter((x) => !x.passed).map((x) => [x.rule, x.severity])).toEqual([
      ['R7b', 'warning'],
    ]);
  });
});
