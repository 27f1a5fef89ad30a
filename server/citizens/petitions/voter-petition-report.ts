import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { authorize } from '../../access/policy';
import {
  addTableSheet,
  annexFile,
  newWorkbook,
  type AnnexFile,
} from '../../reports/annexes/sheet-writer';
import { formatShortDate } from '../../../shared/vi/date';
import { PETITION_FIELDS, PETITION_FIELD_LABELS, type PetitionField } from './fields';
import { loadSessions } from './session-deadline';
import { listVoterPetitions } from './list-voter-petitions';
import { sessionRef, type SessionRef, type VoterPetitionView } from './voter-petition-view';

/** Input of voterPetitionReport. */
export const voterPetitionReportInput = z
  .object({ sessionId: z.coerce.number().int().positive() })
  .strict();

/** Counts of one field (or the total). */
export interface PetitionCounts {
  total: number;
  resolved: number;
  inProgress: number;
  explained: number;
  /** Not answered yet. */
  pending: number;
  onTime: number;
  late: number;
  overdue: number;
}

/** The grouped report of a session's voter petitions to the HĐND. */
export interface VoterPetitionReport {
  session: SessionRef;
  /** The day the figures are counted on (today). */
  asOf: string;
  /** Petitions collected before and after the session. */
  bySource: { beforeSession: number; afterSession: number };
  /** One line per field, in the report's order, fields without petitions included. */
  fields: Array<{ code: PetitionField; label: string } & PetitionCounts>;
  total: PetitionCounts;
}

function emptyCounts(): PetitionCounts {
  return {
    total: 0,
    resolved: 0,
    inProgress: 0,
    explained: 0,
    pending: 0,
    onTime: 0,
    late: 0,
    overdue: 0,
  };
}

function add(c: PetitionCounts, p: VoterPetitionView): void {
  c.total += 1;
  if (p.status === 'resolved') c.resolved += 1;
  else if (p.status === 'in_progress') c.inProgress += 1;
  else if (p.status === 'explained') c.explained += 1;
  else c.pending += 1;
  if (p.timeliness === 'on_time') c.onTime += 1;
  else if (p.timeliness === 'late') c.late += 1;
  else if (p.timeliness === 'overdue') c.overdue += 1;
}

/**
 * The report of the UBND to the HĐND on the voter petitions of session N
 * (Luật 87/2015 Điều 74): counts by field and by result — đã giải quyết, đang
 * giải quyết, đã giải trình, cung cấp thông tin, chưa trả lời — with on time,
 * late and overdue, over the petitions in the caller's scope.
 */
export async function voterPetitionReport(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof voterPetitionReportInput> },
): Promise<VoterPetitionReport> {
  const data = parseInput(voterPetitionReportInput, input);
  authorize(actor, 'voter_petition.read');
  const session = (await loadSessions(ctx.db.q)).get(data.sessionId);
  if (!session)
    throw new AppError('NOT_FOUND', {
      field: 'sessionId',
      params: { entity: 'kỳ họp HĐND', id: data.sessionId },
    });
  const petitions = await listVoterPetitions(ctx, {
    actor,
    input: { sessionId: data.sessionId },
  });
  const byField = new Map(PETITION_FIELDS.map((f) => [f, emptyCounts()]));
  const total = emptyCounts();
  for (const p of petitions) {
    const c = byField.get(p.field.code as PetitionField);
    if (c) add(c, p);
    add(total, p);
  }
  return {
    session: sessionRef(session),
    asOf: ctx.clock.today(),
    bySource: {
      beforeSession: petitions.filter((p) => p.source === 'before_session').length,
      afterSession: petitions.filter((p) => p.source === 'after_session').length,
    },
    fields: PETITION_FIELDS.map((code) => ({
      code,
      label: PETITION_FIELD_LABELS[code],
      ...(byField.get(code) ?? emptyCounts()),
    })),
    total,
  };
}

const STATUS_LABELS: Record<VoterPetitionView['status'], string> = {
  pending: 'Chưa trả lời',
  in_progress: 'Đang giải quyết',
  resolved: 'Đã giải quyết',
  explained: 'Đã giải trình, cung cấp thông tin',
};

/**
 * The report as an XLSX workbook: the table by field, then the list of
 * petitions with their unit, deadline, answer and result.
 */
export async function voterPetitionReportXlsx(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof voterPetitionReportInput> },
): Promise<AnnexFile> {
  const report = await voterPetitionReport(ctx, { actor, input });
  const petitions = await listVoterPetitions(ctx, {
    actor,
    input: { sessionId: report.session.id },
  });
  const title = [
    'KẾT QUẢ GIẢI QUYẾT, TRẢ LỜI KIẾN NGHỊ CỦA CỬ TRI',
    `gửi đến ${report.session.label} Hội đồng nhân dân tỉnh`,
    `(Số liệu đến ngày ${formatShortDate(report.asOf)})`,
  ];
  const counts = (c: PetitionCounts) => [
    c.total,
    c.resolved,
    c.inProgress,
    c.explained,
    c.pending,
    c.onTime,
    c.late,
    c.overdue,
  ];
  const wb = newWorkbook();
  addTableSheet(wb, {
    name: 'Theo lĩnh vực',
    title,
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Lĩnh vực', width: 36, kind: 'wrap' },
      { header: 'Tổng số kiến nghị', width: 12, kind: 'integer' },
      { header: 'Đã giải quyết', width: 12, kind: 'integer' },
      { header: 'Đang giải quyết', width: 12, kind: 'integer' },
      { header: 'Đã giải trình, cung cấp thông tin', width: 16, kind: 'integer' },
      { header: 'Chưa trả lời', width: 12, kind: 'integer' },
      { header: 'Trả lời đúng hạn', width: 12, kind: 'integer' },
      { header: 'Trả lời trễ hạn', width: 12, kind: 'integer' },
      { header: 'Quá hạn chưa trả lời', width: 12, kind: 'integer' },
    ],
    rows: report.fields.map((f, i) => [i + 1, f.label, ...counts(f)]),
    total: [null, 'Tổng cộng', ...counts(report.total)],
  });
  addTableSheet(wb, {
    name: 'Danh sách kiến nghị',
    title,
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Lĩnh vực', width: 20, kind: 'wrap' },
      { header: 'Nội dung kiến nghị', width: 60, kind: 'wrap' },
      { header: 'Cử tri', width: 20, kind: 'wrap' },
      { header: 'Đơn vị chủ trì trả lời', width: 24, kind: 'wrap' },
      { header: 'Thời hạn', width: 12, kind: 'date' },
      { header: 'Văn bản trả lời', width: 22, kind: 'wrap' },
      { header: 'Ngày trả lời', width: 12, kind: 'date' },
      { header: 'Kết quả', width: 18, kind: 'wrap' },
    ],
    rows: petitions.map((p, i) => [
      i + 1,
      p.field.label,
      p.content,
      p.voterLocality,
      p.assignedUnit.name,
      p.deadline,
      p.answerDocument?.numberSymbol ?? null,
      p.answeredOn,
      STATUS_LABELS[p.status],
    ]),
    emptyText: 'Không có kiến nghị.',
  });
  return annexFile(
    wb,
    `kien-nghi-cu-tri-ky-hop-${report.session.number}-khoa-${report.session.termNumber}.xlsx`,
  );
}
