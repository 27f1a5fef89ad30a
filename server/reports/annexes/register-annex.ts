/**
 * The register books of a period as XLSX, with the columns of ND 30/2020
 * Phụ lục IV: the Sổ đăng ký văn bản đi (Mục I), the Sổ đăng ký văn bản đến
 * (Mục VI) and, beside the latter, the Sổ theo dõi giải quyết văn bản đến
 * (Mục VIII). The outgoing book's headers are the ones the register import
 * reads (docs/IMPORT.md). Entries are those the actor may read: registers in
 * its scope, classified entries only for roles that may read them.
 */
import type ExcelJS from 'exceljs';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { localDateSchema, parseInput } from '../../platform/validation';
import { authorize, can, scopePathOf } from '../../access/policy';
import { formatShortDate } from '../../../shared/vi/date';
import { TASK_STATUS_LABELS } from '../../../shared/tasks/status';
import { defaultProvincialCommittee } from '../../organisation/province';
import { resolveUnit, type UnitRow } from '../../organisation/unit-queries';
import { allDocuments } from '../../documents/document-queries';
import { toDocumentViews, type DocumentView } from '../../documents/document-view';
import { unitRefSchema } from '../../documents/document-inputs';
import type { DocumentsTable } from '../../documents/tables';
import { incomingHandlingRegister, type IncomingHandlingLine } from '../../tasks/direct-incoming';
import { addTableSheet, annexFile, newWorkbook, type AnnexFile } from './sheet-writer';

export const REGISTER_DIRECTIONS = ['outgoing', 'incoming'] as const;

/** Input of the register annex. */
export const registerAnnexInput = z
  .object({
    direction: z.enum(REGISTER_DIRECTIONS),
    /** First and last day of the period: issue dates (outgoing) or arrival dates (incoming). */
    from: localDateSchema,
    to: localDateSchema,
    /** The unit keeping the register (id, code or name); the province's UBND by default. */
    register: unitRefSchema.optional(),
  })
  .strict();

/** What a register book prints. */
export interface RegisterAnnexData {
  direction: (typeof REGISTER_DIRECTIONS)[number];
  register: { id: number; name: string };
  from: string;
  to: string;
  /** Register entries in book order (issue date and number; arrival date and number). */
  entries: DocumentView[];
  /** Incoming only: the handling line of each entry, by document id. */
  handling: Map<number, IncomingHandlingLine>;
}

/** Loads the entries of a register for the period. */
export async function loadRegisterAnnex(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof registerAnnexInput> },
): Promise<RegisterAnnexData> {
  const data = parseInput(registerAnnexInput, input);
  if (data.from > data.to)
    throw new AppError('DATE_RANGE_INVALID', {
      field: 'to',
      params: { from: formatShortDate(data.from), to: formatShortDate(data.to) },
    });
  const q = ctx.db.q;
  const register: UnitRow =
    data.register === undefined
      ? await defaultProvincialCommittee(q, data.to)
      : await resolveUnit(q, data.register, { asOf: data.to, field: 'register' });
  authorize(actor, 'report.read', { unitPaths: [register.path] });
  authorize(actor, 'document.read', { unitPaths: [register.path] });
  const secretToo = can(actor, 'document.read_secret');
  const handling = new Map<number, IncomingHandlingLine>();
  let entries: DocumentView[];
  if (data.direction === 'outgoing') {
    const scope = scopePathOf(actor);
    const rows = await allDocuments(q, {
      registerUnitId: register.id,
      directions: ['outgoing'],
      from: data.from,
      to: data.to,
      ...(scope ? { underPath: scope } : {}),
      ...(secretToo ? {} : { publicOnly: true }),
    });
    entries = await toDocumentViews(q, rows);
  } else {
    const lines = await incomingHandlingRegister(ctx, {
      actor,
      from: data.from,
      to: data.to,
      registerUnitId: register.id,
    });
    for (const l of lines) handling.set(l.documentId, l);
    const rows: Selectable<DocumentsTable>[] = [];
    const ids = lines.map((l) => l.documentId);
    for (let i = 0; i < ids.length; i += 500)
      rows.push(
        ...(await q
          .selectFrom('documents')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + 500))
          .execute()),
      );
    const byId = new Map((await toDocumentViews(q, rows)).map((v) => [v.id, v]));
    // In the handling register's order: arrival date, then arrival number.
    entries = ids
      .map((id) => byId.get(id))
      .filter((v): v is DocumentView => v !== undefined && (secretToo || v.secrecy === 'none'));
  }
  return {
    direction: data.direction,
    register: { id: register.id, name: register.name },
    from: data.from,
    to: data.to,
    entries,
    handling,
  };
}

