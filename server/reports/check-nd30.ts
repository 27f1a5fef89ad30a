import { formatNd30Date, parseViDate } from '../../shared/vi/date';
import type { DocxModel, DocxParagraph } from './docx-model';

/** One rule's verdict. */
export interface RuleResult {
  rule: string;
  title: string;
  severity: 'error' | 'warning';
  passed: boolean;
  message: string;
}

const TNR = 'Times New Roman';
const mm = (twips: number) => Math.round((twips / 1440) * 25.4 * 10) / 10;
const pt = (halfPoints: number) => halfPoints / 2;
const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The ND 30 checker's numbered rules (docs/ND30-CHECKER.md), each citing the
 * point of Nghị định 30/2020/NĐ-CP Phụ lục I it checks. Formatting is judged
 * on effective values (direct formatting resolved through styles).
 */
export function checkNd30(d: DocxModel): RuleResult[] {
  const out: RuleResult[] = [];
  const add = (
    rule: string,
    title: string,
    passed: boolean,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) => out.push({ rule, title, severity, passed, message: passed ? 'đạt' : message });
  const near = (v: number | null, target: number, tol = 20) =>
    v !== null && Math.abs(v - target) <= tol;
  const within = (v: number | null, lo: number, hi: number) =>
    v !== null && v >= lo - 3 && v <= hi + 3;

  // R1 — page size (Phần I.I.1: A4, portrait).
  const portrait = d.page.orientation !== 'landscape';
  add(
    'R1',
    'Khổ giấy A4 đứng',
    near(d.page.width, 11_906) && near(d.page.height, 16_838) && portrait,
    `khổ ${d.page.width ?? '?'}×${d.page.height ?? '?'} twip, không phải A4 210×297 mm đứng`,
  );

  // R2 — margins (Phần I.I.3).
  const m = d.page.margins;
  const marginIssues = [
    within(m.top, 1134, 1417) ? null : `trên ${m.top === null ? '?' : mm(m.top)} mm (20–25)`,
    within(m.bottom, 1134, 1417)
      ? null
      : `dưới ${m.bottom === null ? '?' : mm(m.bottom)} mm (20–25)`,
    within(m.left, 1701, 1984) ? null : `trái ${m.left === null ? '?' : mm(m.left)} mm (30–35)`,
    within(m.right, 850, 1134) ? null : `phải ${m.right === null ? '?' : mm(m.right)} mm (15–20)`,
  ].filter(Boolean);
  add('R2', 'Lề trang trong giới hạn', marginIssues.length === 0, `lề ${marginIssues.join(', ')}`);

  // R3 — Times New Roman everywhere (Phần I.I.2).
  const otherFonts = new Set(
    d.paragraphs.flatMap((p) =>
      p.runs.filter((r) => r.font !== TNR).map((r) => r.font ?? '(không khai báo)'),
    ),
  );
  add(
    'R3',
    'Phông chữ Times New Roman',
    otherFonts.size === 0,
    `có chữ dùng phông ${[...otherFonts].join(', ')}`,
  );

  const header = d.paragraphs.filter((p) => p.zone === 'header');
  const left = header.filter((p) => p.column === 0 && p.text.trim() !== '');
  const right = header.filter((p) => p.column === 1 && p.text.trim() !== '');
  const numberPara = left.find((p) => /^Số\s*:/u.test(p.text.trim()));
  const issuerLines = numberPara ? left.slice(0, left.indexOf(numberPara)) : left;

  // R4 — issuer name: bold caps 12–13 pt (Phần I.II.2, ô 2).
  const issuerOk =
    issuerLines.length > 0 &&
    issuerLines.every(
      (p) =>
        p.text === p.text.toLocaleUpperCase('vi') &&
        allRuns(p, (r) => r.bold && sizeIn(r.size, 12, 13)),
    );
  add(
    'R4',
    'Tên cơ quan ban hành in hoa, đậm, cỡ 12–13',
    issuerOk,
    issuerLines.length === 0
      ? 'không thấy tên cơ quan ban hành ở cột trái phần đầu'
      : `tên cơ quan "${issuerLines.map((p) => p.text).join(' / ')}" chưa in hoa đậm cỡ 12–13`,
  );

  // R5 — Quốc hiệu bold caps 12–13 pt, one paragraph (ô 1).
  const qh = right.find((p) => p.text.trim() === QUOC_HIEU);
  add(
    'R5',
    'Quốc hiệu in hoa, đậm, cỡ 12–13, một dòng',
    qh !== undefined && allRuns(qh, (r) => r.bold && sizeIn(r.size, 12, 13)),
    qh ? 'Quốc hiệu chưa in đậm cỡ 12–13' : `không thấy Quốc hiệu "${QUOC_HIEU}" trong một đoạn`,
  );

  // R6 — Tiêu ngữ bold 13–14 pt.
  const tn = right.find((p) => p.text.trim() === TIEU_NGU);
  add(
    'R6',
    'Tiêu ngữ đậm, cỡ 13–14',
    tn !== undefined && allRuns(tn, (r) => r.bold && sizeIn(r.size, 13, 14)),
    tn ? 'Tiêu ngữ chưa in đậm cỡ 13–14' : `không thấy Tiêu ngữ "${TIEU_NGU}"`,
  );

  // R7 — "Số:" form (Phần I.II.3): colon, number ≥ 2 digits, no space before "/".
  const numberText = numberPara?.text.trim() ?? '';
  const numberMatch = /^Số: (\d+)\/(\S+)$/.exec(numberText);
  // A draft leaves the number blank for the văn thư ("Số:      /BC-UBND"): the form is right, the number still to come.
  const awaitingNumber = /^Số:\s+\/\S+$/.test(numberText);
  const numberOk = (numberMatch !== null && (numberMatch[1]?.length ?? 0) >= 2) || awaitingNumber;
  add(
    'R7',
    'Số, ký hiệu dạng "Số: 05/BC-UBND"',
    numberOk,
    numberPara
      ? `"${numberText}": cần "Số:" rồi số (dưới 10 thêm số 0), dấu "/" liền sau số, ký hiệu viết liền`
      : 'không thấy dòng "Số:"',
  );
  add(
    'R7b',
    'Văn bản đã được cấp số',
    !awaitingNumber,
    'bản dự thảo: số để trống chờ văn thư cấp khi ban hành',
    'warning',
  );

  // R8 — date line italic and zero-padded (Phần I.II.4.b).
  const dateLine = right.find((p) => /ngày \d+ tháng \d+ năm \d{4}/.test(p.text));
  let dateOk = false;
  let dateMessage = 'không thấy dòng địa danh, ngày tháng';
  if (dateLine) {
    const m2 = /ngày (\d+) tháng (\d+) năm (\d{4})/.exec(dateLine.text);
    const parsed = m2 ? parseViDate(`${m2[1]}/${m2[2]}/${m2[3]}`) : null;
    const expected = parsed?.ok ? formatNd30Date(parsed.value) : null;
    const printed = m2 ? m2[0] : '';
    const italic = allRuns(dateLine, (r) => r.italic);
    dateOk =
      expected !== null &&
      printed === expected &&
      italic &&
      /^[^,]+, ngày/.test(dateLine.text.trim());
    dateMessage = !italic
      ? 'dòng ngày tháng chưa in nghiêng'
      : expected && printed !== expected
        ? `"${printed}" phải viết "${expected}" (ngày dưới 10 và tháng 1, 2 thêm số 0)`
        : 'dòng ngày tháng sai dạng "Địa danh, ngày … tháng … năm …"';
  }
  add('R8', 'Địa danh, ngày tháng in nghiêng, đúng cách ghi số 0', dateOk, dateMessage);

  const bodyParas = d.paragraphs.filter((p) => p.zone === 'body' && p.text.trim() !== '');
  const titleIndex = bodyParas.findIndex(
    (p) => p.alignment === 'center' && p.text === p.text.toLocaleUpperCase('vi'),
  );
  const typeName = titleIndex >= 0 ? bodyParas[titleIndex] : undefined;
  // R9 — type name and subject bold, centred, 13–14 pt (ô 5a).
  const subject = bodyParas
    .slice(titleIndex + 1)
    .filter((p) => p.alignment === 'center' && !/^Kính gửi/.test(p.text));
  const titleOk =
    typeName !== undefined &&
    allRuns(typeName, (r) => r.bold && sizeIn(r.size, 13, 14)) &&
    subject.length > 0 &&
    subject.every((p) => allRuns(p, (r) => r.bold && sizeIn(r.size, 13, 14)));
  add(
    'R9',
    'Tên loại và trích yếu đậm, căn giữa, cỡ 13–14',
    titleOk,
    typeName
      ? 'tên loại hoặc trích yếu chưa in đậm, căn giữa cỡ 13–14'
      : 'không thấy tên loại văn bản in hoa căn giữa',
  );

  // R10 — body: 13–14 pt, justified, first-line indent 1–1,27 cm, ≥ 6 pt after, line 1–1,5 (Phần I.II.6).
  const content = bodyParas.filter((p) => p.alignment !== 'center');
  const badBody = content.filter(
    (p) =>
      p.alignment !== 'both' ||
      !(p.firstLineIndent !== null && p.firstLineIndent >= 560 && p.firstLineIndent <= 730) ||
      !(p.spacingAfter !== null && p.spacingAfter >= 120) ||
      !(p.lineSpacing === null || (p.lineSpacing >= 240 && p.lineSpacing <= 360)) ||
      !allRuns(p, (r) => sizeIn(r.size, 13, 14)),
  );
  add(
    'R10',
    'Nội dung cỡ 13–14, canh đều, lùi đầu dòng 1–1,27 cm, cách đoạn ≥ 6 pt, giãn dòng 1–1,5',
    content.length > 0 && badBody.length === 0,
    content.length === 0
      ? 'không thấy đoạn nội dung'
      : `${badBody.length} đoạn sai định dạng, ví dụ: "${(badBody[0]?.text ?? '').slice(0, 60)}…"`,
  );

  // R11 — Nơi nhận (ô 9b): "Nơi nhận:" bold italic 12 pt; items 11 pt "- …;" ending "- Lưu: VT…."
  const footer = d.paragraphs.filter(
    (p) => p.zone === 'footer' && p.column === 0 && p.text.trim() !== '',
  );
  const head = footer[0];
  const items = footer.slice(1);
  const last = items[items.length - 1]?.text.trim() ?? '';
  const itemsOk =
    items.length > 0 &&
    items.every(
      (p, i) =>
        /^- /.test(p.text.trim()) &&
        (i === items.length - 1 ? /\.$/.test(p.text.trim()) : /;$/.test(p.text.trim())) &&
        allRuns(p, (r) => sizeIn(r.size, 11, 11)),
    );
  const headOk =
    head !== undefined &&
    head.text.trim() === 'Nơi nhận:' &&
    allRuns(head, (r) => r.bold && r.italic && sizeIn(r.size, 12, 12));
  const luuOk = /^- Lưu: VT\b/.test(last);
  add(
    'R11',
    'Nơi nhận: tiêu đề đậm nghiêng cỡ 12, mỗi nơi một dòng cỡ 11, kết thúc "- Lưu: VT…."',
    headOk && itemsOk && luuOk,
    !headOk
      ? '"Nơi nhận:" chưa đậm nghiêng cỡ 12'
      : !luuOk
        ? 'dòng cuối phải là "- Lưu: VT, …."'
        : 'các dòng nơi nhận phải bắt đầu "- ", kết thúc ";" (dòng cuối "."), cỡ 11',
  );
  add(
    'R11b',
    'Nơi nhận ghi đơn vị soạn thảo sau "Lưu: VT"',
    /^- Lưu: VT, \S/.test(last),
    'dòng "Lưu: VT" không ghi đơn vị soạn thảo (ví dụ "- Lưu: VT, TH.")',
    'warning',
  );

  // R12 — signature: authority and title bold caps, name bold (ô 7).
  const sig = d.paragraphs.filter(
    (p) => p.zone === 'footer' && p.column === 1 && p.text.trim() !== '',
  );
  const sigName = sig[sig.length - 1];
  const sigTitles = sig.slice(0, -1);
  const sigOk =
    sigTitles.length > 0 &&
    sigTitles.every(
      (p) => p.text === p.text.toLocaleUpperCase('vi') && allRuns(p, (r) => r.bold),
    ) &&
    sigName !== undefined &&
    allRuns(sigName, (r) => r.bold) &&
    sigName.text !== sigName.text.toLocaleUpperCase('vi');
  add(
    'R12',
    'Thẩm quyền, chức vụ in hoa đậm; họ tên người ký in đậm',
    sigOk,
    'khối chữ ký sai: thẩm quyền và chức vụ in hoa đậm, họ tên in thường đậm',
  );

  // R13 — page numbers from page 2, centred at the top (Phần I.I.4).
  const pageOk =
    d.titlePage &&
    (d.headers.first === null || !d.headers.first.hasPageField) &&
    d.headers.default !== null &&
    d.headers.default.hasPageField &&
    d.headers.default.alignment === 'center';
  add(
    'R13',
    'Số trang từ trang 2, căn giữa phía trên, trang 1 không đánh số',
    pageOk,
    !d.titlePage
      ? 'trang 1 cũng được đánh số (thiếu "trang đầu khác")'
      : 'thiếu số trang căn giữa ở phần đầu trang từ trang 2',
  );
  return out;
}

function allRuns(p: DocxParagraph, test: (r: DocxParagraph['runs'][number]) => boolean): boolean {
  const runs = p.runs.filter((r) => r.text.trim() !== '');
  return runs.length > 0 && runs.every(test);
}

function sizeIn(halfPoints: number | null, lo: number, hi: number): boolean {
  return halfPoints !== null && pt(halfPoints) >= lo && pt(halfPoints) <= hi;
}