const URGENCY_LABELS: Record<DocumentView['urgency'], string | null> = {
  normal: null,
  khan: 'Khẩn',
  thuong_khan: 'Thượng khẩn',
  hoa_toc: 'Hỏa tốc',
};
const SECRECY_LABELS: Record<DocumentView['secrecy'], string | null> = {
  none: null,
  mat: 'Mật',
  toi_mat: 'Tối mật',
  tuyet_mat: 'Tuyệt mật',
};
const STATUS_LABELS: Record<DocumentView['status'], string | null> = {
  active: null,
  recalled: 'Đã thu hồi',
  cancelled: 'Đã hủy số',
};

/** "Tên loại và trích yếu": the type name then the subject; a công văn prints its subject only. */
function typeAndSummary(d: DocumentView): string {
  return d.type.key === 'CV' ? d.summary : `${d.type.name} ${d.summary}`;
}

function notes(d: DocumentView): string {
  return [STATUS_LABELS[d.status], URGENCY_LABELS[d.urgency], SECRECY_LABELS[d.secrecy], d.notes]
    .filter(Boolean)
    .join('; ');
}

function period(data: RegisterAnnexData): string {
  return `${data.register.name} — từ ngày ${formatShortDate(data.from)} đến ngày ${formatShortDate(data.to)}`;
}

/** The outgoing book (Phụ lục IV Mục I): the "Lưu:" line of Nơi nhận goes to the filed-copy column. */
export function addOutgoingSheet(
  wb: ExcelJS.Workbook,
  data: RegisterAnnexData,
  name = 'Sổ văn bản đi',
): void {
  addTableSheet(wb, {
    name,
    title: ['SỔ ĐĂNG KÝ VĂN BẢN ĐI', `(${period(data)})`],
    numberRow: true,
    columns: [
      { header: 'Số, ký hiệu văn bản', width: 18, kind: 'text' },
      { header: 'Ngày tháng văn bản', width: 12, kind: 'date' },
      { header: 'Tên loại và trích yếu nội dung văn bản', width: 50, kind: 'wrap' },
      { header: 'Người ký', width: 20, kind: 'wrap' },
      { header: 'Nơi nhận văn bản', width: 30, kind: 'wrap' },
      { header: 'Đơn vị, người nhận bản lưu', width: 16, kind: 'wrap' },
      { header: 'Số lượng bản', width: 8, kind: 'integer' },
      { header: 'Ngày chuyển', width: 12, kind: 'date' },
      { header: 'Ký nhận', width: 12, kind: 'text' },
      { header: 'Ghi chú', width: 20, kind: 'wrap' },
    ],
    rows: data.entries.map((d) => {
      const filed = d.recipients.find((r) => /^lưu\s*:/iu.test(r));
      return [
        d.numberSymbol,
        d.issueDate,
        typeAndSummary(d),
        d.signer.name,
        d.recipients.filter((r) => r !== filed).join('\n'),
        filed ? filed.replace(/^lưu\s*:\s*/iu, '').replace(/[.;]\s*$/u, '') : null,
        d.copyCount,
        null,
        null,
        notes(d),
      ];
    }),
    emptyText: 'Không có văn bản đi nào trong kỳ.',
  });
}

/** The incoming book (Phụ lục IV Mục VI); "Ngày chuyển" and "Ký nhận" are filled in on paper. */
export function addIncomingSheet(
  wb: ExcelJS.Workbook,
  data: RegisterAnnexData,
  name = 'Sổ văn bản đến',
): void {
  addTableSheet(wb, {
    name,
    title: ['SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', `(${period(data)})`],
    numberRow: true,
    columns: [
      { header: 'Ngày đến', width: 12, kind: 'date' },
      { header: 'Số đến', width: 8, kind: 'integer' },
      { header: 'Tác giả', width: 26, kind: 'wrap' },
      { header: 'Số, ký hiệu', width: 18, kind: 'text' },
      { header: 'Ngày tháng', width: 12, kind: 'date' },
      { header: 'Tên loại và trích yếu nội dung', width: 50, kind: 'wrap' },
      { header: 'Đơn vị hoặc người nhận', width: 22, kind: 'wrap' },
      { header: 'Ngày chuyển', width: 12, kind: 'date' },
      { header: 'Ký nhận', width: 12, kind: 'text' },
      { header: 'Ghi chú', width: 20, kind: 'wrap' },
    ],
    rows: data.entries.map((d) => {
      const h = data.handling.get(d.id);
      return [
        d.arrival?.date,
        d.arrival?.number,
        d.issuer.name,
        d.numberSymbol,
        d.issueDate,
        typeAndSummary(d),
        h?.handlingUnit,
        null,
        null,
        notes(d),
      ];
    }),
    emptyText: 'Không có văn bản đến nào trong kỳ.',
  });
}

function progress(h: IncomingHandlingLine | undefined, d: DocumentView): string | null {
  const t = h?.task;
  if (t) {
    const label = TASK_STATUS_LABELS[t.status.status];
    return t.status.completedOn
      ? `${label} (ngày ${formatShortDate(t.status.completedOn)})`
      : `${label}, ${t.progressPercent}%`;
  }
  return d.handling?.handledOn
    ? `Đã giải quyết ngày ${formatShortDate(d.handling.handledOn)}`
    : null;
}

/** The handling book (Phụ lục IV Mục VIII): deadline, progress and the reply of each entry. */
export function addHandlingSheet(
  wb: ExcelJS.Workbook,
  data: RegisterAnnexData,
  name = 'Theo dõi giải quyết',
): void {
  addTableSheet(wb, {
    name,
    title: ['SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN', `(${period(data)})`],
    numberRow: true,
    columns: [
      { header: 'Số đến', width: 8, kind: 'integer' },
      {
        header: 'Tên loại, số, ký hiệu, ngày tháng, tác giả và trích yếu nội dung văn bản',
        width: 60,
        kind: 'wrap',
      },
      { header: 'Đơn vị hoặc người nhận', width: 22, kind: 'wrap' },
      { header: 'Thời hạn giải quyết', width: 12, kind: 'date' },
      { header: 'Tiến độ giải quyết', width: 26, kind: 'wrap' },
      { header: 'Số, ký hiệu văn bản trả lời', width: 18, kind: 'text' },
      { header: 'Ghi chú', width: 16, kind: 'wrap' },
    ],
    rows: data.entries.map((d) => {
      const h = data.handling.get(d.id);
      const identity = [
        `${d.type.name} ${d.numberSymbol ?? ''}`.trim(),
        d.issueDate ? `ngày ${formatShortDate(d.issueDate)}` : null,
        `của ${d.issuer.name}`,
      ]
        .filter(Boolean)
        .join(' ');
      return [
        d.arrival?.number,
        `${identity}: ${d.summary}`,
        h?.handlingUnit,
        h?.deadline,
        progress(h, d),
        h?.replyNumberSymbol,
        null,
      ];
    }),
    emptyText: 'Không có văn bản đến nào trong kỳ.',
  });
}

/**
 * The register book of a period: outgoing (Mục I), or incoming (Mục VI) with
 * its handling book (Mục VIII). REPORT_NO_DATA when the book has no entry.
 */
export async function registerAnnex(
  ctx: AppContext,
  opts: { actor: Actor; input: z.input<typeof registerAnnexInput> },
): Promise<AnnexFile> {
  const data = await loadRegisterAnnex(ctx, opts);
  const outgoing = data.direction === 'outgoing';
  if (data.entries.length === 0)
    throw new AppError('REPORT_NO_DATA', {
      field: 'from',
      params: {
        period: `từ ngày ${formatShortDate(data.from)} đến ngày ${formatShortDate(data.to)}`,
        reason: `sổ văn bản ${outgoing ? 'đi' : 'đến'} của ${data.register.name} không có văn bản nào`,
      },
    });
  const wb = newWorkbook();
  if (outgoing) addOutgoingSheet(wb, data);
  else {
    addIncomingSheet(wb, data);
    addHandlingSheet(wb, data);
  }
  return annexFile(wb, `so-van-ban-${outgoing ? 'di' : 'den'}-${data.from}-${data.to}.xlsx`);
}
